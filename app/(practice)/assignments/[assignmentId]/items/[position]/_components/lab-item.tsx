"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { inputClass } from "@/components/interview/ui";
import { Lab } from "@/components/sim/lab";
import { formatTime } from "@/lib/dates";
import { decodeShare } from "@/lib/sim/share-codec";
import { saveLabAction } from "../../../../actions";

type SaveState = { kind: "idle" } | { kind: "saving" } | { kind: "saved"; at: string } | { kind: "error"; message: string };
const DEBOUNCE_MS = 1_200;

/**
 * A lab item: the scenario with the member's seed (or their saved run), the
 * task and an answer. The run and the answer save on their own after a pause
 * and when the answer loses focus; a locked item shows both read-only.
 * `timeZone` is the reader's (from the server), so "Saved 18:04:05" reads the
 * same in the server render and after hydration.
 */
export function LabItem(props: { assignmentId: string; item: number; scenario: string; seed: number; task: string; labRun: string | null; answer: string | null; savedAt: string | null; locked: boolean; maxLength: number; timeZone: string }) {
  const { assignmentId, item, locked } = props;
  const [answer, setAnswer] = useState(props.answer ?? "");
  const [state, setState] = useState<SaveState>(props.savedAt ? { kind: "saved", at: props.savedAt } : { kind: "idle" });
  const [lockedNow, setLockedNow] = useState(locked);
  const pending = useRef<{ labRun?: string; answer?: string }>({});
  const timer = useRef<number | undefined>(undefined);
  const [shared] = useState(() => {
    const decoded = props.labRun ? decodeShare(props.labRun) : null;
    return decoded?.success ? decoded.data : undefined;
  });

  const flush = useCallback(async () => {
    window.clearTimeout(timer.current);
    const body = pending.current;
    if (body.labRun === undefined && body.answer === undefined) return;
    pending.current = {};
    setState({ kind: "saving" });
    try {
      const r = await saveLabAction({ assignmentId, item, ...body });
      if (r.ok) setState({ kind: "saved", at: r.savedAt });
      else {
        if (r.locked) setLockedNow(true);
        else pending.current = { ...body, ...pending.current }; // keep it for the next try
        setState({ kind: "error", message: r.error });
      }
    } catch {
      pending.current = { ...body, ...pending.current };
      setState({ kind: "error", message: "Not saved: Quorum could not be reached. It will retry when you type again." });
    }
  }, [assignmentId, item]);

  const queue = useCallback(
    (change: { labRun?: string; answer?: string }) => {
      pending.current = { ...pending.current, ...change };
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => void flush(), DEBOUNCE_MS);
    },
    [flush],
  );

  // Leaving the page: send what is waiting rather than lose it.
  useEffect(() => () => void flush(), [flush]);

  const onRunChange = useCallback((code: string) => queue({ labRun: code }), [queue]);
  const readOnly = lockedNow;
  const tooLong = answer.length > props.maxLength;

  return (
    <div className="space-y-4">
      {/* The task first: on a phone the lab is long, and the question says what to look for in it. */}
      <section aria-labelledby="task-heading" className="rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
        <h2 id="task-heading" className="font-semibold">Task</h2>
        <p className="mt-1 whitespace-pre-wrap">{props.task || "Run the scenario and explain what you observed."}</p>
      </section>
      <Lab scenario={props.scenario} seed={props.seed} {...(shared ? { shared } : {})} {...(readOnly ? {} : { onRunChange })} />
      <section aria-label="Your answer" className="space-y-2 rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
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
        <p id="lab-answer-state" aria-live="polite" className={`text-sm ${state.kind === "error" || tooLong ? "text-rose-700 dark:text-rose-300" : "text-slate-600 dark:text-slate-300"}`}>
          {readOnly
            ? "Submitted: this answer and the run are locked. You can replay the run, but changes are not saved."
            : tooLong
              ? `Too long to save: ${answer.length.toLocaleString("en-GB")} of ${props.maxLength.toLocaleString("en-GB")} characters.`
              : state.kind === "saving"
                ? "Saving…"
                : state.kind === "saved"
                  ? `Saved ${formatTime(state.at, props.timeZone)}. Your run and answer save as you go.`
                  : state.kind === "error"
                    ? state.message
                    : "Your run and answer save as you go."}
        </p>
      </section>
    </div>
  );
}
