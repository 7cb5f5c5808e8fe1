/**
 * The assignment table as CSV (RFC 4180: CRLF line ends, fields quoted when
 * they hold a comma, quote or line break, quotes doubled). Candidates type
 * their own names, so a cell that a spreadsheet would run as a formula gets a
 * leading apostrophe first.
 */
import { STATUS_LABELS } from "./status";
import { ITEM_KIND_LABELS } from "./schema";
import { ITEM_STATUS_LABELS } from "./status";
import { scoreNumberText, totalTimeMs, type TableItem, type TableRow } from "./table";

const FORMULA_START = /^[=+\-@]/;

/** One field, neutralised and quoted as needed. */
export function csvField(value: string | number | null): string {
  let text = value === null ? "" : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(fields: readonly (string | number | null)[]): string {
  return fields.map(csvField).join(",");
}

const minutes = (ms: number): number => Math.round(ms / 6000) / 10;

/**
 * Header row plus one row per candidate; times in minutes with one decimal, dates as ISO strings, a rubric mean with
 * one decimal as everywhere else.
 */
export function assignmentCsvRows(items: readonly TableItem[], rows: readonly TableRow[]): string[][] {
  const header = ["Candidate", "Email", "Status", "Submitted at", "Reviewed at", "Total minutes"];
  for (const item of items) {
    const label = `${item.position + 1}. ${ITEM_KIND_LABELS[item.kind]}: ${item.title}`;
    header.push(`${label} — status`, `${label} — score`, `${label} — max score`, `${label} — minutes`);
  }
  header.push("Feedback");
  const body = rows.map((row) => {
    const line = [
      row.name ?? "(invited)",
      row.email,
      STATUS_LABELS[row.status],
      row.submittedAt ?? "",
      row.reviewedAt ?? "",
      String(minutes(totalTimeMs(row))),
    ];
    for (const item of items) {
      const cell = row.cells.find((c) => c.itemId === item.id);
      line.push(
        ITEM_STATUS_LABELS[cell?.status ?? "not-started"],
        cell?.score === null || cell === undefined ? "" : scoreNumberText(item.kind, cell.score, cell.maxScore),
        cell?.maxScore === null || cell === undefined ? "" : String(cell.maxScore),
        String(minutes(cell?.timeSpentMs ?? 0)),
      );
    }
    line.push(row.feedback ?? "");
    return line;
  });
  return [header, ...body];
}

/** The whole file. */
export function assignmentCsv(items: readonly TableItem[], rows: readonly TableRow[]): string {
  return assignmentCsvRows(items, rows).map(csvLine).join("\r\n") + "\r\n";
}

/** A safe download name from the title: "Replication basics" → "replication-basics.csv". */
export function csvFilename(title: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return `${slug || "assignment"}.csv`;
}
