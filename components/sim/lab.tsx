"use client";
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import { scenarios, type Action } from "@/lib/sim";
import type { Anomaly } from "@/lib/lab/anomalies";
import { currentBranch, type BranchTree } from "@/lib/lab/branches";
import { ClusterView } from "./cluster-view";
import { ControlPanel } from "./control-panel";
import { EventLog } from "./event-log";
import { InflightList } from "./inflight-list";
import { ALL_LAB_CONTROLS, type LabControl } from "@/lib/lab/lab-controls";
import { createRun, labScenario, leaderOf, quorumOf } from "@/lib/lab/lab-run";
import { LabStore } from "@/lib/lab/lab-store";
import { startAnomalyWorker } from "./anomaly-worker";
import { MetricsPanel } from "./metrics-panel";
import { NodeDataTable } from "./node-data-table";
import { PlaybackBar } from "./playback-bar";
import { BranchList, Scrubber } from "./scrubber";
import { QuorumControls } from "./quorum-controls";
import { raftSettings } from "@/lib/sim/protocols/raft-settings";
import { drawingOf } from "@/lib/lab/cluster-geometry";
import type { LabOrigin } from "@/lib/lab/lab-url";
import type { Quorum, SharedRun } from "@/lib/sim/share-codec";
import { ShareButton } from "./share-button";
import { SweepPanel } from "./sweep-panel";
import { Timeline } from "./timeline";
import { AnomalyList } from "./anomaly-list";
import { useReducedMotion } from "./use-reduced-motion";
import { GuidedDemo, GuidedDemoStart } from "./guided-demo";
import { ShortcutHelp, useLabShortcuts, type ShortcutAction } from "./lab-shortcuts";
import { nodeMenuItems, type NodeMenuItem } from "./node-menu";
import { shareCode, useLabAddress, type SetUp } from "./use-lab-address";

export interface LabProps {
  /** A scenario name from the engine's registry. */
  readonly scenario: string;
  /** Controls to show (playback, rewind and the views are always there). Default: all. */
  readonly controls?: readonly LabControl[];
  readonly seed?: number;
  readonly nodes?: number;
  /** Leaderless quorum sizes to start with, instead of the scenario's own. */
  readonly quorum?: Quorum;
  /** A run opened from a share link. */
  readonly shared?: SharedRun;
  /** Every branch of the shared run, when the link carried them (its current branch is the shared run's). */
  readonly tree?: BranchTree;
  /** Offer the guided demo (the blank sandbox), and the step it is at when the link says it is running. */
  readonly guidedDemo?: boolean;
  readonly demoStep?: number;
  /** Where the run was opened from (kept in the address). */
  readonly origin?: LabOrigin;
  /** Keep the page URL in sync with the run (standalone /lab). */
  readonly syncUrl?: boolean;
  /** Show the share button and the sweep (standalone). */
  readonly standalone?: boolean;
  /**
   * Told the run's share code (seed + action log) after every change: an assignment saves it as the candidate's run.
   */
  readonly onRunChange?: (code: string) => void;
}

/** Paces the run's checkpoints by the work between them (lib/lab/lab-checkpoints.ts). */
const wallClock = (): number => performance.now();

function useLabStore(props: LabProps): LabStore {
  const [store] = useState(() => {
    const base = scenarios[props.scenario];
    if (!base) throw new Error(`unknown scenario ${props.scenario}`);
    const scenario = labScenario(
      base,
      props.shared?.seed ?? props.seed,
      props.shared?.nodes ?? props.nodes,
      props.shared?.quorum ?? props.quorum,
    );
    const run = createRun(props.scenario, scenario, props.shared?.actions ?? [], undefined, wallClock);
    if (props.tree) run.tree = props.tree;
    // A shared run is played to its time once mounted, so server rendering never simulates it.
    return new LabStore(run, { startWorker: startAnomalyWorker, openAt: props.shared?.time });
  });
  return store;
}

function shareUrl(store: LabStore, setUp: SetUp): string {
  return `${window.location.origin}/lab?run=${shareCode(store, setUp)}`;
}

