import type { Root } from "mdast";
import { visit } from "unist-util-visit";
import { checkLessonSource, lessonCheckContext, type CheckInput, type LessonCheckContext } from "./check";
import type { Diagnostic } from "./diagnostics";
import { LESSON_PREVIEW_LIMITS, lessonShapeProblems, type LessonPreviewInput } from "./lesson-preview-limits";
import { contentCheckInput } from "./sources";

/** What the preview found in one lesson's text. */
export interface LessonPreviewReport {
  /** content:check's problems with this text, by line; at most LESSON_PREVIEW_LIMITS.diagnostics of them. */
  readonly diagnostics: readonly Diagnostic[];
  /** Problems beyond those listed. */
  readonly unlisted: number;
  /** Why the lesson is not rendered below the problems, or null when it can be. */
  readonly notRendered: string | null;
  /** Whether its code is short enough to highlight. */
  readonly highlight: boolean;
}

/** The file name diagnostics carry when the text was pasted rather than uploaded. */
export const PASTED_FILE = "pasted lesson";

let cached: { key: string; contexts: Map<string, LessonCheckContext> } | undefined;

/**
 * The lessons and quizzes on disk, parsed once for as long as they do not change (each preview would otherwise
 * re-parse every lesson), with the uploaded file's namesake left out: a preview of 03-x.mdx replaces 03-x.mdx.
 */
function contextFor(input: CheckInput, replacing: string | undefined): LessonCheckContext {
  const key = [...input.lessons, ...input.quizzes].map((file) => `${file.path}\0${file.source}`).join("\0");
  if (cached?.key !== key) cached = { key, contexts: new Map() };
  const name = replacing ?? "";
  let context = cached.contexts.get(name);
  if (!context) {
    context = lessonCheckContext(input, replacing);
    cached.contexts.set(name, context);
  }
  return context;
}

/** How many nodes the tree has, and how many characters of fenced code. */
function measure(tree: Root): { nodes: number; code: number } {
  let nodes = 0;
  let code = 0;
  visit(tree, (node) => {
    nodes++;
    if (node.type === "code") code += node.value.length;
  });
  return { nodes, code };
}

function listed(
  diagnostics: readonly Diagnostic[],
  notRendered: string | null,
  highlight = false,
): LessonPreviewReport {
  const limit = LESSON_PREVIEW_LIMITS.diagnostics;
  return {
    diagnostics: diagnostics.slice(0, limit),
    unlisted: Math.max(0, diagnostics.length - limit),
    notRendered,
    highlight,
  };
}

/**
 * Checks one lesson's text with content:check's rules against the content on disk (`input`, the real content/ by
 * default), reading it but writing nothing. Text outside the preview's limits (shape, not only size: the caller has
 * refused oversized text already) is reported without being parsed.
 */
export function previewLessonText(
  { source, fileName }: LessonPreviewInput,
  input: CheckInput = contentCheckInput(),
): LessonPreviewReport {
  const path = fileName ?? PASTED_FILE;
  const shape = lessonShapeProblems(path, source);
  if (shape.length > 0) return listed(shape, "The text is outside the preview's limits, so it was not parsed.");
  const context = contextFor(input, fileName);
  const { diagnostics, tree } = checkLessonSource({ path, source }, context, { checkFileName: fileName !== undefined });
  if (!tree) return listed(diagnostics, "The MDX does not parse: fix the syntax error to see the lesson.");
  const { nodes, code } = measure(tree);
  if (nodes > LESSON_PREVIEW_LIMITS.nodes)
    return listed(
      diagnostics,
      `The lesson has ${nodes.toLocaleString("en-GB")} Markdown nodes; the preview renders at most ${LESSON_PREVIEW_LIMITS.nodes.toLocaleString("en-GB")}.`,
    );
  return listed(diagnostics, null, code <= LESSON_PREVIEW_LIMITS.highlightedCode);
}
