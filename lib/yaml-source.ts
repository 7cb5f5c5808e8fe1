import { isNode, LineCounter, parseDocument } from "yaml";

export type YamlPath = readonly PropertyKey[];

/** A 1-based line and column in the file the YAML came from. */
export interface YamlPoint {
  readonly line: number;
  readonly column: number;
}

export interface YamlSource {
  readonly data: unknown;
  readonly errors: readonly { line: number; column: number; message: string }[];
  /** Line of the value at `path`, or of its nearest existing ancestor. */
  lineOf(path: YamlPath): number;
  /** Line and column of the value at `path`, or of its nearest existing ancestor. */
  pointOf(path: YamlPath): YamlPoint;
}

/** Parses YAML keeping line numbers; `firstLine` is the file line of the YAML's first line. */
export function parseYamlSource(text: string, firstLine = 1): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const toFilePoint = (offset: number): YamlPoint => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + firstLine - 1, column: col };
  };
  const errors = doc.errors.map((error) => ({
    ...toFilePoint(error.pos[0]),
    message: error.message.split("\n")[0] ?? error.message,
  }));
  const pointOf = (path: YamlPath): YamlPoint => {
    for (let length = path.length; length > 0; length--) {
      const node = doc.getIn(path.slice(0, length) as unknown[], true);
      if (isNode(node) && node.range) return toFilePoint(node.range[0]);
    }
    return { line: firstLine, column: 1 };
  };
  return {
    data: errors.length > 0 ? undefined : doc.toJS(),
    errors,
    lineOf: (path) => pointOf(path).line,
    pointOf,
  };
}
