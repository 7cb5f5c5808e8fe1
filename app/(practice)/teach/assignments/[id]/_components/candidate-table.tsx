import Link from "next/link";
import { ITEM_KIND_LABELS } from "@/lib/assignments/schema";
import { scoreText, totalTimeMs, type TableItem, type TableRow } from "@/lib/assignments/table";
import { formatDuration } from "@/lib/dates";
import { focusRing } from "@/components/ui/class-names";
import { StatusBadge } from "@/components/assignments/status-badges";

const CELL_TONE = {
  "not-started": "text-muted",
  "in-progress": "text-sky-800 dark:text-sky-300",
  done: "text-emerald-800 dark:text-emerald-300",
} as const;

/** Candidates × items. Scrolls sideways on narrow screens with the candidate column kept in view. */
export function CandidateTable({
  assignmentId,
  items,
  rows,
}: {
  assignmentId: string;
  items: readonly TableItem[];
  rows: readonly TableRow[];
}) {
  return (
    <div
      className="overflow-x-auto rounded-xl border border-slate-200 dark:border-slate-800"
      tabIndex={0}
      role="region"
      aria-label="Candidates and their work"
    >
      <table className="min-w-full border-collapse text-sm">
        <thead className="bg-slate-50 text-left dark:bg-slate-900">
          <tr>
            <th scope="col" className="sticky left-0 z-10 bg-slate-50 px-3 py-2 font-semibold dark:bg-slate-900">
              Candidate
            </th>
            <th scope="col" className="px-3 py-2 font-semibold">
              Status
            </th>
            {items.map((item) => (
              <th key={item.id} scope="col" className="min-w-36 px-3 py-2 font-semibold">
                <span className="block text-xs font-normal text-muted">
                  {item.position + 1}. {ITEM_KIND_LABELS[item.kind]}
                </span>
                {item.title}
              </th>
            ))}
            <th scope="col" className="px-3 py-2 font-semibold">
              Time
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.memberId} className="border-t border-slate-200 dark:border-slate-800">
              <th scope="row" className="sticky left-0 z-10 bg-white px-3 py-2 text-left font-normal dark:bg-slate-950">
                <Link
                  href={`/teach/assignments/${assignmentId}/members/${row.memberId}`}
                  className={`font-medium text-brand-700 underline dark:text-brand-300 ${focusRing}`}
                >
                  {row.name ?? row.email}
                </Link>
                <span className="block max-w-48 truncate text-xs text-muted">
                  {row.name ? row.email : "invited, not signed up yet"}
                </span>
              </th>
              <td className="px-3 py-2">
                <StatusBadge status={row.status} />
              </td>
              {row.cells.map((cell) => (
                <td key={cell.itemId} className="px-3 py-2">
                  <span className={`block font-medium ${CELL_TONE[cell.status]}`}>
                    {scoreText(cell, items.find((i) => i.id === cell.itemId)?.kind ?? "lab")}
                  </span>
                  <span className="block text-xs text-muted">{formatDuration(cell.timeSpentMs)}</span>
                </td>
              ))}
              <td className="whitespace-nowrap px-3 py-2">{formatDuration(totalTimeMs(row))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
