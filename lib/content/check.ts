import { basename } from "node:path";
import type { Root } from "mdast";
import type { MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";
import { visit } from "unist-util-visit";
import { componentSpecs, type ComponentSpec } from "./component-registry";
import { diagnosticAt, sortDiagnostics, type Diagnostic, type Place } from "./diagnostics";
import { lessonFrontmatterSchema, type LessonFrontmatter } from "./frontmatter";
import { evaluateLiteral, type Literal } from "./literal";
import { headingsOf, parseMdx } from "./mdx-tree";
import { parseYamlSource, type YamlSource } from "@/lib/yaml-source";
import { checkQuizzes, quizIdsOf, zodIssues, type Report } from "./quiz-file-check";

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

/**
 * What the other lessons contribute to one lesson's check: the first lesson (in file order) to claim each slug and
 * each order, and, per slug, its order and heading anchors.
 */
interface LessonIndex {
  readonly slugOwners: ReadonlyMap<string, string>;
  readonly orderOwners: ReadonlyMap<string, string>;
  readonly orders: ReadonlyMap<string, number>;
  readonly anchors: ReadonlyMap<string, ReadonlySet<string>>;
}

/** Everything a single lesson is checked against: the component registry, the other lessons and public/. */
export interface LessonCheckContext {
  readonly specs: Readonly<Record<string, ComponentSpec>>;
  readonly lessons: LessonIndex;
  readonly publicFileExists: (publicPath: string) => boolean;
}

type At = (place: Place, message: string) => void;

/** Line and column of a node's start, as the preview shows them. */
function placeOf(node: { position?: { start: { line: number; column: number } } }): Place {
  return node.position ? { line: node.position.start.line, column: node.position.start.column } : 1;
}

/** The position micromark gives an MDX syntax error: on the error, or at the end of its message ("(18:1-18:22)"). */
function syntaxErrorPlace(error: unknown): { place: Place; text: string } {
  const text = error instanceof Error ? error.message : String(error);
  const suffix = /\s*\((\d+):(\d+)(?:-\d+:\d+)?\)$/.exec(text);
  if (suffix)
    return { place: { line: Number(suffix[1]), column: Number(suffix[2]) }, text: text.slice(0, suffix.index) };
  const { line, column } = (error ?? {}) as { line?: unknown; column?: unknown };
  if (typeof line === "number") return { place: typeof column === "number" ? { line, column } : line, text };
  return { place: 1, text };
}

/**
 * Parses one lesson and checks what needs no other file: MDX syntax, frontmatter and, when the text comes from a
 * file, its name. Undefined when the MDX does not parse.
 */
function parseLesson(file: SourceFile, report: Report, checkFileName: boolean): ParsedLesson | undefined {
  let tree: Root;
  try {
    tree = parseMdx(file.source);
  } catch (error) {
    const { place, text } = syntaxErrorPlace(error);
    report(file.path, place, `MDX syntax: ${text}`);
    return undefined;
  }
  const yamlNode = tree.children[0]?.type === "yaml" ? tree.children[0] : undefined;
  if (!yamlNode) {
    report(file.path, 1, "missing frontmatter (a --- block at the top of the file)");
    return { file, tree, yaml: parseYamlSource("") };
  }
  const yaml = parseYamlSource(yamlNode.value, (yamlNode.position?.start.line ?? 1) + 1);
  for (const error of yaml.errors) report(file.path, error, `frontmatter YAML: ${error.message}`);
  if (yaml.errors.length > 0) return { file, tree, yaml };
  const result = lessonFrontmatterSchema.safeParse(yaml.data);
  if (!result.success) {
    zodIssues(result.error.issues, "frontmatter", yaml, file.path, report);
    return { file, tree, yaml };
  }
  const expectedName = new RegExp(`^\\d{2}-${result.data.slug}\\.mdx$`);
  if (checkFileName && !expectedName.test(basename(file.path))) {
    report(file.path, yaml.pointOf(["slug"]), `file name must be NN-${result.data.slug}.mdx to match the slug`);
  }
  return { file, tree, yaml, frontmatter: result.data };
}

const EMPTY_INDEX: LessonIndex = {
  slugOwners: new Map(),
  orderOwners: new Map(),
  orders: new Map(),
  anchors: new Map(),
};

/** `index` with `lessons` added after the lessons already in it: the first to claim a slug or an order keeps it. */
function indexLessons(lessons: readonly ParsedLesson[], index: LessonIndex = EMPTY_INDEX): LessonIndex {
  const slugOwners = new Map(index.slugOwners);
  const orderOwners = new Map(index.orderOwners);
  const orders = new Map(index.orders);
  const anchors = new Map(index.anchors);
  for (const { file, tree, frontmatter } of lessons) {
    if (!frontmatter) continue;
    const orderKey = String(frontmatter.order);
    if (!orderOwners.has(orderKey)) orderOwners.set(orderKey, file.path);
    if (slugOwners.has(frontmatter.slug)) continue;
    slugOwners.set(frontmatter.slug, file.path);
    orders.set(frontmatter.slug, frontmatter.order);
    anchors.set(frontmatter.slug, new Set(headingsOf(tree).map((heading) => heading.id)));
  }
  return { slugOwners, orderOwners, orders, anchors };
}

function checkUniqueness(lesson: ParsedLesson, index: LessonIndex, at: At) {
  const frontmatter = lesson.frontmatter;
  if (!frontmatter) return;
  const owners = {
    slug: index.slugOwners.get(frontmatter.slug),
    order: index.orderOwners.get(String(frontmatter.order)),
  };
  for (const key of ["slug", "order"] as const) {
    const first = owners[key];
    if (first !== undefined && first !== lesson.file.path)
      at(lesson.yaml.pointOf([key]), `duplicate ${key} ${JSON.stringify(frontmatter[key])} (already used by ${first})`);
  }
}

function checkPrerequisites(lesson: ParsedLesson, orders: ReadonlyMap<string, number>, at: At) {
  const frontmatter = lesson.frontmatter;
  if (!frontmatter) return;
  frontmatter.prerequisites.forEach((slug, index) => {
    const place = lesson.yaml.pointOf(["prerequisites", index]);
    const order = orders.get(slug);
    if (order === undefined) at(place, `prerequisite "${slug}" is not a lesson slug`);
    else if (order >= frontmatter.order)
      at(place, `prerequisite "${slug}" does not come before this lesson (order ${order})`);
  });
}

function checkLink(
  url: string,
  place: Place,
  lesson: ParsedLesson,
  anchors: ReadonlyMap<string, ReadonlySet<string>>,
  at: At,
) {
  const [path = "", anchor] = url.split("#", 2);
  if (path === "") {
    const own = lesson.frontmatter ? anchors.get(lesson.frontmatter.slug) : undefined;
    if (anchor !== undefined && own && !own.has(anchor))
      at(place, `broken link "${url}": no heading "${anchor}" in this lesson`);
    return;
  }
  if (!path.startsWith("/")) return;
  const match = /^\/learn\/([^/?]+)\/?$/.exec(path);
  if (!match) {
    if (!LINKABLE_PAGES.has(path.replace(/\/$/, "") || "/")) at(place, `broken link "${url}": no such page`);
    return;
  }
  const slug = match[1] ?? "";
  const headings = anchors.get(slug);
  if (!headings) at(place, `broken link "${url}": no lesson with slug "${slug}"`);
  else if (anchor !== undefined && !headings.has(anchor))
    at(place, `broken link "${url}": no heading "${anchor}" in lesson "${slug}"`);
}

function jsxProps(node: MdxJsxFlowElement | MdxJsxTextElement, at: At) {
  const props: Record<string, Literal> = {};
  const unreadable = new Set<string>();
  for (const attribute of node.attributes) {
    const place = attribute.position ? placeOf(attribute) : placeOf(node);
    if (attribute.type === "mdxJsxExpressionAttribute") {
      at(place, `<${node.name}>: spread props are not allowed`);
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
        at(place, `<${node.name}> prop "${attribute.name}": ${result.error}`);
      }
    }
  }
  return { props, unreadable };
}

