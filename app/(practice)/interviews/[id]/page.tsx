import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { InterviewerRoom } from "@/components/interview/interviewer-room";
import { ROLES } from "@/lib/auth/roles";
import { requirePageRole } from "@/lib/session/current-user";
import { interviewPrompt } from "@/lib/content/interviews";
import { scenarioInfo } from "@/lib/content/scenario-catalog";
import { getInterview } from "@/lib/db";
import { env } from "@/lib/env";
import type { InterviewPrompt } from "@/lib/interview/prompt-schema";
import { Page } from "@/components/ui/page";
import { CandidateRoomLoader } from "./_components/candidate-room-loader";

export const metadata: Metadata = { title: "Mock interview" };

/** The model answer stays on the server until the candidate has assessed themselves. */
function withoutAnswers(prompt: InterviewPrompt): InterviewPrompt {
  return {
    ...prompt,
    outline: { clarify: [], "high-level": [], "deep-dive": [], operations: [] },
    followUps: [],
    pitfalls: [],
    keyPoints: [],
    clarify: { functional: [], nonFunctional: [] },
  };
}

export default async function InterviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageRole(ROLES, `/interviews/${id}`);
  const result = await getInterview({ id: user.id, role: user.role }, id);
  if (!result.ok) notFound();
  const session = result.session;
  const prompt = interviewPrompt(session.promptSlug);
  if (!prompt) notFound();
  const labTitle = scenarioInfo(prompt.lab.scenario)?.title ?? prompt.lab.scenario;
  const content =
    session.viewerRole === "interviewer" ? (
      <InterviewerRoom
        session={session}
        prompt={prompt}
        labTitle={labTitle}
        joinUrl={session.joinCode ? joinUrl(session.joinCode) : null}
      />
    ) : (
      <CandidateRoomLoader
        session={session}
        prompt={revealed(session) ? prompt : withoutAnswers(prompt)}
        revealed={revealed(session)}
        lab={{ title: labTitle }}
      />
    );
  return <Page>{content}</Page>;
}

function revealed(session: { scores: readonly { source: string }[] }): boolean {
  return session.scores.some((s) => s.source === "self");
}

/** The invite link on the site's public URL (NEXTAUTH_URL), never the address this request happened to use. */
function joinUrl(code: string): string | null {
  const site = env().NEXTAUTH_URL;
  return site ? new URL(`/interviews/join/${code}`, site).toString() : null;
}
