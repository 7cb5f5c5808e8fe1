"use client";

import { useId, useRef, useState, useTransition, type ChangeEvent, type FormEvent } from "react";
import { buttonPrimary, buttonSecondary, inputClass } from "@/components/ui/class-names";
import { FormAlert } from "@/components/ui/form-alert";
import { useHydrated } from "@/components/ui/use-hydrated";
import {
  LESSON_PREVIEW_LIMITS,
  lessonFileNameSchema,
  lessonPreviewInputSchema,
  tooLargeMessage,
  utf8Bytes,
} from "@/lib/content/lesson-preview-limits";
import { PreviewDiagnostics } from "./preview-diagnostics";
import type { LessonPreviewState, PreviewDiagnostic, PreviewLessonAction } from "./preview-state";
import { PreviewIntro, PreviewResult } from "./preview-result";
import { useLessonDraft } from "./use-lesson-draft";

/** Offset of a 1-based line and column in `text`, clamped to the text. */
function offsetOf(text: string, line: number, column = 1): number {
  let start = 0;
  for (let n = 1; n < line; n++) {
    const next = text.indexOf("\n", start);
    if (next < 0) return text.length;
    start = next + 1;
  }
  const end = text.indexOf("\n", start);
  return Math.min(start + column - 1, end < 0 ? text.length : end);
}

const problems = (count: number) => (count === 1 ? "1 problem" : `${count.toLocaleString("en-GB")} problems`);
const kB = (bytes: number) => `${Math.ceil(bytes / 1024).toLocaleString("en-GB")} kB`;

/**
 * The authoring preview: an author pastes or uploads a lesson's MDX and sees content:check's problems by line, then
 * the lesson as it would render. The text stays in this browser (a local draft) and is sent only on Preview.
 */
export function LessonPreview({ action, template }: { action: PreviewLessonAction; template: string }) {
  const { draft, setDraft } = useLessonDraft();
  const [result, setResult] = useState<{ state: LessonPreviewState; source: string; run: number } | null>(null);
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const hydrated = useHydrated();
  const textarea = useRef<HTMLTextAreaElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const [fieldId, hintId, sizeId] = [useId(), useId(), useId()];

  const replaceText = (source: string, fileName: string | undefined, what: string) => {
    if (
      draft.source.trim() !== "" &&
      draft.source !== source &&
      !window.confirm(`Replace the text in the box ${what}?`)
    )
      return;
    setDraft(fileName === undefined ? { source } : { source, fileName });
    setError(undefined);
  };

  const upload = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    if (!/\.mdx?$/i.test(file.name)) return setError("Choose a .mdx or .md file.");
    if (file.size > LESSON_PREVIEW_LIMITS.bytes) return setError(tooLargeMessage(file.size));
    const named = lessonFileNameSchema.safeParse(file.name);
    replaceText(await file.text(), named.success ? named.data : undefined, `with ${file.name}`);
  };

  const preview = (event: FormEvent) => {
    event.preventDefault();
    const input = lessonPreviewInputSchema.safeParse(draft);
    if (!input.success) return setError(input.error.issues[0]?.message);
    setError(undefined);
    startTransition(async () => {
      try {
        const state = await action(input.data);
        setResult((last) => ({ state, source: input.data.source, run: (last?.run ?? 0) + 1 }));
      } catch {
        setError("The preview did not answer. Your text is still here: try again.");
      }
    });
  };

  const show = ({ line, column }: PreviewDiagnostic) => {
    const field = textarea.current;
    if (!field) return;
    const offset = offsetOf(field.value, line, column);
    field.focus();
    field.setSelectionRange(offset, offset);
    // Lines do not wrap, so line n starts (n - 1) line heights down; keep it in the upper third of the box.
    const lineHeight = Number.parseFloat(getComputedStyle(field).lineHeight) || 20;
    field.scrollTop = Math.max(0, (line - 1) * lineHeight - field.clientHeight / 3);
  };

  const bytes = utf8Bytes(draft.source);
  const state = result?.state;
  const status = pending
    ? "Checking the lesson…"
    : state?.ok
      ? `Preview ready: ${problems(state.diagnostics.length + state.unlisted)}.`
      : "";

  return (
    <div className="space-y-6">
      <form onSubmit={preview} className="space-y-3">
        <div>
          <label htmlFor={fieldId} className="block font-medium">
            Lesson MDX
          </label>
          <p id={hintId} className="text-sm text-slate-600 dark:text-slate-300">
            A whole lesson file: the <code>---</code> frontmatter, then the body. Kept in this browser only.
          </p>
        </div>
        <textarea
          id={fieldId}
          ref={textarea}
          value={draft.source}
          onChange={(event) => setDraft({ ...draft, source: event.target.value })}
          rows={16}
          wrap="off"
          spellCheck={false}
          aria-describedby={`${hintId} ${sizeId}`}
          placeholder={"---\ntitle: My topic\nslug: my-topic\n…\n---\n\n## A section"}
          className={`${inputClass} font-mono text-xs leading-5`}
        />
        <p id={sizeId} className="text-right text-xs tabular-nums text-slate-600 dark:text-slate-300">
          {draft.fileName ? `Checked as ${draft.fileName} · ` : ""}
          {kB(bytes)} of {kB(LESSON_PREVIEW_LIMITS.bytes)}
        </p>
        <div className="flex flex-wrap gap-2">
          <button type="submit" disabled={pending || !hydrated} aria-busy={pending} className={buttonPrimary}>
            {pending ? "Checking…" : "Preview"}
          </button>
          <button type="button" onClick={() => fileInput.current?.click()} className={buttonSecondary}>
            Upload a file
          </button>
          <input
            ref={fileInput}
            type="file"
            accept=".mdx,.md,text/markdown"
            onChange={(event) => void upload(event)}
            tabIndex={-1}
            aria-hidden="true"
            className="hidden"
          />
          <button
            type="button"
            onClick={() => replaceText(template, undefined, "with the template")}
            className={buttonSecondary}
          >
            Load the template
          </button>
          {draft.source !== "" ? (
            <button
              type="button"
              onClick={() => replaceText("", undefined, "with nothing")}
              className={buttonSecondary}
            >
              Clear
            </button>
          ) : null}
        </div>
        <FormAlert message={error} />
        <p aria-live="polite" className="sr-only">
          {status}
        </p>
      </form>
      {result === null ? (
        <PreviewIntro />
      ) : (
        <div className="space-y-6">
          {result.source !== draft.source ? (
            <p className="text-sm font-medium text-amber-800 dark:text-amber-200">
              The text has changed since this preview: choose Preview again to check it.
            </p>
          ) : null}
          {result.state.ok ? (
            <>
              <PreviewDiagnostics
                diagnostics={result.state.diagnostics}
                unlisted={result.state.unlisted}
                onShow={show}
              />
              <PreviewResult key={result.run} notRendered={result.state.notRendered} lesson={result.state.lesson} />
            </>
          ) : (
            <FormAlert message={result.state.message} />
          )}
        </div>
      )}
    </div>
  );
}
