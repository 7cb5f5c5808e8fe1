/**
 * The lab's controls, by name. Lessons pick from this list in
 * `<Simulation controls={[…]} />`, and the MDX schema (lib/content/component-registry.ts)
 * checks their choice against it.
 */
export const LAB_CONTROLS = [
  "lag",
  "partition",
  "promote",
  "crash",
  "fencing",
  "sync-mode",
  "clock-skew",
  "write",
  "read",
  "drop",
  "topology",
  "sweep",
] as const;
// "clock-skew": clocks are scenario data (no action changes them yet), so the lab shows each node's offset only.

export type LabControl = (typeof LAB_CONTROLS)[number];

/** Everything on: the standalone /lab page. */
export const ALL_LAB_CONTROLS: readonly LabControl[] = LAB_CONTROLS;

export function isLabControl(name: string): name is LabControl {
  return (LAB_CONTROLS as readonly string[]).includes(name);
}
