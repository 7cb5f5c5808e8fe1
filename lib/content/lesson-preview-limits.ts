import { z } from "zod";
import type { Diagnostic } from "./diagnostics";

/**
 * How much text the authoring preview takes, the one authority for the server action's schema, the form's own early
 * warning and the tests. The MDX parser is slower than linear on some shapes (long runs of emphasis, deep nesting,
 * lists of thousands of items: 200 kB of `> ` nests 100,000 deep and runs for minutes), so the shape is bounded as
 * well as the size, each limit a few times what the lessons in content/lessons use at most (24 kB, 242 lines, 1,775
 * characters and 48 emphasis or link marks between blank lines, 49 list items, 19 columns of indent, 626 characters
 * of code). Within them the slowest texts found take one to three seconds to check and render on a busy two-core
 * machine. Pure: the browser imports it too.
 */
export const LESSON_PREVIEW_LIMITS = {
  /** UTF-8 bytes of the whole text. */
  bytes: 64 * 1024,
  lines: 1_000,
  /** Characters in one run of lines without a blank line (a paragraph, a table, a tight list). */
  blockCharacters: 6_000,
  /** Emphasis, link, code and escape marks (`* _ ~ [ ] \` \\`) in one such run: their pairing is the slow part. */
  blockMarks: 400,
  /** Columns of indentation before a line's text (a tab counts 4). */
  indent: 40,
  /** Block quotes and list markers opened at the start of one line (`> - > 1.`). */
  nesting: 8,
  /** Lines that start a list item, over the whole text. */
  listItems: 400,
  /** Parsed MDX nodes beyond which the lesson is checked but not rendered. */
  nodes: 10_000,
  /** Characters of fenced code highlighted; past it code shows as plain text. */
  highlightedCode: 8_000,
  /** Registered components (<Simulation>, <Quiz>, …) rendered; later ones show as placeholders. */
  embeds: 40,
  /** Diagnostics listed; the rest are counted. */
  diagnostics: 200,
} as const;

const number = (value: number) => value.toLocaleString("en-GB");
const kilobytes = (bytes: number) => `${number(Math.ceil(bytes / 1024))} kB`;

/** UTF-8 length without building the encoded copy. */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export function tooLargeMessage(bytes: number): string {
  return `This text is ${kilobytes(bytes)}; the preview takes at most ${kilobytes(LESSON_PREVIEW_LIMITS.bytes)} (the longest lesson is about 24 kB). Nothing was checked.`;
}

/** A lesson file's name as the upload gives it: the file-name rule is checked against it. */
export const lessonFileNameSchema = z
  .string()
  .max(120)
  .regex(/^[\w.-]+\.mdx?$/i, "Upload a .mdx or .md file.");

/** What the preview form sends; the server action parses it with this before anything else. */
export const lessonPreviewInputSchema = z.strictObject({
  source: z
    .string()
    .min(1, "Paste a lesson or upload a file first.")
    // Characters never outnumber UTF-8 bytes: this refuses most oversized text before counting bytes.
    .max(LESSON_PREVIEW_LIMITS.bytes, {
      error: (issue) => tooLargeMessage(typeof issue.input === "string" ? issue.input.length : 0),
      abort: true,
    })
    .superRefine((source, ctx) => {
      const bytes = utf8Bytes(source);
      if (bytes > LESSON_PREVIEW_LIMITS.bytes) ctx.addIssue({ code: "custom", message: tooLargeMessage(bytes) });
    }),
  fileName: lessonFileNameSchema.optional(),
});

export type LessonPreviewInput = z.infer<typeof lessonPreviewInputSchema>;

type Kind = "lines" | "block" | "marks" | "depth" | "list";

const MARKS = /[*_~[\]`\\]/g;
const CONTAINER_PREFIX = /^[ \t]*(?:(?:>|[-*+]|\d{1,9}[.)])(?=[ \t]|$)[ \t]*)+/;
const MARKER = /(?:>|[-*+]|\d{1,9}[.)])(?=[ \t]|$)/g;
const LIST_ITEM = /^[ \t]*(?:>[ \t]*)*(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;

function indentOf(line: string): number {
  let columns = 0;
  for (const char of line) {
    if (char === " ") columns += 1;
    else if (char === "\t") columns += 4 - (columns % 4);
    else break;
  }
  return columns;
}

/**
 * Shapes the preview refuses to parse, found in one linear pass before the parser sees the text: too many lines, a
 * block too long between blank lines, a line indented or nested too deep, too many list items. Each kind is reported
 * once, at its first line. Empty when the text is within LESSON_PREVIEW_LIMITS.
 */
export function lessonShapeProblems(file: string, source: string): Diagnostic[] {
  const limits = LESSON_PREVIEW_LIMITS;
  const problems = new Map<Kind, Diagnostic>();
  const report = (kind: Kind, line: number, message: string) => {
    if (!problems.has(kind)) problems.set(kind, { file, line, message });
  };
  const lines = source.split(/\r\n|\r|\n/);
  if (lines.length > limits.lines)
    report(
      "lines",
      limits.lines + 1,
      `the preview takes at most ${number(limits.lines)} lines; this text has ${number(lines.length)}`,
    );
  let block = { line: 0, characters: 0, marks: 0 };
  let listItems = 0;
  lines.slice(0, limits.lines).forEach((text, index) => {
    const line = index + 1;
    if (text.trim() === "") {
      block = { line: 0, characters: 0, marks: 0 };
      return;
    }
    if (block.line === 0) block.line = line;
    block.characters += text.length + 1;
    block.marks += text.match(MARKS)?.length ?? 0;
    if (block.characters > limits.blockCharacters)
      report(
        "block",
        block.line,
        `this block runs over ${number(limits.blockCharacters)} characters without a blank line, the preview's limit: split it with blank lines`,
      );
    if (block.marks > limits.blockMarks)
      report(
        "marks",
        block.line,
        `this block has over ${number(limits.blockMarks)} emphasis, link or code marks (* _ ~ [ ] \` \\) without a blank line, the preview's limit: split it with blank lines`,
      );
    const indent = indentOf(text);
    const markers = CONTAINER_PREFIX.exec(text)?.[0].match(MARKER)?.length ?? 0;
    if (indent > limits.indent || markers > limits.nesting)
      report(
        "depth",
        line,
        `this line is indented ${number(indent)} columns and opens ${number(markers)} quotes or list items; the preview takes at most ${limits.indent} columns and ${limits.nesting} levels`,
      );
    if (LIST_ITEM.test(text) && ++listItems > limits.listItems)
      report("list", line, `the preview takes at most ${number(limits.listItems)} list items; this is one more`);
  });
  return [...problems.values()].sort((a, b) => a.line - b.line);
}
