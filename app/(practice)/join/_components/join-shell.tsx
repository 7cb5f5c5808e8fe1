import Link from "next/link";
import type { ReactNode } from "react";
import { card } from "@/components/ui/class-names";
import { Page } from "@/components/ui/page";

/** The frame both join pages share: a way back to the inbox, the heading, an intro and the form's card. */
export function JoinShell({ intro, children }: { intro?: ReactNode; children: ReactNode }) {
  return (
    <Page measure="form" className="space-y-4">
      <p className="text-sm">
        <Link href="/assignments" className="text-slate-600 underline underline-offset-2 dark:text-slate-300">
          Your assignments
        </Link>
      </p>
      <h1 className="text-2xl font-bold tracking-tight">Join a cohort</h1>
      {intro ? <p className="text-slate-600 dark:text-slate-300">{intro}</p> : null}
      <div className={card}>{children}</div>
    </Page>
  );
}
