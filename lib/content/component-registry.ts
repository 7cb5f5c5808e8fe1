import { z } from "zod";
import { controlMisfit, LAB_CONTROLS } from "@/lib/lab/lab-controls";
import { scenarios } from "@/lib/sim/scenarios";
import { DIAGRAM_NAMES } from "./diagram-catalog";
import { SCENARIO_IDS } from "./scenario-catalog";

/** Lab controls a lesson may ask the reader to try: the lab's own list, so the two cannot drift apart. */
export const SIMULATION_CONTROLS = LAB_CONTROLS;
export const CALLOUT_KINDS = ["note", "tip", "warning", "correction"] as const;

/** Values that only exist once content is loaded (quiz ids are files in content/quizzes). */
export interface RegistryContext {
  readonly quizIds: readonly string[];
}

export type ChildrenRule = "required" | "none";

export interface ComponentSpec<S extends z.ZodType = z.ZodType> {
  readonly description: string;
  readonly children: ChildrenRule;
  readonly props: S;
  readonly example: string;
  /** Props whose allowed values live elsewhere (registries, files): documented by this text, not by listing them. */
  readonly documentedAs?: Readonly<Record<string, string>>;
}

function oneOf<const T extends readonly [string, ...string[]]>(values: T, what: string) {
  return z.enum(values, { error: (issue) => `${JSON.stringify(issue.input)} is not a known ${what}` });
}

function quizIdSchema(ids: readonly string[]) {
  const [first, ...rest] = ids;
  if (first === undefined)
    return z.string().refine(() => false, { error: (issue) => `${JSON.stringify(issue.input)} is not a known quiz` });
  return oneOf([first, ...rest], "quiz");
}

/**
 * The one registry of MDX components: rendering validates props with these
 * schemas, content:check validates every use in content/, and the README and
 * /authoring page document them from the same objects.
 */
export function componentSpecs(context: RegistryContext) {
  return {
    Simulation: {
      description: "Embeds the interactive lab on a simulator scenario, showing only the controls the lesson lists.",
      children: "none",
      props: z
        .strictObject({
          scenario: oneOf(SCENARIO_IDS, "scenario").describe("Scenario id from the simulator's registry."),
          controls: z
            .array(oneOf(SIMULATION_CONTROLS, "lab control"))
            .min(1)
            .describe("Lab controls the reader is invited to use."),
        })
        .superRefine(({ scenario, controls }, ctx) => {
          const protocol = scenarios[scenario]?.topology.protocol;
          if (protocol === undefined) return;
          controls.forEach((control, i) => {
            const misfit = controlMisfit(control, protocol);
            if (misfit !== null) ctx.addIssue({ code: "custom", path: ["controls", i], message: misfit });
          });
        }),
      example: '<Simulation scenario="lag-stale-read" controls={["lag"]} />',
      documentedAs: { scenario: "string: a scenario name from listScenarios() in lib/sim/scenarios" },
    },
    Quiz: {
      description: 'Renders the review prompts of content/quizzes/<id>.yaml as "Check your understanding".',
      children: "none",
      props: z.strictObject({
        id: quizIdSchema(context.quizIds).describe("Quiz id: a file name in content/quizzes/."),
      }),
      example: '<Quiz id="single-leader-basics" />',
      documentedAs: { id: "string: the name of a file in content/quizzes/ without .yaml" },
    },
    InterviewLine: {
      description: "What a strong candidate would say, set apart from the text. Write it in the first person.",
      children: "required",
      props: z.strictObject({}),
      example: "<InterviewLine>\nReplicas scale reads, not writes.\n</InterviewLine>",
    },
    Callout: {
      description: 'An aside. Use kind="correction" where a source gets a fact wrong, and teach the correction.',
      children: "required",
      props: z.strictObject({
        kind: oneOf(CALLOUT_KINDS, "callout kind").describe("Visual style and the label read out to screen readers."),
        title: z.string().min(1).optional().describe("Short heading for the aside."),
      }),
      example: '<Callout kind="warning" title="Silent fallback">\nText.\n</Callout>',
    },
    Diagram: {
      description:
        "A diagram (an SVG drawn from components/diagrams, one file per colour theme) with a caption and a text alternative.",
      children: "none",
      props: z.strictObject({
        name: oneOf(DIAGRAM_NAMES as [string, ...string[]], "diagram").describe(
          "Diagram name from lib/content/diagram-catalog.ts.",
        ),
      }),
      example: '<Diagram name="semi-sync-ack" />',
    },
  } satisfies Record<string, ComponentSpec>;
}

export type ComponentSpecs = ReturnType<typeof componentSpecs>;
export type ComponentName = keyof ComponentSpecs;
export type ComponentProps<N extends ComponentName> = z.infer<ComponentSpecs[N]["props"]>;
export const COMPONENT_NAMES: readonly ComponentName[] = ["Simulation", "Quiz", "InterviewLine", "Callout", "Diagram"];
