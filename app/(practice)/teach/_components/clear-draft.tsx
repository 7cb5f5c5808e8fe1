"use client";
import { useEffect } from "react";

/** Drops the create form's saved draft once the assignment it described exists. */
export function ClearDraft({ storageKey }: { storageKey: string }) {
  useEffect(() => {
    window.localStorage.removeItem(storageKey);
  }, [storageKey]);
  return null;
}
