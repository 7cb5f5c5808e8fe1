import { transformerStyleToClass } from "@shikijs/transformers";
import { compileMDX } from "next-mdx-remote/rsc";
import type { ReactNode } from "react";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import { COMPONENT_NAMES } from "@/lib/content/component-registry";
import { LESSON_PREVIEW_LIMITS } from "@/lib/content/lesson-preview-limits";
import { remarkPreviewTree } from "@/lib/content/preview-tree";
import { lessonRehypePlugins } from "./compile-lesson";
import { previewComponents } from "./preview-components";
import { MARKDOWN_FLOW } from "./markdown-elements";

export type CompiledPreview = { ok: true; content: ReactNode } | { ok: false; error: string };

/**
 * Renders an author's lesson text for the authoring preview, never running any of it. remarkPreviewTree keeps the
 * registered components' literal props as data and turns everything else that is not Markdown into placeholders;
 * then next-mdx-remote's blockJS removes every remaining expression (`{…}`, non-literal props, spreads) and
 * import/export, so the function it builds holds only the compiler's own JSX calls. The frontmatter is parsed by
 * remark, not by a YAML loader that could throw. Call it only on text lib/content/lesson-preview.ts has bounded.
 */
export async function compileLessonPreview(
  source: string,
  { quizIds, highlight }: { readonly quizIds: readonly string[]; readonly highlight: boolean },
): Promise<CompiledPreview> {
  const toClasses = transformerStyleToClass({ classPrefix: "hl-" });
  try {
    const { content } = await compileMDX({
      source,
      components: previewComponents(quizIds),
      options: {
        blockJS: true,
        blockDangerousJS: true,
        mdxOptions: {
          remarkPlugins: [
            [remarkFrontmatter, ["yaml"]],
            remarkGfm,
            [remarkPreviewTree, { components: COMPONENT_NAMES, maxEmbeds: LESSON_PREVIEW_LIMITS.embeds }],
          ],
          rehypePlugins: lessonRehypePlugins(
            toClasses,
            highlight && { tokenizeMaxLineLength: 1000, tokenizeTimeLimit: 100 },
          ),
        },
      },
    });
    return {
      ok: true,
      content: (
        <>
          {highlight ? (
            <style>{toClasses.getCSS()}</style>
          ) : (
            <p className="mb-4 text-sm text-slate-600 dark:text-slate-300">
              Code is shown without highlighting: the preview highlights at most{" "}
              {LESSON_PREVIEW_LIMITS.highlightedCode.toLocaleString("en-GB")} characters of code.
            </p>
          )}
          <div className={MARKDOWN_FLOW}>{content}</div>
        </>
      ),
    };
  } catch (error) {
    const message = error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
    return { ok: false, error: `The lesson could not be rendered: ${message}` };
  }
}
