import { rolesAllowed } from "@/lib/auth/access-rules";
import { requireRole } from "@/lib/session/current-user";
import { idSchema } from "@/lib/assignments/schema";
import { exportAssignmentCsv } from "@/lib/db";

const notFound = () =>
  new Response("Not found.", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });

/** The table as a CSV download; anyone but the owner gets 404. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const check = await requireRole(rolesAllowed("assignment.export-csv"));
  if (!check.ok) return check.response;
  const { id } = await params;
  if (!idSchema.safeParse(id).success) return notFound();
  const result = await exportAssignmentCsv({ id: check.user.id, role: check.user.role }, id, new Date());
  if (!result.ok) return notFound();
  // The byte-order mark makes spreadsheet programs read the file as UTF-8.
  return new Response(`\uFEFF${result.csv}`, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${result.filename}"`,
      "cache-control": "private, no-store",
    },
  });
}
