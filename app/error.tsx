"use client";

/**
 * Says only what it knows: the page failed. Whether the last change reached
 * the server is unknown here, so it promises nothing about it; quiz answers and
 * interview notes are kept in the browser by their forms (components/autosave).
 */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="mx-auto max-w-xl px-4 py-24 text-center">
      <h1 className="text-3xl font-bold tracking-tight">Something went wrong</h1>
      <p className="mt-3 text-slate-600 dark:text-slate-300">
        Quorum could not show this page. What the page said was saved is saved; a change it had not confirmed may not
        have reached the server. Quiz answers and mock-interview notes are kept in this browser and sent again when the
        page works.
      </p>
      <button
        type="button"
        onClick={reset}
        className="mt-6 rounded-lg bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700"
      >
        Try again
      </button>
    </div>
  );
}
