import { notFound, redirect } from "next/navigation";
import { ROLES } from "@/lib/auth/roles";
import { requirePageRole } from "@/lib/auth/session";
import { joinInterview } from "@/lib/db";

/** Opening an invite link joins the session as its candidate; a used, unknown or own code is a 404. */
export default async function JoinInterviewPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const user = await requirePageRole(ROLES, `/interviews/join/${encodeURIComponent(code)}`);
  const result = await joinInterview({ id: user.id, role: user.role }, code);
  if (!result.ok) notFound();
  redirect(`/interviews/${result.id}`);
}
