import { basename } from "node:path";
import type { Root } from "mdast";
import type { MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";
import { visit } from "unist-util-visit";
import type { z } from "zod";
import { componentSpecs, type ComponentSpec } from "./component-registry";
import { sortDiagnostics, type Diagnostic } from "./diagnostics";
import { lessonFrontmatterSchema, type LessonFrontmatter } from "./frontmatter";
import { evaluateLiteral, type Literal } from "./literal";
import { headingsOf, parseMdx } from "./mdx-tree";
import { checkQuestion } from "@/lib/quiz/check";
import { quizSchema } from "./quiz-schema";
import { parseYamlSource, type YamlSource } from "@/lib/yaml-source";

export interface SourceFile {
  readonly path: string;
  readonly source: string;
}

export interface CheckInput {
  readonly lessons: readonly SourceFile[];
  readonly quizzes: readonly SourceFile[];
  /** Does `/path` exist under public/? */
  readonly publicFileExists: (publicPath: string) => boolean;
}

/** Pages outside /learn that lessons may link to. */
const LINKABLE_PAGES = new Set(["/", "/learn", "/sign-in", "/sign-up", "/dashboard"]);
const REQUIRED_EMBEDS = ["Simulation", "Quiz"] as const;

interface ParsedLesson {
  readonly file: SourceFile;
  readonly tree: Root;
  readonly yaml: YamlSource;
  readonly frontmatter?: LessonFrontmatter;
}

type Report = (file: string, line: number, message: string) => void;

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path)
    value = value !== null && typeof value === "object" ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}

function zodIssues(
  issues: readonly z.core.$ZodIssue[],
  prefix: string,
  yaml: YamlSource,
  file: string,
  report: Report,
) {
  for (const issue of issues) {
    if (issue.code === "invalid_type" && valueAt(yaml.data, issue.path) === undefined) {
      report(file, yaml.lineOf(issue.path), `${prefix}: missing required field "${issue.path.join(".")}"`);
      continue;
    }
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys)
        report(file, yaml.lineOf([...issue.path, key]), `${prefix}: unknown field "${[...issue.path, key].join(".")}"`);
      continue;
    }
    report(file, yaml.lineOf(issue.path), `${prefix} "${issue.path.join(".")}": ${issue.message}`);
  }
}

function checkQuizzes(quizzes: readonly SourceFile[], report: Report) {
  const parsed: {
    file: SourceFile;
    yaml: YamlSource;
    id?: string;
    lesson?: string;
    readMore: { url: string; line: number }[];
  }[] = [];
  const questionIds = new Map<string, string>();
  for (const file of quizzes) {
    const yaml = parseYamlSource(file.source);
    for (const error of yaml.errors) report(file.path, error.line, `YAML: ${error.message}`);
    if (yaml.errors.length > 0) continue;
    const result = quizSchema.safeParse(yaml.data);
    if (!result.success) {
      zodIssues(result.error.issues, "quiz field", yaml, file.path, report);
      continue;
    }
    const expected = basename(file.path).replace(/\.ya?ml$/, "");
    if (result.data.id !== expected)
      report(file.path, yaml.lineOf(["id"]), `quiz id "${result.data.id}" must match the file name "${expected}"`);
    // Graded questions: static keys and, for scenario questions, every seed recomputed by the engine
    // (lib/quiz/check.ts).
    result.data.questions.forEach((question, index) => {
      const first = questionIds.get(question.id);
      if (first)
        report(
          file.path,
          yaml.lineOf(["questions", index, "id"]),
          `duplicate question id "${question.id}" (already used in ${first})`,
        );
      else questionIds.set(question.id, file.path);
      checkQuestion(question, (path, message) =>
        report(file.path, yaml.lineOf(["questions", index, ...path]), message),
      );
    });
    const readMore = result.data.questions.flatMap((question, index) =>
      question.readMore ? [{ url: question.readMore, line: yaml.lineOf(["questions", index, "readMore"]) }] : [],
    );
    parsed.push({ file, yaml, id: result.data.id, lesson: result.data.lesson, readMore });
  }
  return parsed;
}

