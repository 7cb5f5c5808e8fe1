/** The bench's result table, in the columns: measure | Quorum | reference | ratio | target | met? */
export interface Row {
  readonly measure: string;
  readonly quorum: string;
  readonly reference: string;
  readonly ratio: string;
  readonly target: string;
  /** undefined: nothing to judge (a figure given for context). */
  readonly met: boolean | undefined;
}

export function formatTable(rows: readonly Row[]): string {
  const header = ["measure", "Quorum", "reference", "ratio", "target", "met?"];
  const cells = rows.map((r) => [
    r.measure,
    r.quorum,
    r.reference,
    r.ratio,
    r.target,
    r.met === undefined ? "" : r.met ? "yes" : "NO",
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? "").length)));
  const line = (c: readonly string[]) => `| ${c.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(" | ")} |`;
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...cells.map(line)].join("\n");
}

export const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
export const ms = (value: number) => `${value < 10 ? value.toFixed(1) : Math.round(value)} ms`;
export const perSecond = (value: number) => `${Math.round(value).toLocaleString("en-US")}/s`;
export const times = (value: number) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : "–");