/** The replication lab: cluster, controls, timeline, anomalies, rewind and share. */
export function Lab(props: LabProps) {
  const store = useLabStore(props);
  const info = useSyncExternalStore(store.subscribeInfo, store.getInfo, store.getInfo);
  const reducedMotion = useReducedMotion();
  const controls = useMemo(() => new Set(props.controls ?? ALL_LAB_CONTROLS), [props.controls]);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState(1);
  // Workload messages are nearly always in flight, so slow motion slows the whole story: only on request.
  const [slowMotion, setSlowMotion] = useState(false);
  const [openNode, setOpenNode] = useState<string | null>(null);
  const [menuNode, setMenuNode] = useState<string | null>(null);
  const [demo, setDemo] = useState(props.guidedDemo ? props.demoStep : undefined);
  const [help, setHelp] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const [selected, setSelected] = useState<Anomaly | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const scenario = store.run.scenario;
  const leaderName = leaderOf(scenario);
  const nodesOverride = props.shared?.nodes ?? props.nodes;
  // Chosen in the lab (or carried by the link): part of the set-up, so it goes into the share code.
  const [quorum, setQuorum] = useState(props.shared?.quorum ?? props.quorum);
  const setUp = useMemo(() => ({ nodes: nodesOverride, quorum }), [nodesOverride, quorum]);
  // Memoised: the controls reset their draft when this object changes.
  const currentQuorum = useMemo(() => quorumOf(scenario), [scenario]);
  const duration = scenario.durationMs;
  useEffect(() => {
    store.resume();
    return () => store.dispose();
  }, [store]);

  const loop = useRef({ speed, slowMotion, reducedMotion });
  useEffect(() => {
    loop.current = { speed, slowMotion, reducedMotion };
  }, [speed, slowMotion, reducedMotion]);
  useEffect(() => {
    if (!playing) return;
    let last = performance.now();
    let id = 0;
    const frame = (now: number) => {
      const before = store.run.sim.now;
      const o = loop.current;
      store.tick(
        Math.min(now - last, 100),
        {
          speed: o.speed,
          slowMotion: o.slowMotion && !o.reducedMotion ? 0.02 : 1,
          maxSteps: 4000,
          until: before < duration ? duration : Infinity,
        },
        now,
      );
      last = now;
      if ((before < duration && store.run.sim.now >= duration) || store.halted()) {
        setPlaying(false);
        return;
      }
      id = requestAnimationFrame(frame);
    };
    id = requestAnimationFrame(frame);
    return () => cancelAnimationFrame(id);
  }, [playing, store, duration]);

  const { onRunChange } = props;
  // Reported after each action and wherever the run stops (pause, step, seek), so a replay opens where the
  // candidate left it; not on every tick while playing.
  const settledAt = playing ? null : info.time;
  useLabAddress(
    props.syncUrl === true,
    store,
    setUp,
    { revision: info.revision, settledAt, tree: info.tree },
    demo,
    props.origin,
  );
  useEffect(() => {
    if (!onRunChange || info.revision === 0) return;
    onRunChange(shareCode(store, setUp));
  }, [onRunChange, info.revision, settledAt, store, setUp]);

  const act = useCallback(
    (a: Action) => {
      const r = store.act(a);
      setNotice(r.ok ? null : `${a.type} refused: ${r.reason}`);
      return r;
    },
    [store],
  );
  const applyQuorum = (q: Quorum) => {
    const base = scenarios[props.scenario];
    if (!base) return;
    setPlaying(false);
    setSelected(null);
    setNotice(null);
    store.replaceRun(
      createRun(props.scenario, labScenario(base, scenario.seed, nodesOverride, q), [], undefined, wallClock),
    );
    setQuorum(q);
  };
  const dropMessage = useCallback((messageId: number) => void act({ type: "drop", messageId }), [act]);
  const onDrop = controls.has("drop") ? dropMessage : undefined;
  // A node offers its actions in a menu; where the lab allows none (a lesson may), it just shows its data.
  const hasNodeActions = controls.has("crash") || controls.has("promote") || controls.has("partition");
  const onOpenNode = useCallback(
    (id: string) => (hasNodeActions ? setMenuNode : setOpenNode)((cur) => (cur === id ? null : id)),
    [hasNodeActions],
  );
  const closeMenu = useCallback(() => setMenuNode(null), []);
  const menuFor = menuNode ? info.detail.nodes.find((n) => n.id === menuNode) : undefined;
  const menu = menuFor
    ? {
        node: menuFor.id,
        items: nodeMenuItems(menuFor, info.detail.nodes, {
          controls,
          hasLeader: leaderName !== undefined,
          cut: info.detail.partitions.length > 0,
          dataOpen: openNode === menuFor.id,
        }),
        onPick: (item: NodeMenuItem) => {
          if (item.action) act(item.action);
          else setOpenNode((cur) => (cur === menuFor.id ? null : menuFor.id));
        },
        onClose: closeMenu,
      }
    : undefined;

  const onShortcut = (a: ShortcutAction) => {
    const others = (id: string) => info.detail.nodes.map((n) => n.id).filter((n) => n !== id);
    const cutTarget = menuNode ?? info.detail.leader ?? info.detail.nodes[0]?.id;
    if (a !== "play" && a !== "help" && a !== "cut" && a !== "heal") setPlaying(false);
    if (a === "play") setPlaying((p) => !p);
    else if (a === "step") store.step();
    else if (a === "back") store.seek(Math.max(0, store.run.sim.now - 100));
    else if (a === "forward") store.advance(100);
    else if (a === "cut" && controls.has("partition") && cutTarget)
      act({ type: "cut", from: [cutTarget], to: others(cutTarget) });
    else if (a === "heal" && controls.has("partition")) act({ type: "heal" });
    else if (a === "help") setHelp((h) => !h);
  };
  useLabShortcuts(props.standalone === true, onShortcut);
  const onSelectAnomaly = useCallback(
    (a: Anomaly) => {
      setSelected(a);
      setPlaying(false);
      store.seek(a.at);
    },
    [store],
  );
  const staleIds = useMemo(
    () => new Set(info.anomalies.filter((a) => a.kind === "stale-read").map((a) => a.opIds[0] ?? -1)),
    [info.anomalies],
  );
  const open = openNode ? info.detail.nodes.find((n) => n.id === openNode) : undefined;

  return (
    // Sized by its container, not the viewport: a lesson's prose column is narrower than a desktop window.
    <div
      ref={root}
      className="@container space-y-3 [&_[data-demo-target]]:outline-4 [&_[data-demo-target]]:outline-offset-2 [&_[data-demo-target]]:outline-brand-500"
      data-testid="lab"
    >
      {props.guidedDemo && demo === undefined ? <GuidedDemoStart onStart={() => setDemo(0)} /> : null}
      {props.guidedDemo && demo !== undefined ? (
        <GuidedDemo
          info={info}
          leader={leaderName ?? ""}
          step={demo}
          onStep={setDemo}
          onExit={() => setDemo(undefined)}
          lab={root}
          reducedMotion={reducedMotion}
        />
      ) : null}
      <PlaybackBar
        store={store}
        playing={playing}
        onPlaying={setPlaying}
        speed={speed}
        onSpeed={setSpeed}
        slowMotion={slowMotion}
        onSlowMotion={setSlowMotion}
        reducedMotion={reducedMotion}
        onReset={
          props.standalone
            ? () => {
                setPlaying(false);
                setSelected(null);
                setMenuNode(null);
                store.reset();
              }
            : undefined
        }
        onHelp={props.standalone ? () => setHelp(true) : undefined}
      />
      {props.standalone ? <ShortcutHelp open={help} onClose={() => setHelp(false)} /> : null}
      {info.halted ? (
        <p
          role="status"
          className="rounded-md border border-amber-500 bg-amber-50 px-3 py-1.5 text-sm text-amber-950 dark:bg-amber-950 dark:text-amber-100"
          data-testid="run-limit"
        >
          ⏹ {info.halted[0]?.toUpperCase()}
          {info.halted.slice(1)}. Rewind to any earlier moment, act from there, or share the run as it is.
        </p>
      ) : null}
      <div className="grid gap-4 @4xl:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="min-w-0 space-y-3">
          <div className="rounded-xl border border-slate-200 bg-slate-50/50 dark:border-slate-800 dark:bg-slate-900/40">
            <ClusterView
              store={store}
              openNode={openNode}
              onOpenNode={onOpenNode}
              onDropMessage={onDrop}
              reducedMotion={reducedMotion}
              drawing={drawingOf(scenario.topology)}
              menu={menu}
            />
          </div>
          {info.leaderCount >= 2 ? (
            <p
              className={`rounded-md border px-3 py-1.5 text-sm font-semibold ${info.fencing ? "border-amber-500 bg-amber-50 text-amber-950 dark:bg-amber-950 dark:text-amber-100" : "border-red-500 bg-red-50 text-red-900 dark:bg-red-950 dark:text-red-100"}`}
              role="status"
            >
              ♛♛ Two nodes think they are the leader right now.
              {info.fencing ? (
                <span className="font-normal">
                  {" "}
                  Fencing is on: the older epoch acknowledges nothing once its lease has run out.
                </span>
              ) : null}
            </p>
          ) : null}
          {open ? <NodeDataTable node={open} onClose={() => setOpenNode(null)} /> : null}
          <InflightList store={store} onDrop={onDrop} open={reducedMotion} />
          <Scrubber
            store={store}
            tree={info.tree}
            onSeek={(t) => {
              setPlaying(false);
              store.seek(t);
            }}
          />
          <BranchList
            tree={info.tree}
            onSelect={(id) => {
              setSelected(null);
              store.switchBranch(id);
            }}
          />
          <section aria-labelledby="timeline-h">
            <h3 id="timeline-h" className="text-sm font-semibold">
              Client operations
            </h3>
            {/* Scaled to the branch's known history, not the scenario's length, so early operations are not squeezed;
               zoom and pan for long runs. */}
            <Timeline
              history={info.history}
              anomalies={info.anomalies}
              now={info.time}
              end={Math.max(1000, currentBranch(info.tree).headTime)}
              selected={selected?.id ?? null}
              onSelect={onSelectAnomaly}
            />
          </section>
          <AnomalyList anomalies={info.anomalies} now={info.time} selected={selected} onSelect={onSelectAnomaly} />
        </div>
        <aside className="min-w-0 space-y-3" aria-label="Controls and metrics">
          {notice ? (
            <p
              role="alert"
              className="rounded-md border border-amber-500 bg-amber-50 px-2 py-1 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100"
            >
              ⚠ {notice}
            </p>
          ) : null}
          <ControlPanel
            controls={controls}
            nodes={info.detail.nodes}
            leaderName={info.detail.leader ?? leaderName}
            fencing={info.fencing}
            leaseMs={scenario.fencing.leaseMs}
            hasLeader={leaderName !== undefined}
            act={act}
            initialMode={scenario.replication.mode}
            raft={raftSettings(store.run.sim)}
            onReplayWithFencing={(on) => {
              setPlaying(false);
              setSelected(null);
              store.rerunWith({ type: "set-fencing", enabled: on }, `fencing ${on ? "on" : "off"}`);
            }}
          />
          {controls.has("topology") && currentQuorum ? (
            <QuorumControls current={currentQuorum} nodeCount={scenario.topology.nodes.length} onApply={applyQuorum} />
          ) : null}
          {props.standalone ? <ShareButton makeUrl={() => shareUrl(store, setUp)} /> : null}
          <MetricsPanel metrics={info.metrics} />
          <EventLog events={info.events} history={info.history} staleIds={staleIds} />
        </aside>
      </div>
      {props.standalone && controls.has("sweep") ? (
        <SweepPanel scenario={scenario} singleLeader={leaderName !== undefined} />
      ) : null}
    </div>
  );
}
