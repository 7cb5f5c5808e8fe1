import rehypeShiki from "@shikijs/rehype";
import { transformerStyleToClass } from "@shikijs/transformers";
import { compileMDX } from "next-mdx-remote/rsc";
import rehypeSlug from "rehype-slug";
import remarkGfm from "remark-gfm";
import type { PluggableList } from "unified";
import { mdxComponents } from "./registry";

type ClassTransformer = ReturnType<typeof transformerStyleToClass>;

/** Bounds on shiki's work per line, or false for no highlighting (code shows as plain text). */
export type Highlighting = false | { readonly tokenizeMaxLineLength?: number; readonly tokenizeTimeLimit?: number };

/**
 * Heading ids that match lib/content's table of contents, and code highlighted by shiki in a light and a dark theme
 * (switched by CSS, no client JavaScript). Each token gets a class rather than a style attribute, and the lesson
 * carries the few rules those classes need once, in a <style> element. The authoring preview bounds the
 * highlighting, or turns it off, for text nobody has reviewed.
 */
export function lessonRehypePlugins(toClasses: ClassTransformer, highlighting: Highlighting = {}): PluggableList {
  if (highlighting === false) return [rehypeSlug];
  return [
    rehypeSlug,
    [
      rehypeShiki,
      {
        themes: { light: "github-light", dark: "github-dark" },
        langs: ["ini", "sql", "js", "ts", "bash", "yaml", "json", "text"],
        defaultLanguage: "text",
        transformers: [toClasses],
        ...highlighting,
      },
    ],
  ];
}

/**
 * Compiles a lesson at build time: GitHub-flavoured Markdown and lessonRehypePlugins. blockJS is off because lessons
 * are trusted repository content whose props use expressions (controls={["lag"]}); content:check allows only literals
 * there. Text from elsewhere goes through compile-preview.tsx instead.
 */
export function compileLesson(source: string) {
  // Metadata and the page both ask for a lesson: compile each source once per process.
  let compiled = compiledBySource.get(source);
  if (!compiled) {
    compiled = compile(source);
    compiledBySource.set(source, compiled);
    compiled.catch(() => compiledBySource.delete(source));
  }
  return compiled;
}

const compiledBySource = new Map<string, ReturnType<typeof compile>>();

async function compile(source: string) {
  const toClasses = transformerStyleToClass({ classPrefix: "hl-" });
  const { content } = await compileMDX({
    source,
    components: mdxComponents,
    options: {
      parseFrontmatter: true,
      blockJS: false,
      mdxOptions: { remarkPlugins: [remarkGfm], rehypePlugins: lessonRehypePlugins(toClasses) },
    },
  });
  return (
    <>
      <style>{toClasses.getCSS()}</style>
      {content}
    </>
  );
}
