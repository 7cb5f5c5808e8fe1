import rehypeShiki from "@shikijs/rehype";
import { compileMDX } from "next-mdx-remote/rsc";
import rehypeSlug from "rehype-slug";
import remarkGfm from "remark-gfm";
import { mdxComponents } from "./registry";

/**
 * Compiles a lesson at build time: GitHub-flavoured Markdown, heading ids that
 * match lib/content's table of contents, and code highlighted by shiki in a
 * light and a dark theme (switched by CSS, no client JavaScript). blockJS is
 * off because lessons are trusted repository content whose props use
 * expressions (controls={["lag"]}); content:check allows only literals there.
 */
export async function compileLesson(source: string) {
  const { content } = await compileMDX({
    source,
    components: mdxComponents,
    options: {
      parseFrontmatter: true,
      blockJS: false,
      mdxOptions: {
        remarkPlugins: [remarkGfm],
        rehypePlugins: [
          rehypeSlug,
          [rehypeShiki, { themes: { light: "github-light", dark: "github-dark" }, langs: ["ini", "sql", "js", "ts", "bash", "yaml", "json", "text"], defaultLanguage: "text" }],
        ],
      },
    },
  });
  return content;
}
