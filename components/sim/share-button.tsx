"use client";
import { useState } from "react";
import { buttonCompact, inputCompact } from "@/components/ui/class-names";

/** Copies the run's share link and says so; the link is also shown for copying by hand. */
export function ShareButton({ makeUrl }: { makeUrl: () => string }) {
  const [url, setUrl] = useState<string | null>(null);
  const [status, setStatus] = useState("");
  return (
    <div className="flex flex-wrap items-center gap-2">
      <button
        type="button"
        className={buttonCompact}
        onClick={() => {
          const link = makeUrl();
          setUrl(link);
          // navigator.clipboard is missing outside secure contexts: that throws here, inside the promise chain.
          Promise.resolve()
            .then(() => navigator.clipboard.writeText(link))
            .then(
              () => setStatus("✓ Link copied"),
              () => setStatus("Copy the link from the box"),
            );
        }}
      >
        Copy share link
      </button>
      <span role="status" className="text-sm text-emerald-700 dark:text-emerald-300">
        {status}
      </span>
      {url ? (
        <input
          readOnly
          aria-label="Share link"
          value={url}
          onFocus={(e) => e.currentTarget.select()}
          className={`${inputCompact} min-w-0 flex-1 font-mono text-xs`}
        />
      ) : null}
    </div>
  );
}
