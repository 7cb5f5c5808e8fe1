import { NextResponse } from "next/server";
import { getInterview, saveInterview } from "@/lib/db";
import { BODY_LIMITS } from "@/lib/http/body-limits";
import { readJsonRequest } from "@/lib/http/json-request";
import { actor, respond } from "../_respond";

type Params = { params: Promise<{ id: string }> };

/** The session as its viewer may see it; polled every 2 s by both sides. */
export async function GET(_request: Request, { params }: Params) {
  const who = await actor();
  if (!who.ok) return who.response;
  const result = await getInterview(who.actor, (await params).id);
  return result.ok ? NextResponse.json(result.session, { headers: { "cache-control": "no-store" } }) : respond(result);
}

/** The candidate's autosave: 409 with the stored copy when the base revision is stale. */
export async function PUT(request: Request, { params }: Params) {
  const body = await readJsonRequest(request, BODY_LIMITS.interviewSave);
  if (!body.ok) return body.response;
  const who = await actor();
  if (!who.ok) return who.response;
  const result = await saveInterview(who.actor, (await params).id, body.body);
  if (result.ok) return NextResponse.json({ revision: result.revision });
  if (result.error === "conflict")
    return NextResponse.json(
      { error: "A newer version was saved elsewhere.", current: result.current },
      { status: 409 },
    );
  return respond(result);
}
