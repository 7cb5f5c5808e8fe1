import { saveFeedback } from "@/lib/db";
import { BODY_LIMITS } from "@/lib/http/body-limits";
import { readJsonRequest } from "@/lib/http/json-request";
import { actor, respond } from "../../_respond";

/** The interviewer's private notes and written feedback; `submit: true` releases it to the candidate. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const body = await readJsonRequest(request, BODY_LIMITS.interviewFeedback);
  if (!body.ok) return body.response;
  const who = await actor();
  if (!who.ok) return who.response;
  return respond(await saveFeedback(who.actor, (await params).id, body.body));
}
