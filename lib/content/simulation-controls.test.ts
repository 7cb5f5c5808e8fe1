import { describe, expect, it } from "vitest";
import { componentSpecs } from "./component-registry";

const simulation = componentSpecs({ quizIds: [] }).Simulation.props;

describe("a lesson's Simulation controls", () => {
  it("accepts the Raft controls on a Raft scenario", () => {
    expect(simulation.safeParse({ scenario: "raft-lease-drift", controls: ["clock-drift", "read-mode"] }).success).toBe(
      true,
    );
  });

  it("refuses a Raft control on another protocol, and apply lag on Raft, naming the control", () => {
    const other = simulation.safeParse({ scenario: "lag-stale-read", controls: ["lag", "pre-vote"] });
    expect(other.error?.issues).toMatchObject([
      { path: ["controls", 1], message: '"pre-vote" is a Raft control; this scenario runs single-leader' },
    ]);
    const raft = simulation.safeParse({ scenario: "raft-slow-follower", controls: ["lag"] });
    expect(raft.error?.issues).toMatchObject([
      { path: ["controls", 0], message: 'a Raft scenario shows apply lag as "slow-disk"' },
    ]);
  });
});
