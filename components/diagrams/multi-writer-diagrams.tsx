import { Arrow, Box, Canvas, Label } from "./svg-kit";

export function MultiMasterConflict() {
  const id = "multi-master-conflict";
  return (
    <Canvas id={id} width={640} height={220}>
      <Box x={40} y={20} w={160} label="Master A" sub="SET price = 10" tone="leader" />
      <Box x={440} y={20} w={160} label="Master B" sub="SET price = 12" tone="leader" />
      <Arrow id={id} x1={200} y1={50} x2={438} y2={120} label="price = 10" labelDy={-10} />
      <Arrow id={id} x1={440} y1={50} x2={202} y2={120} label="price = 12" labelDy={26} />
      <Box x={40} y={150} w={160} label="A ends with 12" tone="bad" />
      <Box x={440} y={150} w={160} label="B ends with 10" tone="bad" />
      <Label x={320} y={185} size={11}>
        no error: the copies just disagree
      </Label>
    </Canvas>
  );
}

export function WriteOwnership() {
  const id = "write-ownership";
  return (
    <Canvas id={id} width={640} height={200}>
      <Box x={30} y={20} w={170} label="Master 1" sub="writes ids 1, 3, 5 …" tone="leader" />
      <Box x={440} y={20} w={170} label="Master 2" sub="writes ids 2, 4, 6 …" tone="leader" />
      <Arrow id={id} x1={200} y1={36} x2={438} y2={36} label="odd rows" />
      <Arrow id={id} x1={440} y1={56} x2={202} y2={56} label="even rows" labelDy={16} />
      <Box x={30} y={120} w={170} label="all rows readable" tone="good" />
      <Box x={440} y={120} w={170} label="all rows readable" tone="good" />
      <Label x={320} y={150} size={11}>
        no row is written on both
      </Label>
    </Canvas>
  );
}

export function GaleraCertification() {
  const id = "galera-certification";
  return (
    <Canvas id={id} width={640} height={270}>
      <Box x={20} y={20} w={150} label="Node A" sub="execute locally" tone="leader" />
      <Arrow id={id} x1={95} y1={66} x2={95} y2={98} label="COMMIT → write-set" labelDy={4} />
      <rect
        x={20}
        y={100}
        width={600}
        height={36}
        rx={8}
        className="fill-slate-100 stroke-slate-400 dark:fill-slate-800 dark:stroke-slate-500"
        strokeWidth={1.5}
      />
      <Label x={320} y={123} bold>
        total order broadcast: every node gets write-sets in the same sequence
      </Label>
      {[
        { x: 20, n: "A" },
        { x: 245, n: "B" },
        { x: 470, n: "C" },
      ].map((node) => (
        <g key={node.n}>
          <Arrow id={id} x1={node.x + 75} y1={136} x2={node.x + 75} y2={168} />
          <Box x={node.x} y={170} w={150} label={`certify on ${node.n}`} sub="same verdict" tone="good" />
        </g>
      ))}
      <Label x={95} y={250} size={11}>
        A commits, replies OK
      </Label>
      <Label x={432} y={250} size={11}>
        B and C apply the write-set (later)
      </Label>
    </Canvas>
  );
}

export function QuorumOverlap() {
  const id = "quorum-overlap";
  return (
    <Canvas id={id} width={640} height={220}>
      <rect
        x={60}
        y={40}
        width={330}
        height={110}
        rx={16}
        fill="none"
        strokeWidth={2}
        strokeDasharray="6 4"
        className="stroke-brand-600 dark:stroke-brand-500"
      />
      <Label x={70} y={32} anchor="start" bold>
        write set (W = 2)
      </Label>
      <rect
        x={250}
        y={60}
        width={330}
        height={110}
        rx={16}
        fill="none"
        strokeWidth={2}
        strokeDasharray="2 4"
        className="stroke-emerald-600 dark:stroke-emerald-500"
      />
      <Label x={570} y={192} anchor="end" bold>
        read set (R = 2)
      </Label>
      <Box x={90} y={72} w={120} label="Replica 1" sub="v2" />
      <Box x={262} y={82} w={120} label="Replica 2" sub="v2" tone="good" />
      <Box x={440} y={92} w={120} label="Replica 3" sub="v1 (stale)" />
      <Label x={320} y={210} size={11}>
        W + R = 4 &gt; N = 3: the sets must share a replica
      </Label>
    </Canvas>
  );
}