function parseLesson(file: SourceFile, report: Report): ParsedLesson | undefined {
  let tree: Root;
  try {
    tree = parseMdx(file.source);
  } catch (error) {
    // micromark puts the position in the message text: "Expected a closing tag for `<X>` (18:1-18:22)".
    const text = error instanceof Error ? error.message : String(error);
    const position = /\s*\((\d+):\d+(?:-\d+:\d+)?\)$/.exec(text);
    report(
      file.path,
      position ? Number(position[1]) : 1,
      `MDX syntax: ${position ? text.slice(0, position.index) : text}`,
    );
    return undefined;
  }
  const yamlNode = tree.children[0]?.type === "yaml" ? tree.children[0] : undefined;
  if (!yamlNode) {
    report(file.path, 1, "missing frontmatter (a --- block at the top of the file)");
    return { file, tree, yaml: parseYamlSource("") };
  }
  const yaml = parseYamlSource(yamlNode.value, (yamlNode.position?.start.line ?? 1) + 1);
  for (const error of yaml.errors) report(file.path, error.line, `frontmatter YAML: ${error.message}`);
  if (yaml.errors.length > 0) return { file, tree, yaml };
  const result = lessonFrontmatterSchema.safeParse(yaml.data);
  if (!result.success) {
    zodIssues(result.error.issues, "frontmatter", yaml, file.path, report);
    return { file, tree, yaml };
  }
  const expectedName = new RegExp(`^\\d{2}-${result.data.slug}\\.mdx$`);
  if (!expectedName.test(basename(file.path))) {
    report(file.path, yaml.lineOf(["slug"]), `file name must be NN-${result.data.slug}.mdx to match the slug`);
  }
  return { file, tree, yaml, frontmatter: result.data };
}

function checkUniqueness(lessons: readonly ParsedLesson[], report: Report) {
  const seen = { slug: new Map<string, string>(), order: new Map<string, string>() };
  for (const lesson of lessons) {
    if (!lesson.frontmatter) continue;
    for (const key of ["slug", "order"] as const) {
      const value = String(lesson.frontmatter[key]);
      const first = seen[key].get(value);
      if (first)
        report(
          lesson.file.path,
          lesson.yaml.lineOf([key]),
          `duplicate ${key} ${JSON.stringify(lesson.frontmatter[key])} (already used by ${first})`,
        );
      else seen[key].set(value, lesson.file.path);
    }
  }
}

function checkPrerequisites(lesson: ParsedLesson, orders: Map<string, number>, report: Report) {
  const frontmatter = lesson.frontmatter;
  if (!frontmatter) return;
  frontmatter.prerequisites.forEach((slug, index) => {
    const line = lesson.yaml.lineOf(["prerequisites", index]);
    const order = orders.get(slug);
    if (order === undefined) report(lesson.file.path, line, `prerequisite "${slug}" is not a lesson slug`);
    else if (order >= frontmatter.order)
      report(lesson.file.path, line, `prerequisite "${slug}" does not come before this lesson (order ${order})`);
  });
}

function checkLink(url: string, line: number, lesson: ParsedLesson, anchors: Map<string, Set<string>>, report: Report) {
  const [path = "", anchor] = url.split("#", 2);
  if (path === "") {
    const own = lesson.frontmatter ? anchors.get(lesson.frontmatter.slug) : undefined;
    if (anchor !== undefined && own && !own.has(anchor))
      report(lesson.file.path, line, `broken link "${url}": no heading "${anchor}" in this lesson`);
    return;
  }
  if (!path.startsWith("/")) return;
  const match = /^\/learn\/([^/?]+)\/?$/.exec(path);
  if (!match) {
    if (!LINKABLE_PAGES.has(path.replace(/\/$/, "") || "/"))
      report(lesson.file.path, line, `broken link "${url}": no such page`);
    return;
  }
  const slug = match[1] ?? "";
  const headings = anchors.get(slug);
  if (!headings) report(lesson.file.path, line, `broken link "${url}": no lesson with slug "${slug}"`);
  else if (anchor !== undefined && !headings.has(anchor))
    report(lesson.file.path, line, `broken link "${url}": no heading "${anchor}" in lesson "${slug}"`);
}

function jsxProps(node: MdxJsxFlowElement | MdxJsxTextElement, report: (line: number, message: string) => void) {
  const props: Record<string, Literal> = {};
  const unreadable = new Set<string>();
  for (const attribute of node.attributes) {
    const line = attribute.position?.start.line ?? node.position?.start.line ?? 1;
    if (attribute.type === "mdxJsxExpressionAttribute") {
      report(line, `<${node.name}>: spread props are not allowed`);
      continue;
    }
    const value = attribute.value;
    if (value === null || value === undefined) props[attribute.name] = true;
    else if (typeof value === "string") props[attribute.name] = value;
    else {
      const result = evaluateLiteral(value.data?.estree);
      if (result.success) props[attribute.name] = result.data;
      else {
        unreadable.add(attribute.name);
        report(line, `<${node.name}> prop "${attribute.name}": ${result.error}`);
      }
    }
  }
  return { props, unreadable };
}

