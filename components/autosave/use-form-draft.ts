"use client";
import { useCallback, useEffect, useState, type FormEvent, type RefObject } from "react";
import { z } from "zod";
import { clearLocalCopy, readLocalCopy, writeLocalCopy } from "./local-copy";
import { useWarnBeforeLeaving } from "./use-warn-before-leaving";

const copySchema = z.record(z.string().max(200), z.string().max(100_000));

/** Sets a field's value the way typing does, so React's onChange (and a character counter) see it. */
function typeInto(field: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  // The prototype's setter: React watches the instance's own one and would not see the change.
  Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field) as object, "value")?.set?.call(field, value);
  field.dispatchEvent(new Event("input", { bubbles: true }));
}

/**
 * A local draft of an uncontrolled form whose text must not reach the server
 * before it is sent on purpose (feedback a candidate reads once saved): every
 * text field and the choice of every radio group is copied to this browser as
 * it changes, put back after a reload, and leaving with unsent changes asks
 * first. `clear` once the server has it.
 */
export function useFormDraft(form: RefObject<HTMLFormElement | null>, key: string) {
  const [kept, setKept] = useState(false);
  useWarnBeforeLeaving(kept);

  useEffect(() => {
    const saved = readLocalCopy(key, copySchema);
    const el = form.current;
    if (!saved || !el) return;
    for (const [name, value] of Object.entries(saved)) {
      const field = el.elements.namedItem(name);
      // A radio group: setting the group's value checks the radio that carries it.
      if (field instanceof RadioNodeList) field.value = value;
      else if (field instanceof HTMLInputElement && field.type === "radio") field.checked = field.value === value;
      else if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) typeInto(field, value);
    }
    // A one-time read of browser storage, which the server render cannot see.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setKept(true);
  }, [form, key]);

  const onInput = (event: FormEvent<HTMLFormElement>) => {
    const el = event.currentTarget;
    const fields = [...el.elements].filter(
      (f): f is HTMLInputElement | HTMLTextAreaElement =>
        (f instanceof HTMLInputElement || f instanceof HTMLTextAreaElement) &&
        f.name !== "" &&
        !f.name.startsWith("$") &&
        f.type !== "hidden" &&
        // Of a radio group only the checked radio is kept: its value is the group's.
        (f.type !== "radio" || (f instanceof HTMLInputElement && f.checked)),
    );
    writeLocalCopy(key, Object.fromEntries(fields.map((f) => [f.name, f.value])));
    setKept(true);
  };

  const clear = useCallback(() => {
    clearLocalCopy(key);
    setKept(false);
  }, [key]);

  return { kept, onInput, clear };
}
