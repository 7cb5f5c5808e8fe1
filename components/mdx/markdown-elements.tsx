import Link from "next/link";
import type { ComponentPropsWithoutRef } from "react";

/**
 * A container whose direct children are a lesson's Markdown blocks: app/(learn)/lesson.css styles headings,
 * paragraphs, lists, links and inline code by where they sit under it, so those elements carry no class of their own
 * (classes on every paragraph were a tenth of a lesson's HTML and again of its flight data). The lesson body, a
 * callout's text and an interview line's quote are such containers; an embed's own markup is not.
 */
export const MARKDOWN_FLOW = "md";

/** The Markdown elements that need more than position to be styled: links, tables and code blocks. */
export const markdownElements = {
  a: ({ href = "", ...props }: ComponentPropsWithoutRef<"a">) =>
    href.startsWith("/") || href.startsWith("#") ? <Link href={href} {...props} /> : <a href={href} {...props} />,
  blockquote: (props: ComponentPropsWithoutRef<"blockquote">) => (
    <blockquote {...props} className="my-4 border-l-4 border-slate-300 pl-4 italic dark:border-slate-600" />
  ),
  table: (props: ComponentPropsWithoutRef<"table">) => (
    <div
      className="md-table my-6 overflow-x-auto rounded-lg border border-slate-200 dark:border-slate-700"
      role="region"
      aria-label="Table"
      tabIndex={0}
    >
      <table {...props} className="w-full border-collapse text-left text-sm" />
    </div>
  ),
  pre: (props: ComponentPropsWithoutRef<"pre">) => (
    <pre
      {...props}
      tabIndex={0}
      className={`${props.className ?? ""} my-6 overflow-x-auto rounded-xl border border-slate-200 p-4 text-sm leading-6 dark:border-slate-700`}
    />
  ),
};
