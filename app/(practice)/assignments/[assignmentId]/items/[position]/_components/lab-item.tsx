"use client";

import { useCallback, useEffect, useState } from "react";
import { z } from "zod";
import { clearLocalCopy, readLocalCopy, writeLocalCopy } from "@/components/autosave/local-copy";
import { saveStatusText } from "@/components/autosave/save-status";
import { useRetryingSave, type SendOutcome } from "@/components/autosave/use-retrying-save";
import { card, inputClass } from "@/components/ui/class-names";
import { Lab } from "@/components/sim/lab";
import { formatTime } from "@/lib/dates";
import { decodeShare } from "@/lib/sim/share-codec";
import { saveLabAction } from "../../../../actions";

type Change = { labRun?: string; answer?: string };
const DEBOUNCE_MS = 1_200;
const copySchema = z.object({ labRun: z.string().optional(), answer: z.string().optional() });

/**
 * A lab item: the scenario with the member's seed (or their saved run), the
 * task and an answer. The run and the answer save on their own after a pause
 * and when the answer loses focus, through the shared retrying autosave; what
 * the server has not confirmed stays in this browser, so a failed save or a
 * reload loses nothing. A locked item shows both read-only.
 * `timeZone` is the reader's (from the server), so "Saved 18:04:05" reads the
 * same in the server render and after hydration.
 */
export function LabItem(props: {
  assignmentId: string;
  item: number;
  scenario: string;
  seed: number;
  task: string;
  labRun: string | null;
  answer: string | null;
  savedAt: string | null;
  locked: boolean;
  maxLength: number;
  timeZone: string;
}) {
  const { assignmentId, item, locked } = props;
  const copyKey = `quorum.lab-item.${assignmentId}.${item}`;
  const [answer, setAnswer] = useState(props.answer ?? "");
  const [savedAt, setSavedAt] = useState(props.savedAt);
  const [lockedNow, setLockedNow] = useState(locked);
  const [shared] = useState(() => {
    const decoded = props.labRun ? decodeShare(props.labRun) : null;
    return decoded?.success ? decoded.data : undefined;
  });

  const send = async (change: Change): Promise<SendOutcome> => {
    const r = await saveLabAction({ assignmentId, item, ...change });
    if (!r.ok) {
      if (r.locked) setLockedNow(true);
      return { kind: "refused", message: r.error };
    }
    setSavedAt(r.savedAt);
    // Keep in the browser only what changed again while this save was out.
    const copy = readLocalCopy(copyKey, copySchema) ?? {};
    const left = {
      ...(copy.labRun !== change.labRun ? { labRun: copy.labRun } : {}),
      ...(copy.answer !== change.answer ? { answer: copy.answer } : {}),
    };
    if (left.labRun === undefined && left.answer === undefined) clearLocalCopy(copyKey);
    else writeLocalCopy(copyKey, left);
    return { kind: "saved" };
  };
  const {
    status,
    queue: queueSave,
    flush,
  } = useRetryingSave<Change>({ send, merge: (waiting, newer) => ({ ...waiting, ...newer }), debounceMs: DEBOUNCE_MS });
  const queue = useCallback(
    (change: Change) => {
      writeLocalCopy(copyKey, { ...readLocalCopy(copyKey, copySchema), ...change });
      queueSave(change);
    },
    [copyKey, queueSave],
  );

  // An answer typed here that the server never confirmed (a failed save, then a reload): bring it back and send it
  // again.
  useEffect(() => {
    const unsaved = locked ? null : readLocalCopy(copyKey, copySchema);
    if (unsaved?.answer === undefined) return;
    // A one-time read of browser storage, which the server render cannot see.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setAnswer(unsaved.answer);
    queueSave(unsaved);
  }, [copyKey, locked, queueSave]);

  // Leaving the page: send what is waiting rather than lose it.
  useEffect(() => () => void flush(), [flush]);

  const onRunChange = useCallback((code: string) => queue({ labRun: code }), [queue]);
  const readOnly = lockedNow;
  const tooLong = answer.length > props.maxLength;

  return (
    <div className="space-y-4">
      {/* The task first: on a phone the lab is long, and the question says what to look for in it. */}
      <section aria-labelledby="task-heading" className={card}>
        <h2 id="task-heading" className="font-semibold">
          Task
        </h2>
        <p className="mt-1 whitespace-pre-wrap">{props.task || "Run the scenario and explain what you observed."}</p>
      </section>
      <Lab
        scenario={props.scenario}
        seed={props.seed}
        {...(shared ? { shared } : {})}
        {...(readOnly ? {} : { onRunChange })}
      />
      <section aria-label="Your answer" className={`${card} space-y-2`}>
        <label htmlFor="lab-answer" className="block text-sm font-medium">
          Your answer
        </label>
        <textarea
          id="lab-answer"
          value={answer}
          readOnly={readOnly}
          rows={8}
          aria-describedby="lab-answer-state"
          aria-invalid={tooLong}
          onChange={(e) => {
            setAnswer(e.target.value);
            if (e.target.value.length <= props.maxLength) queue({ answer: e.target.value });
          }}
          onBlur={() => void flush()}
          className={`${inputClass} min-h-40 read-only:bg-slate-50 dark:read-only:bg-slate-900`}
        />
        <p
          id="lab-answer-state"
          aria-live="polite"
          data-testid="save-status"
          data-status={status.kind}
          className={`text-sm ${status.kind === "retrying" || status.kind === "refused" || tooLong ? "text-rose-700 dark:text-rose-300" : "text-slate-600 dark:text-slate-300"}`}
        >
          {readOnly
            ? "Submitted: this answer and the run are locked. You can replay the run, but changes are not saved."
            : tooLong
              ? `Too long to save: ${answer.length.toLocaleString("en-GB")} of ${props.maxLength.toLocaleString("en-GB")} characters.`
              : status.kind === "retrying" || status.kind === "refused" || status.kind === "saving"
                ? saveStatusText(status)
                : savedAt
                  ? `Saved ${formatTime(savedAt, props.timeZone)}. Your run and answer save as you go.`
                  : "Your run and answer save as you go."}
        </p>
      </section>
    </div>
  );
}