function checkComponent(
  node: MdxJsxFlowElement | MdxJsxTextElement,
  spec: ComponentSpec,
  report: (line: number, message: string) => void,
) {
  const line = node.position?.start.line ?? 1;
  const { props, unreadable } = jsxProps(node, report);
  const result = spec.props.safeParse(props);
  if (!result.success) {
    for (const issue of result.error.issues) {
      if (unreadable.has(String(issue.path[0]))) continue;
      if (issue.code === "unrecognized_keys")
        for (const key of issue.keys) report(line, `<${node.name}>: unknown prop "${key}"`);
      else if (issue.path.length === 1 && props[String(issue.path[0])] === undefined)
        report(line, `<${node.name}>: missing required prop "${String(issue.path[0])}"`);
      else report(line, `<${node.name}> prop "${issue.path.join(".")}": ${issue.message}`);
    }
  }
  const hasChildren = node.children.length > 0;
  if (spec.children === "required" && !hasChildren) report(line, `<${node.name}> needs content between its tags`);
  if (spec.children === "none" && hasChildren) report(line, `<${node.name}> takes no children`);
}

function checkBody(
  lesson: ParsedLesson,
  specs: Record<string, ComponentSpec>,
  anchors: Map<string, Set<string>>,
  input: CheckInput,
  report: Report,
) {
  const at = (line: number, message: string) => report(lesson.file.path, line, message);
  const used = new Set<string>();
  visit(lesson.tree, (node) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === "link" || node.type === "definition") checkLink(node.url, line, lesson, anchors, report);
    else if (node.type === "image") {
      if (/^[a-z]+:/i.test(node.url))
        at(line, `image "${node.url}" must be a file under public/ (lessons render without network)`);
      else if (!node.url.startsWith("/") || !input.publicFileExists(node.url))
        at(line, `missing image "${node.url}" (expected under public/)`);
    } else if (node.type === "mdxjsEsm")
      at(line, "import/export is not allowed in lessons: components come from the registry");
    else if (node.type === "mdxFlowExpression" || node.type === "mdxTextExpression")
      at(line, "JavaScript expressions are not allowed in lesson text");
    else if (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") {
      const name = node.name;
      if (!name || /^[a-z]/.test(name)) return;
      const spec = specs[name];
      if (!spec) at(line, `unknown component <${name}> (registered: ${Object.keys(specs).join(", ")})`);
      else {
        used.add(name);
        checkComponent(node, spec, at);
      }
    }
  });
  if (lesson.frontmatter)
    for (const embed of REQUIRED_EMBEDS) if (!used.has(embed)) at(1, `lesson embeds no <${embed}>`);
}

/** Every content rule in one pass; returns diagnostics sorted by file and line. */
export function checkContent(input: CheckInput): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const report: Report = (file, line, message) => diagnostics.push({ file, line, message });
  const quizzes = checkQuizzes(input.quizzes, report);
  const specs: Record<string, ComponentSpec> = componentSpecs({
    quizIds: quizzes.flatMap((quiz) => (quiz.id ? [quiz.id] : [])),
  });
  const lessons = input.lessons.flatMap((file) => parseLesson(file, report) ?? []);
  checkUniqueness(lessons, report);
  const orders = new Map<string, number>();
  const anchors = new Map<string, Set<string>>();
  for (const lesson of lessons) {
    if (!lesson.frontmatter || anchors.has(lesson.frontmatter.slug)) continue;
    orders.set(lesson.frontmatter.slug, lesson.frontmatter.order);
    anchors.set(lesson.frontmatter.slug, new Set(headingsOf(lesson.tree).map((heading) => heading.id)));
  }
  for (const lesson of lessons) {
    checkPrerequisites(lesson, orders, report);
    checkBody(lesson, specs, anchors, input, report);
  }
  for (const quiz of quizzes) {
    if (quiz.lesson && !orders.has(quiz.lesson))
      report(quiz.file.path, quiz.yaml.lineOf(["lesson"]), `quiz lesson "${quiz.lesson}" is not a lesson slug`);
    for (const { url, line } of quiz.readMore) {
      const [, slug = "", anchor = ""] = /^\/learn\/([^#]+)#(.+)$/.exec(url) ?? [];
      const headings = anchors.get(slug);
      if (!headings) report(quiz.file.path, line, `readMore "${url}": no lesson with slug "${slug}"`);
      else if (!headings.has(anchor))
        report(quiz.file.path, line, `readMore "${url}": no heading "${anchor}" in lesson "${slug}"`);
    }
  }
  return sortDiagnostics(diagnostics);
}
