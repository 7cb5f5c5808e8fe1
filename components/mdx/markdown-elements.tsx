import Link from "next/link";
import type { ComponentPropsWithoutRef } from "react";

/**
 * Styles for the Markdown parts of a lesson: the page has no typography plugin, so each element carries a class from
 * app/(learn)/lesson.css.
 */
export const markdownElements = {
  h2: (props: ComponentPropsWithoutRef<"h2">) => <h2 {...props} className="md-h2" />,
  h3: (props: ComponentPropsWithoutRef<"h3">) => <h3 {...props} className="md-h3" />,
  h4: (props: ComponentPropsWithoutRef<"h4">) => <h4 {...props} className="md-h4" />,
  p: (props: ComponentPropsWithoutRef<"p">) => <p {...props} className="md-p" />,
  ul: (props: ComponentPropsWithoutRef<"ul">) => <ul {...props} className="md-ul" />,
  ol: (props: ComponentPropsWithoutRef<"ol">) => <ol {...props} className="md-ol" />,
  a: ({ href = "", ...props }: ComponentPropsWithoutRef<"a">) =>
    href.startsWith("/") || href.startsWith("#") ? (
      <Link href={href} {...props} className="md-a md-a-local" />
    ) : (
      <a href={href} {...props} className="md-a" />
    ),
  blockquote: (props: ComponentPropsWithoutRef<"blockquote">) => (
    <blockquote {...props} className="my-4 border-l-4 border-slate-300 pl-4 italic dark:border-slate-600" />
  ),
  table: (props: ComponentPropsWithoutRef<"table">) => (
    <div
      className="my-6 overflow-x-auto rounded-lg border border-slate-200 dark:border-slate-700"
      role="region"
      aria-label="Table"
      tabIndex={0}
    >
      <table {...props} className="w-full border-collapse text-left text-sm" />
    </div>
  ),
  th: (props: ComponentPropsWithoutRef<"th">) => <th {...props} className="md-th" />,
  td: (props: ComponentPropsWithoutRef<"td">) => <td {...props} className="md-td" />,
  code: (props: ComponentPropsWithoutRef<"code">) => <code {...props} className="md-code" />,
  pre: (props: ComponentPropsWithoutRef<"pre">) => (
    <pre
      {...props}
      tabIndex={0}
      className={`${props.className ?? ""} my-6 overflow-x-auto rounded-xl border border-slate-200 p-4 text-sm leading-6 dark:border-slate-700`}
    />
  ),
};
