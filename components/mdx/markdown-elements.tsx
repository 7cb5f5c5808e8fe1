import Link from "next/link";
import type { ComponentPropsWithoutRef } from "react";

/** Styles for the Markdown parts of a lesson: the page has no typography plugin, so the elements carry their own classes. */
export const markdownElements = {
  h2: (props: ComponentPropsWithoutRef<"h2">) => <h2 {...props} className="mt-12 scroll-mt-24 text-2xl font-bold tracking-tight" />,
  h3: (props: ComponentPropsWithoutRef<"h3">) => <h3 {...props} className="mt-8 scroll-mt-24 text-xl font-semibold" />,
  h4: (props: ComponentPropsWithoutRef<"h4">) => <h4 {...props} className="mt-6 scroll-mt-24 font-semibold" />,
  p: (props: ComponentPropsWithoutRef<"p">) => <p {...props} className="my-4 leading-7" />,
  ul: (props: ComponentPropsWithoutRef<"ul">) => <ul {...props} className="my-4 list-disc space-y-2 pl-6 leading-7" />,
  ol: (props: ComponentPropsWithoutRef<"ol">) => <ol {...props} className="my-4 list-decimal space-y-2 pl-6 leading-7" />,
  a: ({ href = "", ...props }: ComponentPropsWithoutRef<"a">) =>
    href.startsWith("/") || href.startsWith("#") ? (
      <Link href={href} {...props} className="font-medium text-brand-700 underline underline-offset-2 hover:text-brand-600 dark:text-brand-100" />
    ) : (
      <a href={href} {...props} className="font-medium text-brand-700 underline underline-offset-2 dark:text-brand-100" />
    ),
  blockquote: (props: ComponentPropsWithoutRef<"blockquote">) => <blockquote {...props} className="my-4 border-l-4 border-slate-300 pl-4 italic dark:border-slate-600" />,
  table: (props: ComponentPropsWithoutRef<"table">) => (
    <div className="my-6 overflow-x-auto rounded-lg border border-slate-200 dark:border-slate-700" role="region" aria-label="Table" tabIndex={0}>
      <table {...props} className="w-full border-collapse text-left text-sm" />
    </div>
  ),
  th: (props: ComponentPropsWithoutRef<"th">) => <th {...props} className="border-b border-slate-200 bg-slate-50 px-3 py-2 font-semibold dark:border-slate-700 dark:bg-slate-900" />,
  td: (props: ComponentPropsWithoutRef<"td">) => <td {...props} className="border-b border-slate-100 px-3 py-2 align-top dark:border-slate-800" />,
  code: (props: ComponentPropsWithoutRef<"code">) => <code {...props} className="rounded bg-slate-100 px-1 py-0.5 font-mono text-[0.9em] [overflow-wrap:anywhere] dark:bg-slate-800 [pre_&]:bg-transparent [pre_&]:p-0 [pre_&]:[overflow-wrap:normal]" />,
  pre: (props: ComponentPropsWithoutRef<"pre">) => <pre {...props} tabIndex={0} className={`${props.className ?? ""} my-6 overflow-x-auto rounded-xl border border-slate-200 p-4 text-sm leading-6 dark:border-slate-700`} />,
};
