export interface Diagnostic {
  readonly file: string;
  readonly line: number;
  /** 1-based column where the problem starts, when the parser knows it (MDX nodes, YAML values). */
  readonly column?: number;
  readonly message: string;
}

/** Where in a file a problem is: a line, or a line and a column. */
export type Place = number | { readonly line: number; readonly column?: number };

export function diagnosticAt(file: string, place: Place, message: string): Diagnostic {
  if (typeof place === "number") return { file, line: place, message };
  return place.column === undefined
    ? { file, line: place.line, message }
    : { file, line: place.line, column: place.column, message };
}

/** `file:line: message`, the form editors and CI logs link; the column stays in the data for the preview. */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  return `${diagnostic.file}:${diagnostic.line}: ${diagnostic.message}`;
}

export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      (a.column ?? 0) - (b.column ?? 0) ||
      a.message.localeCompare(b.message),
  );
}