export function MerkleTree() {
  const id = "merkle-tree";
  const level = (y: number, xs: number[], tones: ("neutral" | "bad" | "good")[], labels: string[]) =>
    xs.map((x, i) => (
      <Box key={`${y}-${x}`} x={x} y={y} w={110} h={36} label={labels[i] ?? ""} tone={tones[i] ?? "neutral"} />
    ));
  return (
    <Canvas id={id} width={640} height={230}>
      {level(10, [265], ["bad"], ["root differs"])}
      <Arrow id={id} x1={300} y1={46} x2={190} y2={88} />
      <Arrow id={id} x1={340} y1={46} x2={450} y2={88} />
      {level(90, [110, 420], ["good", "bad"], ["keys a–m: same", "keys n–z: differ"])}
      <Arrow id={id} x1={450} y1={126} x2={390} y2={168} />
      <Arrow id={id} x1={500} y1={126} x2={545} y2={168} />
      {level(170, [330, 490], ["good", "bad"], ["n–s: same", "t–z: copy"])}
      <Label x={165} y={150} size={11}>
        skipped entirely
      </Label>
    </Canvas>
  );
}

/**
 * Three servers with three virtual nodes each, interleaved around the ring; a key belongs to the next virtual node
 * clockwise.
 */
const VNODES = ["A", "B", "C", "B", "A", "C", "A", "C", "B"];

export function HashRing() {
  const id = "hash-ring";
  const at = (turn: number, r: number) => ({
    x: 220 + r * Math.sin(turn * 2 * Math.PI),
    y: 120 - r * Math.cos(turn * 2 * Math.PI),
  });
  const key = at(0.61, 90);
  const walkFrom = at(0.6, 112);
  const walkTo = at(0.652, 112);
  const tones = { A: "leader", B: "good", C: "warn" } as const;
  return (
    <Canvas id={id} width={640} height={240}>
      <circle cx={220} cy={120} r={90} fill="none" stroke="currentColor" strokeWidth={1.5} opacity={0.6} />
      {VNODES.map((server, i) => {
        const p = at(i / 9, 90);
        const n = VNODES.slice(0, i + 1).filter((s) => s === server).length;
        return (
          <Box
            key={i}
            x={p.x - 19}
            y={p.y - 13}
            w={38}
            h={26}
            label={`${server}${n}`}
            tone={tones[server as keyof typeof tones]}
          />
        );
      })}
      <circle cx={key.x} cy={key.y} r={5} className="fill-red-600 dark:fill-red-500" />
      <path
        d={`M ${walkFrom.x} ${walkFrom.y} A 112 112 0 0 1 ${walkTo.x} ${walkTo.y}`}
        fill="none"
        stroke="currentColor"
        strokeWidth={1.5}
        markerEnd={`url(#arrow-${id})`}
      />
      <Label x={92} y={222} size={11}>
        hash(k), walk clockwise
      </Label>
      <Label x={350} y={70} anchor="start" size={12}>
        k is stored on A3 (server A)
      </Label>
      <Label x={350} y={92} anchor="start" size={12}>
        and the next distinct servers
      </Label>
      <Label x={350} y={114} anchor="start" size={12}>
        clockwise: C, then B (N = 3)
      </Label>
      <Label x={350} y={150} anchor="start" size={11}>
        remove server C: each C arc passes
      </Label>
      <Label x={350} y={168} anchor="start" size={11}>
        to its clockwise neighbour, spread
      </Label>
      <Label x={350} y={186} anchor="start" size={11}>
        over A and B, not dumped on one
      </Label>
    </Canvas>
  );
}
