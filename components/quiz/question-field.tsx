"use client";

import type { ClientQuestion } from "@/lib/quiz/ask";
import type { Draft } from "@/lib/quiz/draft";

interface Props {
  readonly question: Pick<ClientQuestion, "id" | "responseType" | "options" | "unit">;
  readonly draft: Draft;
  readonly disabled: boolean;
  readonly onChange: (d: Draft) => void;
}

/** The input for one question: radio group, checkbox group, number field or an ordering list with up/down buttons. */
export function QuestionField({ question: q, draft, disabled, onChange }: Props) {
  const name = `q-${q.id}`;
  switch (q.responseType) {
    case "single":
    case "scenario-choice":
      return (
        <div role="radiogroup" aria-label="Answer" className="space-y-1">
          {(q.options ?? []).map((o) => (
            <label key={o.id} className="flex items-start gap-2">
              <input
                type="radio"
                name={name}
                value={o.id}
                checked={draft.choice === o.id}
                disabled={disabled}
                onChange={() => onChange({ ...draft, choice: o.id })}
                className="mt-1"
              />
              <span>{o.text}</span>
            </label>
          ))}
        </div>
      );
    case "multi":
      return (
        <div role="group" aria-label="Answer (select all that apply)" className="space-y-1">
          {(q.options ?? []).map((o) => {
            const picked = draft.choices ?? [];
            return (
              <label key={o.id} className="flex items-start gap-2">
                <input
                  type="checkbox"
                  name={name}
                  value={o.id}
                  checked={picked.includes(o.id)}
                  disabled={disabled}
                  onChange={(e) =>
                    onChange({
                      ...draft,
                      choices: e.target.checked ? [...picked, o.id] : picked.filter((x) => x !== o.id),
                    })
                  }
                  className="mt-1"
                />
                <span>{o.text}</span>
              </label>
            );
          })}
        </div>
      );
    case "numeric":
    case "scenario-number":
      return (
        <label className="flex items-center gap-2">
          <span className="sr-only">Answer</span>
          <input
            type="text"
            inputMode="decimal"
            name={name}
            value={draft.text ?? ""}
            disabled={disabled}
            onChange={(e) => onChange({ ...draft, text: e.target.value })}
            className="w-40 rounded border border-slate-300 px-2 py-1 dark:border-slate-600 dark:bg-slate-900"
          />
          {q.unit ? <span>{q.unit}</span> : null}
        </label>
      );
    case "ordering": {
      const order = draft.order ?? [];
      const text = (id: string) => q.options?.find((o) => o.id === id)?.text ?? id;
      const move = (i: number, by: number) => {
        const next = order.slice();
        const j = i + by;
        if (j < 0 || j >= next.length) return;
        [next[i], next[j]] = [next[j] as string, next[i] as string];
        onChange({ ...draft, order: next });
      };
      return (
        <ol className="space-y-1" aria-label="Order (first to last)">
          {order.map((id, i) => (
            <li
              key={id}
              className="flex items-center gap-2 rounded border border-slate-200 px-2 py-1 dark:border-slate-700"
            >
              <span className="w-5 text-muted">{i + 1}.</span>
              <span className="flex-1">{text(id)}</span>
              <button
                type="button"
                disabled={disabled || i === 0}
                onClick={() => move(i, -1)}
                aria-label={`Move "${text(id)}" up`}
                className="rounded border px-2 disabled:opacity-40"
              >
                ↑
              </button>
              <button
                type="button"
                disabled={disabled || i === order.length - 1}
                onClick={() => move(i, 1)}
                aria-label={`Move "${text(id)}" down`}
                className="rounded border px-2 disabled:opacity-40"
              >
                ↓
              </button>
            </li>
          ))}
        </ol>
      );
    }
    default: {
      const never: never = q.responseType;
      return never;
    }
  }
}
