import type { ComponentType, ReactNode } from "react";
import { COMPONENT_NAMES, componentSpecs, type ComponentName } from "@/lib/content/component-registry";
import { LESSON_PREVIEW_LIMITS } from "@/lib/content/lesson-preview-limits";
import { INLINE, LITERAL_PROPS, PLACEHOLDER, SOURCE_LINE, type PlaceholderReason } from "@/lib/content/preview-tree";
import { markdownElements } from "./markdown-elements";
import { lessonEmbeds } from "./registry";

type Props = Record<string, unknown> & { children?: ReactNode };

interface NoticeProps {
  readonly line: unknown;
  readonly message: string;
  /** In a line of text: spans, so the paragraph around it stays valid HTML. */
  readonly inline?: boolean;
  readonly children?: ReactNode;
}

/** Where the preview leaves something out, at its line, in place of what it would have drawn. */
function PreviewNotice({ line, message, inline = false, children }: NoticeProps) {
  const Box = inline ? "span" : "div";
  return (
    <Box
      role="note"
      className={`${inline ? "mx-1 inline-block px-2 py-0.5" : "my-4 block px-4 py-3"} rounded-lg border-2 border-dashed border-amber-500 bg-amber-50 text-sm text-amber-950 dark:bg-amber-950/40 dark:text-amber-100`}
    >
      <Box className="block font-medium">
        Line {String(line)}: {message}
      </Box>
      {children ? <Box className="mt-2 block opacity-80">{children}</Box> : null}
    </Box>
  );
}

const REASONS: Record<PlaceholderReason, (name: string) => string> = {
  unknown: (name) => `<${name}> is not a lesson component, so the preview leaves it out.`,
  html: (name) => `<${name}> is HTML the preview does not render.`,
  limit: (name) =>
    `<${name}> is past the first ${LESSON_PREVIEW_LIMITS.embeds} components, which is all the preview renders.`,
};

function Placeholder({ name, reason, [SOURCE_LINE]: line, [INLINE]: inline, children }: Props) {
  const why = REASONS[reason as PlaceholderReason] ?? REASONS.unknown;
  return (
    <PreviewNotice line={line} message={why(String(name))} inline={inline === "true"}>
      {children}
    </PreviewNotice>
  );
}

/** Props named in LITERAL_PROPS back from their JSON (remarkPreviewTree wrote it; no code is run). */
function decodeLiterals(props: Record<string, unknown>, names: unknown): Record<string, unknown> {
  const decoded = { ...props };
  for (const name of typeof names === "string" ? names.split(" ").filter(Boolean) : []) {
    const value = decoded[name];
    if (typeof value !== "string") continue;
    try {
      decoded[name] = JSON.parse(value) as unknown;
    } catch {
      // Not ours: the author wrote the marker prop by hand. Leave the string for the schema to judge.
    }
  }
  return decoded;
}

/**
 * A registered component as the preview renders it: props checked by the registry schema like the lesson page does,
 * but a mismatch shows a notice (the check has listed the problem) instead of failing the page.
 */
function previewed(name: ComponentName, quizIds: readonly string[]): ComponentType<Props> {
  const schema = componentSpecs({ quizIds })[name].props;
  const Render = lessonEmbeds[name] as ComponentType<Props>;
  function Previewed({ children, [LITERAL_PROPS]: literal, [SOURCE_LINE]: line, ...props }: Props) {
    const result = schema.safeParse(decodeLiterals(props, literal));
    if (!result.success)
      return <PreviewNotice line={line} message={`<${name}> is not rendered: its props do not match the registry.`} />;
    return <Render {...result.data}>{children}</Render>;
  }
  Previewed.displayName = `Previewed${name}`;
  return Previewed;
}

/** Everything the preview renders: Markdown element styles, the registered embeds and the placeholder. */
export function previewComponents(quizIds: readonly string[]): Record<string, ComponentType<Props>> {
  return {
    ...(markdownElements as Record<string, ComponentType<Props>>),
    ...Object.fromEntries(COMPONENT_NAMES.map((name) => [name, previewed(name, quizIds)])),
    [PLACEHOLDER]: Placeholder,
  };
}