function checkComponent(node: MdxJsxFlowElement | MdxJsxTextElement, spec: ComponentSpec, at: At) {
  const place = placeOf(node);
  const { props, unreadable } = jsxProps(node, at);
  const result = spec.props.safeParse(props);
  if (!result.success) {
    for (const issue of result.error.issues) {
      if (unreadable.has(String(issue.path[0]))) continue;
      if (issue.code === "unrecognized_keys")
        for (const key of issue.keys) at(place, `<${node.name}>: unknown prop "${key}"`);
      else if (issue.path.length === 1 && props[String(issue.path[0])] === undefined)
        at(place, `<${node.name}>: missing required prop "${String(issue.path[0])}"`);
      else at(place, `<${node.name}> prop "${issue.path.join(".")}": ${issue.message}`);
    }
  }
  const hasChildren = node.children.length > 0;
  if (spec.children === "required" && !hasChildren) at(place, `<${node.name}> needs content between its tags`);
  if (spec.children === "none" && hasChildren) at(place, `<${node.name}> takes no children`);
}

function checkBody(lesson: ParsedLesson, context: LessonCheckContext, at: At) {
  const { specs, lessons } = context;
  const used = new Set<string>();
  visit(lesson.tree, (node) => {
    const place = placeOf(node);
    if (node.type === "link" || node.type === "definition") checkLink(node.url, place, lesson, lessons.anchors, at);
    else if (node.type === "image") {
      if (/^[a-z]+:/i.test(node.url))
        at(place, `image "${node.url}" must be a file under public/ (lessons render without network)`);
      else if (!node.url.startsWith("/") || !context.publicFileExists(node.url))
        at(place, `missing image "${node.url}" (expected under public/)`);
    } else if (node.type === "mdxjsEsm")
      at(place, "import/export is not allowed in lessons: components come from the registry");
    else if (node.type === "mdxFlowExpression" || node.type === "mdxTextExpression")
      at(place, "JavaScript expressions are not allowed in lesson text");
    else if (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") {
      const name = node.name;
      if (!name || /^[a-z]/.test(name)) return;
      const spec = specs[name];
      if (!spec) at(place, `unknown component <${name}> (registered: ${Object.keys(specs).join(", ")})`);
      else {
        used.add(name);
        // Every registered component renders a block (a figure, an aside, the lab). Written inside a paragraph it
        // would put that block in a <p>, which the browser's parser splits: the page then fails to hydrate.
        if (node.type === "mdxJsxTextElement")
          at(
            place,
            `<${name}> must stand on its own lines, with a blank line before and after it, not inside a paragraph`,
          );
        checkComponent(node, spec, at);
      }
    }
  });
  if (lesson.frontmatter)
    for (const embed of REQUIRED_EMBEDS) if (!used.has(embed)) at(1, `lesson embeds no <${embed}>`);
}

