import { NextResponse } from "next/server";
import { controlInterview } from "@/lib/db";
import { BODY_LIMITS } from "@/lib/http/body-limits";
import { readJsonRequest } from "@/lib/http/json-request";
import { actor, respond } from "../../_respond";

/** The interviewer's clock intent (pause, resume, add time, next phase, …); answers with the clock the server set. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const body = await readJsonRequest(request, BODY_LIMITS.interviewEvent);
  if (!body.ok) return body.response;
  const who = await actor();
  if (!who.ok) return who.response;
  const result = await controlInterview(who.actor, (await params).id, body.body);
  return result.ok ? NextResponse.json({ flow: result.flow }) : respond(result);
}
