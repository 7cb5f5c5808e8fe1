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
  "read-mode",
  "clock-drift",
  "pre-vote",
  "slow-disk",
] as const;
// "clock-skew": clocks are scenario data (no action changes them yet), so the lab shows each node's offset only.

export type LabControl = (typeof LAB_CONTROLS)[number];

/** Controls only a Raft run has (a Raft run shows "slow-disk" where others show "lag"). */
export const RAFT_CONTROLS: readonly LabControl[] = ["read-mode", "clock-drift", "pre-vote", "slow-disk"];

/** Everything on: the standalone /lab page. */
export const ALL_LAB_CONTROLS: readonly LabControl[] = LAB_CONTROLS;

export function isLabControl(name: string): name is LabControl {
  return (LAB_CONTROLS as readonly string[]).includes(name);
}

/**
 * Why a control cannot appear on a scenario run by `protocol`, or null: the Raft controls act on Raft only, and a Raft
 * run names apply lag "slow-disk".
 */
export function controlMisfit(control: LabControl, protocol: string): string | null {
  if (protocol !== "raft" && RAFT_CONTROLS.includes(control))
    return `"${control}" is a Raft control; this scenario runs ${protocol}`;
  if (protocol === "raft" && control === "lag") return `a Raft scenario shows apply lag as "slow-disk"`;
  return null;
}
