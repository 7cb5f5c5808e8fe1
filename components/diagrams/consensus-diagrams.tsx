import { Arrow, Box, Canvas, Label, type Tone } from "./svg-kit";

type Op = { lane: number; from: number; to: number; text: string; point: number };

/**
 * Alice's write overlaps Bob's first read and Carol's read; every read returns the latest write before its own point.
 */
const HISTORY: readonly Op[] = [
  { lane: 0, from: 1, to: 9, text: "write x = 1 → ok", point: 5 },
  { lane: 1, from: 2, to: 4, text: "read x → 0", point: 3 },
  { lane: 2, from: 6, to: 8, text: "read x → 1", point: 7 },
  { lane: 1, from: 10, to: 12, text: "read x → 1", point: 11 },
];
const LANES = ["Alice", "Bob", "Carol"];

export function LinearizableHistory() {
  const id = "linearizable-history";
  const x = (ms: number) => 90 + ms * 42;
  const y = (lane: number) => 40 + lane * 56;
  return (
    <Canvas id={id} width={640} height={230}>
      {LANES.map((name, lane) => (
        <Label key={name} x={20} y={y(lane) + 5} anchor="start" bold>
          {name}
        </Label>
      ))}
      {HISTORY.map((op) => (
        <g key={`${op.lane}-${op.from}`}>
          <rect
            x={x(op.from)}
            y={y(op.lane) - 9}
            width={x(op.to) - x(op.from)}
            height={18}
            rx={4}
            strokeWidth={1.5}
            className="fill-slate-100 stroke-slate-500 dark:fill-slate-800 dark:stroke-slate-400"
          />
          <Label x={(x(op.from) + x(op.to)) / 2} y={y(op.lane) - 14} size={11}>
            {op.text}
          </Label>
          <line
            x1={x(op.point)}
            y1={y(op.lane)}
            x2={x(op.point)}
            y2={196}
            stroke="currentColor"
            strokeDasharray="2 3"
            opacity={0.5}
          />
          <circle cx={x(op.point)} cy={y(op.lane)} r={5} className="fill-brand-600 dark:fill-brand-500" />
        </g>
      ))}
      <Arrow id={id} x1={90} y1={204} x2={620} y2={204} />
      {[0, 3, 5, 7, 11].map((ms) => (
        <Label key={ms} x={x(ms)} y={222} size={11}>{`${ms} ms`}</Label>
      ))}
    </Canvas>
  );
}

export function RaftRoles() {
  const id = "raft-roles";
  return (
    <Canvas id={id} width={640} height={260}>
      <Box x={20} y={90} w={130} label="Follower" sub="answers RPCs" />
      <Box x={255} y={90} w={130} label="Candidate" sub="term + 1, votes for self" tone="warn" />
      <Box x={490} y={90} w={130} label="Leader" sub="sends heartbeats" tone="leader" />
      <Arrow id={id} x1={150} y1={100} x2={253} y2={100} label="election timeout" />
      <Arrow id={id} x1={385} y1={100} x2={488} y2={100} label="majority of votes" />
      <Arrow id={id} x1={253} y1={125} x2={152} y2={125} label="sees a leader or a higher term" labelDy={26} />
      <path
        d="M 300 90 C 290 40, 350 40, 340 88"
        fill="none"
        stroke="currentColor"
        strokeWidth={1.5}
        markerEnd={`url(#arrow-${id})`}
      />
      <Label x={320} y={32} size={11}>
        split vote: timeout, new term
      </Label>
      <path
        d="M 555 136 C 500 260, 140 260, 85 138"
        fill="none"
        stroke="currentColor"
        strokeWidth={1.5}
        markerEnd={`url(#arrow-${id})`}
      />
      <Label x={320} y={248} size={11}>
        sees a higher term (or, with check-quorum, loses the majority)
      </Label>
    </Canvas>
  );
}

/** Terms of the entries at log indexes 1–3 on S1–S5; "" is an empty slot. */
type Logs = readonly (readonly string[])[];
const BEFORE: Logs = [
  ["1", "2", "4"],
  ["1", "2", ""],
  ["1", "2", ""],
  ["1", "", ""],
  ["1", "3", ""],
];
const AFTER: Logs = [
  ["1", "3", ""],
  ["1", "3", ""],
  ["1", "3", ""],
  ["1", "3", ""],
  ["1", "3", ""],
];

function LogGrid({
  x0,
  logs,
  title,
  tone,
}: {
  x0: number;
  logs: Logs;
  title: string;
  tone: (row: number, col: number) => Tone;
}) {
  return (
    <g>
      <Label x={x0 + 120} y={18} bold>
        {title}
      </Label>
      {logs.map((row, r) => (
        <g key={r}>
          <Label x={x0 + 12} y={52 + r * 36} anchor="start" size={12}>{`S${r + 1}`}</Label>
          {row.map((term, c) =>
            term === "" ? null : (
              <Box key={c} x={x0 + 40 + c * 62} y={32 + r * 36} w={54} h={28} label={term} tone={tone(r, c)} />
            ),
          )}
        </g>
      ))}
    </g>
  );
}

export function RaftFigureEight() {
  return (
    <Canvas id="raft-figure-eight" width={640} height={240}>
      <LogGrid
        x0={10}
        logs={BEFORE}
        title="S1 leads term 4"
        tone={(r, c) => (c === 1 && r < 3 ? "warn" : c === 2 ? "leader" : "neutral")}
      />
      <LogGrid
        x0={340}
        logs={AFTER}
        title="S1 crashes, S5 leads term 5"
        tone={(_r, c) => (c === 1 ? "bad" : "neutral")}
      />
      <Label x={130} y={226} size={11}>
        index 2 (term 2) on 3 of 5: not committed
      </Label>
      <Label x={460} y={226} size={11}>
        votes from S2–S4; index 2 overwritten
      </Label>
    </Canvas>
  );
}
