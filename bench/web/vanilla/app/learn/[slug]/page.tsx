import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { ReactNode } from "react";
import { MDXRemote } from "next-mdx-remote/rsc";
import remarkGfm from "remark-gfm";

/**
 * The vanilla reference page of `npm run bench:web`: the lesson's MDX text
 * rendered by next-mdx-remote with GitHub-flavoured Markdown (so tables are
 * tables, as in Quorum) and nothing else. Quorum's embeds (labs, diagrams,
 * quizzes, callouts) become a plain <div> around whatever text they wrap.
 * The bench copies this app and the lesson files to .tmp/bench/vanilla-<pid>.
 */
const lessonsDir = path.join(process.cwd(), "lessons");

export const dynamicParams = false;

export function generateStaticParams() {
  return readdirSync(lessonsDir)
    .filter((file) => file.endsWith(".mdx"))
    .map((file) => ({ slug: file.slice(0, -".mdx".length) }));
}

function Plain({ children }: { children?: ReactNode }) {
  return <div>{children}</div>;
}

export default async function Lesson({ params }: { params: Promise<{ slug: string }> }) {
  const source = readFileSync(path.join(lessonsDir, `${(await params).slug}.mdx`), "utf8");
  const embeds = new Set([...source.matchAll(/<([A-Z][A-Za-z0-9]*)/g)].map((match) => match[1] ?? ""));
  const components = Object.fromEntries([...embeds].map((name) => [name, Plain]));
  // blockJS off as in Quorum: the lessons' embed props are expressions (controls={["lag"]}).
  return (
    <MDXRemote
      source={source}
      components={components}
      options={{ parseFrontmatter: true, blockJS: false, mdxOptions: { remarkPlugins: [remarkGfm] } }}
    />
  );
}
