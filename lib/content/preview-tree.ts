import type { Root } from "mdast";
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";
import { visit } from "unist-util-visit";
import { evaluateLiteral } from "./literal";

/** Props the preview adds to a component it renders: which props hold JSON, and the source line. */
export const LITERAL_PROPS = "__literal";
export const SOURCE_LINE = "__line";
/** Set on a placeholder that stands in a line of text (it must not open a block there). */
export const INLINE = "__inline";
/** The component that stands in for anything the preview will not render. */
export const PLACEHOLDER = "PreviewPlaceholder";

export type PlaceholderReason = "unknown" | "html" | "limit";

/** Inline HTML an author might reach for that renders nothing active; kept, without attributes. */
const PLAIN_HTML = new Set([
  "abbr",
  "b",
  "br",
  "code",
  "del",
  "em",
  "i",
  "kbd",
  "mark",
  "p",
  "s",
  "small",
  "span",
  "strong",
  "sub",
  "sup",
  "u",
]);
const SAFE_URL = /^(?:https?:|mailto:|[/#?.]|[^:]*$)/i;

export interface PreviewTreeOptions {
  /** The registered lesson components, rendered with their props. */
  readonly components: readonly string[];
  /** How many of them are rendered; later ones become placeholders. */
  readonly maxEmbeds: number;
}

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

const attribute = (name: string, value: string): MdxJsxAttribute => ({ type: "mdxJsxAttribute", name, value });

function placeholder(node: JsxElement, reason: PlaceholderReason) {
  node.attributes = [
    attribute("name", node.name ?? ""),
    attribute("reason", reason),
    attribute(SOURCE_LINE, String(node.position?.start.line ?? 1)),
    ...(node.type === "mdxJsxTextElement" ? [attribute(INLINE, "true")] : []),
  ];
  node.name = PLACEHOLDER;
}

/**
 * A literal prop (`controls={["lag"]}`) becomes its JSON in a string prop, named in LITERAL_PROPS, so the component
 * gets it back without the text ever being run; the props that are not literals stay expressions, which blockJS
 * then removes.
 */
function literalProps(node: JsxElement) {
  const literal: string[] = [];
  for (const prop of node.attributes) {
    if (prop.type !== "mdxJsxAttribute" || prop.value === null || typeof prop.value !== "object") continue;
    const result = evaluateLiteral(prop.value.data?.estree);
    if (!result.success) continue;
    prop.value = JSON.stringify(result.data);
    literal.push(prop.name);
  }
  node.attributes = node.attributes.filter((prop) => prop.type === "mdxJsxAttribute");
  node.attributes.push(attribute(LITERAL_PROPS, literal.join(" ")));
  node.attributes.push(attribute(SOURCE_LINE, String(node.position?.start.line ?? 1)));
}

/**
 * The authoring preview's remark step, run before next-mdx-remote's blockJS: registered components keep their literal
 * props (as JSON strings), everything else that is not plain Markdown turns into a placeholder (unknown components,
 * HTML beyond a few inline tags, embeds past the limit), and links and images lose URLs with other schemes than
 * http(s) and mailto. With expressions and import/export then removed by blockJS, nothing from the author's text
 * is ever run as code.
 */
export function remarkPreviewTree(options: PreviewTreeOptions) {
  const registered = new Set(options.components);
  return (tree: Root) => {
    let embeds = 0;
    visit(tree, (node) => {
      if (node.type === "link" || node.type === "image" || node.type === "definition") {
        if (!SAFE_URL.test(node.url.trim())) node.url = "#";
        return;
      }
      if (node.type !== "mdxJsxFlowElement" && node.type !== "mdxJsxTextElement") return;
      const name = node.name;
      if (name === null) return;
      if (registered.has(name)) {
        if (++embeds > options.maxEmbeds) placeholder(node, "limit");
        else literalProps(node);
      } else if (PLAIN_HTML.has(name)) node.attributes = [];
      else placeholder(node, /^[a-z][a-z0-9-]*$/.test(name) ? "html" : "unknown");
    });
  };
}