/** Every rule on one parsed lesson, against the others in `context` (which include it). */
function checkLesson(lesson: ParsedLesson, context: LessonCheckContext, report: Report) {
  const at: At = (place, message) => report(lesson.file.path, place, message);
  checkUniqueness(lesson, context.lessons, at);
  checkPrerequisites(lesson, context.lessons.orders, at);
  checkBody(lesson, context, at);
}

/**
 * The context one more lesson is checked in: the quizzes it may embed and every lesson in `input` except the file
 * named `replacing` (the lesson being edited). Problems in those files are not reported here: content:check does.
 */
export function lessonCheckContext(input: CheckInput, replacing?: string): LessonCheckContext {
  const ignore: Report = () => {};
  const lessons = input.lessons
    .filter((file) => replacing === undefined || basename(file.path) !== replacing)
    .flatMap((file) => parseLesson(file, ignore, false) ?? []);
  return {
    specs: componentSpecs({ quizIds: quizIdsOf(input.quizzes) }),
    lessons: indexLessons(lessons),
    publicFileExists: input.publicFileExists,
  };
}

export interface LessonSourceCheck {
  readonly diagnostics: Diagnostic[];
  /** The parsed MDX, or undefined when it does not parse. */
  readonly tree?: Root;
}

/**
 * One lesson's text checked with content:check's rules, as if it were added after the lessons in `context`: the
 * authoring preview's check. Without `checkFileName` (pasted text has no file name) the name rule is skipped.
 */
export function checkLessonSource(
  file: SourceFile,
  context: LessonCheckContext,
  options: { readonly checkFileName: boolean },
): LessonSourceCheck {
  const diagnostics: Diagnostic[] = [];
  const report: Report = (path, place, message) => diagnostics.push(diagnosticAt(path, place, message));
  const lesson = parseLesson(file, report, options.checkFileName);
  if (lesson) checkLesson(lesson, { ...context, lessons: indexLessons([lesson], context.lessons) }, report);
  return { diagnostics: sortDiagnostics(diagnostics), tree: lesson?.tree };
}

/** Every content rule in one pass; returns diagnostics sorted by file and line. */
export function checkContent(input: CheckInput): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const report: Report = (file, place, message) => diagnostics.push(diagnosticAt(file, place, message));
  const quizzes = checkQuizzes(input.quizzes, report);
  const lessons = input.lessons.flatMap((file) => parseLesson(file, report, true) ?? []);
  const context: LessonCheckContext = {
    specs: componentSpecs({ quizIds: quizzes.flatMap((quiz) => (quiz.id ? [quiz.id] : [])) }),
    lessons: indexLessons(lessons),
    publicFileExists: input.publicFileExists,
  };
  for (const lesson of lessons) checkLesson(lesson, context, report);
  const { orders, anchors } = context.lessons;
  for (const quiz of quizzes) {
    if (quiz.lesson && !orders.has(quiz.lesson))
      report(quiz.file.path, quiz.yaml.pointOf(["lesson"]), `quiz lesson "${quiz.lesson}" is not a lesson slug`);
    for (const { url, place } of quiz.readMore) {
      const [, slug = "", anchor = ""] = /^\/learn\/([^#]+)#(.+)$/.exec(url) ?? [];
      const headings = anchors.get(slug);
      if (!headings) report(quiz.file.path, place, `readMore "${url}": no lesson with slug "${slug}"`);
      else if (!headings.has(anchor))
        report(quiz.file.path, place, `readMore "${url}": no heading "${anchor}" in lesson "${slug}"`);
    }
  }
  return sortDiagnostics(diagnostics);
}
