import { Arrow, Box, Canvas, Label } from "./svg-kit";

export function SingleLeaderFanout() {
  const id = "single-leader-fanout";
  return (
    <Canvas id={id} width={640} height={260}>
      <Box x={20} y={107} w={100} label="Clients" />
      <Arrow id={id} x1={120} y1={122} x2={208} y2={122} label="writes" />
      <Box x={210} y={100} w={130} h={56} label="Leader" sub="WAL / binlog" tone="leader" />
      <Arrow id={id} x1={340} y1={115} x2={448} y2={40} label="log" />
      <Arrow id={id} x1={340} y1={128} x2={448} y2={110} />
      <Arrow id={id} x1={340} y1={142} x2={448} y2={190} />
      <Box x={450} y={17} label="Follower 1" />
      <Box x={450} y={87} label="Follower 2" />
      <Box x={450} y={168} label="Relay replica" sub="log_replica_updates" tone="warn" />
      <Arrow id={id} x1={510} y1={214} x2={430} y2={236} />
      <Arrow id={id} x1={520} y1={214} x2={600} y2={236} />
      <Label x={410} y={252} size={11}>
        Follower 3
      </Label>
      <Label x={600} y={252} size={11}>
        Follower 4
      </Label>
      <Arrow id={id} x1={70} y1={153} x2={70} y2={230} dashed />
      <Label x={76} y={246} anchor="start" size={11}>
        reads: any follower
      </Label>
    </Canvas>
  );
}

export function SemiSyncAck() {
  const id = "semi-sync-ack";
  const lanes = [
    { x: 80, label: "Client" },
    { x: 320, label: "Source" },
    { x: 560, label: "Replica" },
  ];
  return (
    <Canvas id={id} width={640} height={300}>
      {lanes.map((lane) => (
        <g key={lane.label}>
          <Box
            x={lane.x - 55}
            y={8}
            w={110}
            h={34}
            label={lane.label}
            tone={lane.label === "Source" ? "leader" : "neutral"}
          />
          <line
            x1={lane.x}
            y1={42}
            x2={lane.x}
            y2={290}
            stroke="currentColor"
            strokeOpacity={0.35}
            strokeDasharray="3 4"
          />
        </g>
      ))}
      <Arrow id={id} x1={80} y1={70} x2={318} y2={70} label="COMMIT" />
      <Label x={326} y={100} anchor="start" size={11}>
        write binlog
      </Label>
      <Arrow id={id} x1={320} y1={120} x2={558} y2={120} label="send transaction" />
      <Label x={552} y={150} anchor="end" size={11}>
        write relay log
      </Label>
      <Arrow id={id} x1={560} y1={170} x2={322} y2={170} label="ACK (received)" />
      <Label x={326} y={200} anchor="start" size={11}>
        commit (AFTER_SYNC)
      </Label>
      <Arrow id={id} x1={320} y1={220} x2={82} y2={220} label="OK" />
      <Label x={552} y={262} anchor="end" size={11}>
        apply later
      </Label>
      <Label x={200} y={282} size={11}>
        timeout → silently continue asynchronously
      </Label>
    </Canvas>
  );
}

export function SplitBrainFencing() {
  const id = "split-brain-fencing";
  return (
    <Canvas id={id} width={640} height={230}>
      <Box x={20} y={30} w={150} label="Old leader" sub="epoch 1 (paused)" tone="bad" />
      <Box x={20} y={150} w={150} label="New leader" sub="epoch 2" tone="leader" />
      <Box x={440} y={88} w={180} h={56} label="Storage / proxy" sub="highest seen: 2" tone="good" />
      <Arrow id={id} x1={170} y1={172} x2={438} y2={126} label="write, epoch 2 → accepted" labelDy={18} />
      <Arrow id={id} x1={170} y1={52} x2={438} y2={104} label="write, epoch 1 → rejected" />
      <line
        x1={400}
        y1={70}
        x2={420}
        y2={90}
        stroke="currentColor"
        strokeWidth={3}
        className="stroke-red-600 dark:stroke-red-400"
      />
      <line
        x1={420}
        y1={70}
        x2={400}
        y2={90}
        stroke="currentColor"
        strokeWidth={3}
        className="stroke-red-600 dark:stroke-red-400"
      />
    </Canvas>
  );
}

export function GithubTimeline() {
  const id = "github-2018-timeline";
  const marks = [
    { x: 40, label: "22:52 UTC", text: "East cut off" },
    { x: 170, label: "+43 s", text: "link restored" },
    { x: 430, label: "11:12 UTC, 22 Oct", text: "primaries back East" },
    { x: 620, label: "24 h 11 min", text: "status green again" },
  ];
  return (
    <Canvas id={id} width={640} height={190}>
      <rect
        x={40}
        y={70}
        width={130}
        height={18}
        rx={4}
        className="fill-red-100 stroke-red-600 dark:fill-red-950 dark:stroke-red-500"
      />
      <Label x={105} y={63} size={11}>
        partition: West promoted
      </Label>
      <rect
        x={170}
        y={70}
        width={260}
        height={18}
        rx={4}
        className="fill-amber-100 stroke-amber-600 dark:fill-amber-950 dark:stroke-amber-500"
      />
      <Label x={310} y={63} size={11}>
        West primaries take writes, about 12 h
      </Label>
      <rect
        x={430}
        y={70}
        width={180}
        height={18}
        rx={4}
        className="fill-slate-100 stroke-slate-400 dark:fill-slate-800 dark:stroke-slate-500"
      />
      <Arrow id={id} x1={30} y1={100} x2={620} y2={100} />
      {marks.map((mark) => (
        <g key={mark.label}>
          <line x1={mark.x} y1={94} x2={mark.x} y2={106} stroke="currentColor" />
          <Label x={mark.x} y={126} size={11} bold anchor={mark.x < 200 ? "start" : mark.x > 500 ? "end" : "middle"}>
            {mark.label}
          </Label>
          <Label x={mark.x} y={142} size={11} anchor={mark.x < 200 ? "start" : mark.x > 500 ? "end" : "middle"}>
            {mark.text}
          </Label>
        </g>
      ))}
      <Label x={320} y={176} size={11}>
        A few seconds of East writes never reached the West: reconciled by hand. Not to scale.
      </Label>
    </Canvas>
  );
}
