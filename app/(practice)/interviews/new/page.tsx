import type { Metadata } from "next";
import { may } from "@/lib/auth/access";
import { ROLES } from "@/lib/auth/roles";
import { requirePageRole } from "@/lib/session/current-user";
import { interviewPrompts } from "@/lib/content/interviews";
import { scenarioInfo } from "@/lib/content/scenario-catalog";
import { NewInterviewForm } from "./_components/new-interview-form";
import { Page } from "@/components/ui/page";

export const metadata: Metadata = { title: "New mock interview" };

export default async function NewInterviewPage() {
  const user = await requirePageRole(ROLES, "/interviews/new");
  const prompts = interviewPrompts().map((p) => ({
    slug: p.slug,
    title: p.title,
    summary: p.summary,
    labTitle: scenarioInfo(p.lab.scenario)?.title ?? p.lab.scenario,
  }));
  return (
    <Page className="space-y-4">
      <h1 className="text-2xl font-bold tracking-tight">New mock interview</h1>
      <p className="text-slate-600 dark:text-slate-300">
        Four phases in the time you choose: clarify, high-level design, deep dive with a lab, operations and wrap-up.
      </p>
      <NewInterviewForm prompts={prompts} canLead={may(user, "interview.start-led")} />
    </Page>
  );
}
