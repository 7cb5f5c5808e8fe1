"use client";
import { buttonSecondary, inputClass } from "@/components/ui/class-names";
import { ITEM_KINDS, ITEM_KIND_LABELS, MAX_ITEMS, type ItemCatalog, type ItemKind } from "@/lib/assignments/schema";
import { LimitedTextarea } from "@/components/ui/limited-textarea";
import { TEXT_LIMITS } from "@/lib/text-limits";

export interface DraftItem {
  readonly key: number;
  readonly kind: ItemKind;
  readonly ref: string;
  readonly task: string;
}

interface Props {
  readonly items: readonly DraftItem[];
  readonly catalog: ItemCatalog;
  readonly errors: Record<string, string>;
  readonly onChange: (items: DraftItem[]) => void;
}

const small = `${buttonSecondary} px-2 py-1 text-xs`;

/** The ordered items: each a kind and a pick from real content; lab items also take a task. */
export function ItemList({ items, catalog, errors, onChange }: Props) {
  const update = (index: number, patch: Partial<DraftItem>) =>
    onChange(items.map((item, i) => (i === index ? { ...item, ...patch } : item)));
  const move = (index: number, by: number) => {
    const next = [...items];
    const [moved] = next.splice(index, 1);
    if (moved) next.splice(index + by, 0, moved);
    onChange(next);
  };
  const add = () =>
    onChange([
      ...items,
      { key: Math.max(0, ...items.map((i) => i.key)) + 1, kind: "quiz", ref: catalog.quiz[0]?.ref ?? "", task: "" },
    ]);
  return (
    <fieldset className="space-y-3">
      <legend className="text-lg font-semibold">Items, in the order candidates do them</legend>
      {errors.items ? <p className="text-sm font-medium text-rose-600 dark:text-rose-400">{errors.items}</p> : null}
      <ol className="space-y-3">
        {items.map((item, index) => {
          const refError = errors[`items.${index}.ref`];
          const taskError = errors[`items.${index}.task`];
          return (
            <li
              key={item.key}
              className="rounded-xl border border-slate-200 p-3 dark:border-slate-700"
              aria-label={`Item ${index + 1}`}
            >
              <div className="flex flex-wrap items-end gap-2">
                <span className="w-6 self-center text-sm font-bold text-muted">{index + 1}.</span>
                <span className="text-sm font-medium">
                  <label htmlFor={`item-${item.key}-kind`}>Kind</label>
                  <select
                    id={`item-${item.key}-kind`}
                    value={item.kind}
                    onChange={(e) => {
                      const kind = e.target.value as ItemKind;
                      update(index, { kind, ref: catalog[kind][0]?.ref ?? "" });
                    }}
                    className={`${inputClass} mt-1 w-40`}
                  >
                    {ITEM_KINDS.map((k) => (
                      <option key={k} value={k}>
                        {ITEM_KIND_LABELS[k]}
                      </option>
                    ))}
                  </select>
                </span>
                <span className="min-w-0 flex-1 basis-56 text-sm font-medium">
                  <label htmlFor={`item-${item.key}-ref`}>{ITEM_KIND_LABELS[item.kind]}</label>
                  <select
                    id={`item-${item.key}-ref`}
                    value={item.ref}
                    onChange={(e) => update(index, { ref: e.target.value })}
                    aria-invalid={refError ? true : undefined}
                    className={`${inputClass} mt-1`}
                  >
                    {catalog[item.kind].map((entry) => (
                      <option key={entry.ref} value={entry.ref}>
                        {entry.title}
                      </option>
                    ))}
                  </select>
                </span>
                <span className="flex gap-1">
                  <button
                    type="button"
                    className={small}
                    onClick={() => move(index, -1)}
                    disabled={index === 0}
                    aria-label={`Move item ${index + 1} up`}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className={small}
                    onClick={() => move(index, 1)}
                    disabled={index === items.length - 1}
                    aria-label={`Move item ${index + 1} down`}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className={small}
                    onClick={() => onChange(items.filter((_, i) => i !== index))}
                    disabled={items.length === 1}
                    aria-label={`Remove item ${index + 1}`}
                  >
                    Remove
                  </button>
                </span>
              </div>
              {refError ? (
                <p className="mt-1 text-sm font-medium text-rose-600 dark:text-rose-400">{refError}</p>
              ) : null}
              {item.kind === "lab" ? (
                <label className="mt-2 block text-sm font-medium">
                  Task: the question the candidate answers after running the scenario
                  <LimitedTextarea
                    maxLength={TEXT_LIMITS.itemTask}
                    value={item.task}
                    onChange={(e) => update(index, { task: e.target.value })}
                    rows={2}
                    aria-invalid={taskError ? true : undefined}
                    className={`${inputClass} mt-1`}
                    placeholder="e.g. Cut the network between the leader and one replica. Which acknowledged writes survive, and why?"
                  />
                  {taskError ? (
                    <span className="mt-1 block text-sm font-medium text-rose-600 dark:text-rose-400">{taskError}</span>
                  ) : null}
                </label>
              ) : null}
            </li>
          );
        })}
      </ol>
      <button type="button" onClick={add} disabled={items.length >= MAX_ITEMS} className={buttonSecondary}>
        Add an item
      </button>
      {items.length >= MAX_ITEMS ? (
        <span className="ml-2 text-sm text-muted">An assignment holds at most {MAX_ITEMS} items.</span>
      ) : null}
    </fieldset>
  );
}
