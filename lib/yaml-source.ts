import { isNode, LineCounter, parseDocument } from "yaml";

export type YamlPath = readonly PropertyKey[];

export interface YamlSource {
  readonly data: unknown;
  readonly errors: readonly { line: number; message: string }[];
  /** Line of the value at `path`, or of its nearest existing ancestor. */
  lineOf(path: YamlPath): number;
}

/** Parses YAML keeping line numbers; `firstLine` is the file line of the YAML's first line. */
export function parseYamlSource(text: string, firstLine = 1): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const toFileLine = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  const errors = doc.errors.map((error) => ({
    line: toFileLine(error.pos[0]),
    message: error.message.split("\n")[0] ?? error.message,
  }));
  return {
    data: errors.length > 0 ? undefined : doc.toJS(),
    errors,
    lineOf(path) {
      for (let length = path.length; length > 0; length--) {
        const node = doc.getIn(path.slice(0, length) as unknown[], true);
        if (isNode(node) && node.range) return toFileLine(node.range[0]);
      }
      return firstLine;
    },
  };
}
