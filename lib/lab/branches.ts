/**
 * Branches of a run. A branch is the seed's run plus an action log; rewinding
 * and acting from an earlier moment forks a new branch and keeps the old one.
 * Pure data, immutable updates.
 */
import type { ActionLogEntry } from "@/lib/sim";

export interface Branch {
  readonly id: string;
  readonly label: string;
  readonly parentId: string | null;
  /** Virtual time it was forked at (0 for the first branch). */
  readonly forkedAt: number;
  readonly actions: readonly ActionLogEntry[];
  /** Furthest virtual time this branch has been played to. */
  readonly headTime: number;
}

export interface BranchTree {
  readonly branches: readonly Branch[];
  readonly currentId: string;
}

export function initialTree(actions: readonly ActionLogEntry[] = [], headTime = 0): BranchTree {
  return { branches: [{ id: "b1", label: "main", parentId: null, forkedAt: 0, actions, headTime }], currentId: "b1" };
}

export function currentBranch(tree: BranchTree): Branch {
  const b = tree.branches.find((x) => x.id === tree.currentId) ?? tree.branches[0];
  if (!b) throw new Error("a branch tree always has a branch");
  return b;
}

function replaceCurrent(tree: BranchTree, next: Branch): BranchTree {
  return { ...tree, branches: tree.branches.map((b) => (b.id === next.id ? next : b)) };
}

/** Records how far the current branch has been played. */
export function advanceHead(tree: BranchTree, time: number): BranchTree {
  const b = currentBranch(tree);
  return time > b.headTime ? replaceCurrent(tree, { ...b, headTime: time }) : tree;
}

/**
 * Whether acting now would rewrite the branch's future: some of its actions
 * are not applied yet, or it has been played past `now`.
 */
export function wouldFork(tree: BranchTree, applied: number, now: number): boolean {
  const b = currentBranch(tree);
  return applied < b.actions.length || now < b.headTime;
}

/**
 * Appends an injected action. When it rewrites the current branch's future, a
 * new branch is made from the applied prefix plus the action and becomes
 * current; the old branch is kept unchanged.
 */
export function recordAction(tree: BranchTree, applied: number, entry: ActionLogEntry): BranchTree {
  const b = currentBranch(tree);
  if (!wouldFork(tree, applied, entry.at))
    return replaceCurrent(tree, { ...b, actions: [...b.actions, entry], headTime: Math.max(b.headTime, entry.at) });
  const id = `b${tree.branches.length + 1}`;
  const fork: Branch = {
    id,
    label: `branch ${tree.branches.length + 1}`,
    parentId: b.id,
    forkedAt: entry.at,
    actions: [...b.actions.slice(0, applied), entry],
    headTime: entry.at,
  };
  return { branches: [...tree.branches, fork], currentId: id };
}

/** Appends recorded actions to the current branch's future (they apply when the run reaches them). */
export function appendToCurrent(tree: BranchTree, entries: readonly ActionLogEntry[]): BranchTree {
  const b = currentBranch(tree);
  const headTime = entries.reduce((t, e) => Math.max(t, e.at), b.headTime);
  return replaceCurrent(tree, { ...b, actions: [...b.actions, ...entries], headTime });
}

/** Adds a whole new branch (a what-if re-run) and makes it current. */
export function addBranch(
  tree: BranchTree,
  actions: readonly ActionLogEntry[],
  headTime: number,
  label: string,
): BranchTree {
  const id = `b${tree.branches.length + 1}`;
  return {
    branches: [...tree.branches, { id, label, parentId: tree.currentId, forkedAt: 0, actions, headTime }],
    currentId: id,
  };
}

export function selectBranch(tree: BranchTree, id: string): BranchTree {
  return tree.branches.some((b) => b.id === id) ? { ...tree, currentId: id } : tree;
}
