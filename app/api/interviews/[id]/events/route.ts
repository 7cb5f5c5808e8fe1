import { recordLabEvent } from "@/lib/db";
import { BODY_LIMITS } from "@/lib/http/body-limits";
import { readJsonRequest } from "@/lib/http/json-request";
import { actor, respond } from "../../_respond";

/** A lab action from the candidate or a fault from the interviewer. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const body = await readJsonRequest(request, BODY_LIMITS.interviewEvent);
  if (!body.ok) return body.response;
  const who = await actor();
  if (!who.ok) return who.response;
  return respond(await recordLabEvent(who.actor, (await params).id, body.body));
}
