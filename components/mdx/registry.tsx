import type { ComponentType, ReactNode } from "react";
import { componentSpecs, type ComponentName } from "@/lib/content/component-registry";
import { quizIdsOnDisk } from "@/lib/content/docs";
import { Callout } from "./callout";
import { Diagram } from "./diagram";
import { InterviewLine } from "./interview-line";
import { markdownElements } from "./markdown-elements";
import { QuizEmbed } from "./quiz-embed";
import { SimulationEmbed } from "./simulation-embed";

type Props = Record<string, unknown> & { children?: ReactNode };

/** Validates props against the registry schema before rendering, so a bad prop fails the build, never the reader. */
function validated(name: ComponentName, Component: ComponentType<never>): ComponentType<Props> {
  function Validated({ children, ...props }: Props) {
    const result = componentSpecs({ quizIds: quizIdsOnDisk() })[name].props.safeParse(props);
    if (!result.success) throw new Error(`<${name}>: ${result.error.issues.map((issue) => issue.message).join("; ")}`);
    const Render = Component as ComponentType<Props>;
    return <Render {...result.data}>{children}</Render>;
  }
  Validated.displayName = `Validated${name}`;
  return Validated;
}

/** The registered components' renderers, by registry name. */
export const lessonEmbeds: Record<ComponentName, ComponentType<never>> = {
  Simulation: SimulationEmbed,
  Quiz: QuizEmbed,
  InterviewLine,
  Callout,
  Diagram,
};

/** Everything a lesson may use: Markdown element styles plus the registered embeds. */
export const mdxComponents = {
  ...markdownElements,
  ...Object.fromEntries(
    Object.entries(lessonEmbeds).map(([name, Component]) => [name, validated(name as ComponentName, Component)]),
  ),
};
