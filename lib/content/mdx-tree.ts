import GithubSlugger from "github-slugger";
import type { Heading, Root, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";

const parser = unified().use(remarkParse).use(remarkFrontmatter, ["yaml"]).use(remarkMdx).use(remarkGfm);

/** Parses an .mdx file the way the renderer sees it. Throws a VFileMessage (with line) on MDX syntax errors. */
export function parseMdx(source: string): Root {
  return parser.runSync(parser.parse(source)) as Root;
}

export interface HeadingInfo {
  readonly depth: number;
  readonly text: string;
  readonly id: string;
  readonly line: number;
}

/** Every heading with the id rehype-slug will give it: same slugger, same order, same text. */
export function headingsOf(tree: Root): HeadingInfo[] {
  const slugger = new GithubSlugger();
  const headings: HeadingInfo[] = [];
  visit(tree, "heading", (node: Heading) => {
    const text = toString(node);
    headings.push({ depth: node.depth, text, id: slugger.slug(text), line: node.position?.start.line ?? 1 });
  });
  return headings;
}

function isProse(node: RootContent): boolean {
  return node.type !== "yaml" && node.type !== "mdxjsEsm" && node.type !== "code";
}

/** Reader-visible words: prose and component text, not frontmatter or code blocks. */
export function wordCount(tree: Root): number {
  const text = tree.children
    .filter(isProse)
    .map((node) => toString(node))
    .join(" ");
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

export interface Section {
  readonly headingId: string;
  readonly heading: string;
  readonly text: string;
}

/** Splits a lesson into h2/h3 sections for search; text before the first heading belongs to "". */
export function sectionsOf(tree: Root): Section[] {
  const ids = headingsOf(tree);
  let index = 0;
  const sections: { headingId: string; heading: string; parts: string[] }[] = [
    { headingId: "", heading: "", parts: [] },
  ];
  for (const node of tree.children) {
    if (node.type === "heading") {
      const info = ids[index++];
      if (info && node.depth <= 3) {
        sections.push({ headingId: info.id, heading: info.text, parts: [] });
        continue;
      }
    }
    if (node.type === "yaml" || node.type === "mdxjsEsm") continue;
    sections.at(-1)?.parts.push(toString(node));
  }
  return sections
    .map((section) => ({
      headingId: section.headingId,
      heading: section.heading,
      text: section.parts.join(" ").replace(/\s+/g, " ").trim(),
    }))
    .filter((section) => section.heading !== "" || section.text !== "");
}
