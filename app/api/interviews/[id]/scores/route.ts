import { saveScores } from "@/lib/db";
import { BODY_LIMITS } from "@/lib/http/body-limits";
import { readJsonRequest } from "@/lib/http/json-request";
import { actor, respond } from "../../_respond";

/** Rubric scores: the candidate's self-assessment or the interviewer's scores with comments. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const body = await readJsonRequest(request, BODY_LIMITS.interviewScores);
  if (!body.ok) return body.response;
  const who = await actor();
  if (!who.ok) return who.response;
  return respond(await saveScores(who.actor, (await params).id, body.body));
}
