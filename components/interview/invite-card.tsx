"use client";
import { useState } from "react";
import { buttonSecondary, card } from "@/components/ui/class-names";

/** The join code and, when the site knows its public URL, a link to copy for the candidate. */
export function InviteCard({ code, url }: { code: string; url: string | null }) {
  const [copied, setCopied] = useState<string | null>(null);
  const copy = async () => {
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      setCopied("Link copied.");
    } catch {
      setCopied("Could not copy: select the link and copy it.");
    }
  };
  return (
    <section className={`${card} space-y-2 text-sm`} data-testid="invite" aria-labelledby="invite-heading">
      <h2 id="invite-heading" className="font-semibold">
        Invite the candidate
      </h2>
      <p>
        Code{" "}
        <strong className="font-mono text-lg" data-testid="join-code">
          {code}
        </strong>{" "}
        (on the Mock interviews page, under “Join with a code”)
      </p>
      {url ? (
        <div className="flex flex-wrap items-center gap-2">
          <code className="break-all rounded bg-slate-100 px-2 py-1 dark:bg-slate-800" data-testid="invite-link">
            {url}
          </code>
          <button type="button" className={buttonSecondary} onClick={() => void copy()}>
            Copy invite link
          </button>
          <span role="status">{copied}</span>
        </div>
      ) : (
        <p className="text-muted">
          The site&apos;s public address is not configured (NEXTAUTH_URL), so there is no link to share: give the code.
        </p>
      )}
    </section>
  );
}
