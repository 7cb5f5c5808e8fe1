/**
 * Public API of the simulator. The lab UI, lessons, CLI and tests import from here.
 */
export {
  ActionSchema,
  parseAction,
  ScheduledActionSchema,
  type Action,
  type ActionResult,
  type ReplicationMode,
  type ScheduledAction,
} from "./actions";
export { checkerInput, historyOf, lostWrites, type CheckerInput } from "./checker-input";
export { checkpoint, restore, type Checkpoint } from "./checkpoint";
export {
  applyAction,
  createSimulation,
  inject,
  replay,
  runLimitReached,
  runToQuiescence,
  runUntil,
  step,
  type SimOptions,
} from "./engine";
export {
  describeDuration,
  LIVE_RUN_LIMITS,
  MAX_ACTIONS,
  MAX_NODES,
  MAX_RUN_STEPS,
  MAX_RUN_TIME_MS,
  MAX_SHARE_CODE_LENGTH,
  RUN_LIMITS,
  type RunLimits,
} from "./limits";
export { formatAction, formatSchedule, parseActionLine, parseActionScript } from "./fault-syntax";
export type { History, Operation, OpInput, OpOutcome, Value } from "./history";
export type { Epoch, Lsn, NodeId } from "./ids";
export { computeMetrics, percentile, staleReads, type LatencyStats, type Metrics } from "./metrics";
export { parseScenario, ScenarioSchema, type ParseResult, type Scenario, type ScenarioInput } from "./scenario";
export { listScenarios, scenarioNames, scenarios, type ScenarioListing } from "./scenarios";
export type { ActionLogEntry, Sim } from "./sim-state";
export type { CoreEvent, EventKind, LogEvent, LogRecord } from "./log-event";
export { eventText, recordText } from "./event-text";
export {
  formatEvent,
  snapshot,
  type MessageSnapshot,
  type NodeSnapshot,
  type SimSnapshot,
  type SnapshotOptions,
} from "./snapshot";
