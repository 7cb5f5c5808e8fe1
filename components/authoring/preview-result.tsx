import type { ReactNode } from "react";
import { RenderedLesson } from "./rendered-lesson";

/** The lesson as readers will see it, or why the preview could not draw it. */
export function PreviewResult({ notRendered, lesson }: { notRendered: string | null; lesson: ReactNode }) {
  return (
    <section aria-labelledby="preview-rendered">
      <h3 id="preview-rendered" className="font-semibold">
        Rendered lesson
      </h3>
      {notRendered !== null ? (
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">{notRendered}</p>
      ) : (
        <div className="mt-2 rounded-xl border border-slate-200 p-4 sm:p-6 dark:border-slate-700">
          <RenderedLesson>{lesson}</RenderedLesson>
        </div>
      )}
    </section>
  );
}

/** Before the first preview: what to paste, what comes back, and that nothing is saved or run. */
export function PreviewIntro() {
  return (
    <div className="rounded-lg border border-dashed border-slate-300 p-4 text-sm text-slate-600 dark:border-slate-600 dark:text-slate-300">
      <p>
        Paste a lesson&apos;s <code>.mdx</code> above, upload one, or load the template, then choose Preview. You get
        what <code>npm run content:check</code> says about it, each problem at its line, and the lesson as readers will
        see it. An uploaded file is checked under its name, in place of the lesson of that name.
      </p>
      <p className="mt-2">
        Nothing is saved on the server. Code in the text is never run: <code>import</code>, <code>export</code> and{" "}
        <code>{"{expressions}"}</code> are reported, not executed.
      </p>
    </div>
  );
}
