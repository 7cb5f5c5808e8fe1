import { recordLabEvent } from "@/lib/db";
import { actor, jsonBody, respond } from "../../_respond";

/** A lab action from the candidate or a fault from the interviewer. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const who = await actor();
  if (!who.ok) return who.response;
  return respond(await recordLabEvent(who.actor, (await params).id, await jsonBody(request)));
}
