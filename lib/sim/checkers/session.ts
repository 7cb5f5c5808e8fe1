import type { History, Operation, Value } from "../history";
import { describeOp, formatValue } from "./describe";
import type { Violation } from "./types";
import { deriveVersionOrder, versionOrderFrom, type VersionOf, type VersionOrder } from "./version-order";

/**
 * Session guarantees, judged per client in the order the client issued its ops
 * (a client has one op in flight at a time, so invocation order is its order).
 *
 * "Older" comes from a VersionOrder: pass `versionOf` when versions are known
 * (the simulator), otherwise the order is derived from the history and only
 * certain cases are reported (see version-order.ts). Only ok reads are judged.
 */

export interface SessionOptions {
  readonly versionOf?: VersionOf;
  readonly order?: VersionOrder;
}

function orderFor(history: History, options: SessionOptions): VersionOrder {
  return options.order ?? (options.versionOf ? versionOrderFrom(options.versionOf) : deriveVersionOrder(history));
}

function byClient(history: History): Map<string, Operation[]> {
  const clients = new Map<string, Operation[]>();
  for (const op of [...history].sort((a, b) => a.invokedAt - b.invokedAt || a.id - b.id)) {
    const list = clients.get(op.client);
    if (list) list.push(op);
    else clients.set(op.client, [op]);
  }
  return clients;
}

function readValue(op: Operation): Value | undefined {
  return op.input.f === "read" && op.outcome === "ok" ? op.output : undefined;
}

function at(op: Operation): number {
  return op.completedAt ?? op.invokedAt;
}

/**
 * Read-your-writes: a client's ok read of a key never returns a value older
 * than the client's own last acknowledged (ok) write or cas to that key.
 */
export function checkReadYourWrites(history: History, options: SessionOptions = {}): Violation[] {
  const order = orderFor(history, options);
  const violations: Violation[] = [];
  for (const ops of byClient(history).values()) {
    const lastWrite = new Map<string, { op: Operation; value: Value }>();
    for (const op of ops) {
      if (op.outcome === "ok" && op.input.f === "write") lastWrite.set(op.key, { op, value: op.input.value });
      if (op.outcome === "ok" && op.input.f === "cas") lastWrite.set(op.key, { op, value: op.input.to });
      const v = readValue(op);
      const own = lastWrite.get(op.key);
      if (v === undefined || !own || order.compare(op.key, v, own.value) !== -1) continue;
      violations.push({
        checker: "read-your-writes",
        key: op.key,
        opIds: [op.id, own.op.id],
        at: at(op),
        explanation:
          `${describeOp(op)} returned ${formatValue(v)}, which is older than ${formatValue(own.value)}: ` +
          `the client's own ${describeOp(own.op)} had already been acknowledged.`,
      });
    }
  }
  return violations;
}

/**
 * Monotonic reads: once a client has read a version of a key, its later reads
 * of that key never return an older version. Each read is compared with every
 * newest-so-far value the client saw (values the order cannot compare are all
 * kept), so the first regression is reported once per read.
 */
export function checkMonotonicReads(history: History, options: SessionOptions = {}): Violation[] {
  const order = orderFor(history, options);
  const violations: Violation[] = [];
  for (const ops of byClient(history).values()) {
    const frontier = new Map<string, { op: Operation; value: Value }[]>();
    for (const op of ops) {
      const v = readValue(op);
      if (v === undefined) continue;
      const seen = frontier.get(op.key) ?? [];
      const newer = seen.find((s) => order.compare(op.key, v, s.value) === -1);
      if (newer) {
        violations.push({
          checker: "monotonic-reads",
          key: op.key,
          opIds: [op.id, newer.op.id],
          at: at(op),
          explanation:
            `${describeOp(op)} went back in time: the same client's earlier ${describeOp(newer.op)} ` +
            `had already seen the newer ${formatValue(newer.value)}.`,
        });
        continue;
      }
      const kept = seen.filter(
        (s) => order.compare(op.key, s.value, v) !== -1 && order.compare(op.key, s.value, v) !== 0,
      );
      kept.push({ op, value: v });
      frontier.set(op.key, kept);
    }
  }
  return violations;
}
