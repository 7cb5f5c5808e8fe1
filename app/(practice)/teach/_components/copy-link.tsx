"use client";
import { useState } from "react";
import { buttonSecondary } from "@/components/ui/class-names";
import { useHydrated } from "@/components/ui/use-hydrated";

/** A site link shown in full with a Copy button: there is no mail server, so people pass links on themselves. */
export function CopyLink({ path, label }: { path: string; label: string }) {
  const hydrated = useHydrated();
  const [copied, setCopied] = useState<"yes" | "failed" | null>(null);
  const url = hydrated ? `${window.location.origin}${path}` : path;
  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setCopied("yes");
    } catch {
      setCopied("failed");
    }
  }
  return (
    <span className="flex min-w-0 flex-wrap items-center gap-2">
      <input
        readOnly
        value={url}
        aria-label={label}
        onFocus={(e) => e.currentTarget.select()}
        className="min-w-0 flex-1 rounded-md border border-slate-300 bg-slate-50 px-2 py-1 font-mono text-xs text-slate-800 dark:border-slate-600 dark:bg-slate-950 dark:text-slate-100"
      />
      <button
        type="button"
        onClick={() => void copy()}
        disabled={!hydrated}
        className={`${buttonSecondary} py-1 text-xs`}
      >
        {copied === "yes" ? "Copied" : "Copy"}
      </button>
      <span role="status" className="sr-only">
        {copied === "yes" ? "Link copied" : copied === "failed" ? "Could not copy: select the link and copy it" : ""}
      </span>
      {copied === "failed" ? (
        <span className="text-xs text-rose-600 dark:text-rose-400">Copy failed: select the link instead.</span>
      ) : null}
    </span>
  );
}
