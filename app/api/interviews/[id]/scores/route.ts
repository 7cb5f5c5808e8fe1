import { saveScores } from "@/lib/db";
import { actor, jsonBody, respond } from "../../_respond";

/** Rubric scores: the candidate's self-assessment or the interviewer's scores with comments. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const who = await actor();
  if (!who.ok) return who.response;
  return respond(await saveScores(who.actor, (await params).id, await jsonBody(request)));
}
