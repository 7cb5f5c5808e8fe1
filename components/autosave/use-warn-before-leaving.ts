"use client";
import { useEffect } from "react";

/**
 * While `unsaved` holds, closing the tab, reloading or following an ordinary
 * link away asks first (the browser's own dialog). For work that may not be
 * saved to the server until the person says so; it also stays in this browser.
 */
export function useWarnBeforeLeaving(unsaved: boolean): void {
  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the dialog only when returnValue is set.
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [unsaved]);
}
