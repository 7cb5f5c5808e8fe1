import { saveFeedback } from "@/lib/db";
import { actor, jsonBody, respond } from "../../_respond";

/** The interviewer's private notes and written feedback; `submit: true` releases it to the candidate. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const who = await actor();
  if (!who.ok) return who.response;
  return respond(await saveFeedback(who.actor, (await params).id, await jsonBody(request)));
}
