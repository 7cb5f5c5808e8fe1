import { PHASES, STANDARD_MINUTES, type PhaseId } from "@/lib/interview/phases";
import { Arrow, Box, Canvas, Label } from "./svg-kit";

export function ChainReplication() {
  const id = "chain-replication";
  return (
    <Canvas id={id} width={640} height={210}>
      <Box x={20} y={20} w={110} label="Client" />
      <Arrow id={id} x1={130} y1={43} x2={168} y2={100} label="write" labelDy={-4} />
      <Box x={170} y={90} w={110} label="Head" tone="leader" />
      <Arrow id={id} x1={280} y1={106} x2={338} y2={106} label="update" />
      <Box x={340} y={90} w={110} label="Middle" />
      <Arrow id={id} x1={450} y1={106} x2={508} y2={106} label="update" />
      <Box x={510} y={90} w={110} label="Tail" tone="good" />
      <Arrow id={id} x1={508} y1={128} x2={452} y2={128} dashed />
      <Arrow id={id} x1={338} y1={128} x2={282} y2={128} dashed />
      <Label x={395} y={160} size={11}>
        acks flow back up
      </Label>
      <Arrow id={id} x1={565} y1={88} x2={565} y2={30} />
      <Label x={560} y={20} anchor="end" size={11}>
        tail replies, answers reads
      </Label>
    </Canvas>
  );
}

const PHASE_LOOK: Record<PhaseId, { readonly label: string; readonly tone: string }> = {
  clarify: { label: "Clarify", tone: "fill-brand-100 dark:fill-brand-900" },
  "high-level": { label: "High-level design", tone: "fill-emerald-100 dark:fill-emerald-950" },
  "deep-dive": { label: "Deep dive", tone: "fill-amber-100 dark:fill-amber-950" },
  operations: { label: "Ops", tone: "fill-red-100 dark:fill-red-950" },
};

/** Drawn from the mock interview's own plan (lib/interview/phases), so the lesson's picture and the timer agree. */
export function InterviewPhases() {
  const id = "interview-phases";
  const phases = PHASES.map((phase) => ({ from: phase.startMin, to: phase.endMin, ...PHASE_LOOK[phase.id] }));
  const ticks = [0, ...PHASES.map((phase) => phase.endMin)];
  const x = (minute: number) => 20 + (minute / STANDARD_MINUTES) * 600;
  return (
    <Canvas id={id} width={640} height={120}>
      {phases.map((phase) => (
        <g key={phase.label}>
          <rect
            x={x(phase.from)}
            y={20}
            width={x(phase.to) - x(phase.from)}
            height={46}
            className={`${phase.tone} stroke-slate-400 dark:stroke-slate-500`}
            strokeWidth={1.5}
          />
          <Label x={(x(phase.from) + x(phase.to)) / 2} y={48} bold size={12}>
            {phase.label}
          </Label>
        </g>
      ))}
      {ticks.map((minute) => (
        <Label
          key={minute}
          x={x(minute)}
          y={88}
          size={11}
          anchor={minute === 0 ? "start" : minute === STANDARD_MINUTES ? "end" : "middle"}
        >{`${minute} min`}</Label>
      ))}
    </Canvas>
  );
}

export function FanOut() {
  const id = "fan-out";
  return (
    <Canvas id={id} width={640} height={240}>
      <Label x={160} y={18} bold>
        Fan-out on write
      </Label>
      <Box x={100} y={30} label="New post" tone="leader" />
      {[20, 120, 220].map((x) => (
        <g key={x}>
          <Arrow id={id} x1={160} y1={76} x2={x + 50} y2={138} />
          <Box x={x} y={140} w={100} label="timeline" sub="follower" />
        </g>
      ))}
      <Label x={160} y={215} size={11}>
        write × followers, read = one lookup
      </Label>
      <Label x={480} y={18} bold>
        Fan-out on read
      </Label>
      {[350, 450, 550].map((x) => (
        <g key={x}>
          <Box x={x} y={30} w={80} label="author" />
          <Arrow id={id} x1={x + 40} y1={76} x2={480} y2={138} />
        </g>
      ))}
      <Box x={420} y={140} label="merge at read" tone="warn" />
      <Label x={480} y={215} size={11}>
        write once, read = merge many
      </Label>
    </Canvas>
  );
}
