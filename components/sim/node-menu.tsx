"use client";
import { useEffect, useRef, type KeyboardEvent } from "react";
import type { Action, NodeSnapshot } from "@/lib/sim";
import type { LabControl } from "@/lib/lab/lab-controls";
import { NODE_H, type Layout, type Point } from "@/lib/lab/cluster-geometry";
import { focusRing } from "@/components/ui/class-names";

export interface NodeMenuItem {
  readonly label: string;
  /** An action to inject, or undefined for "show its data". */
  readonly action?: Action;
}

/** What a node offers, within the controls this lab allows (a lesson may allow none of them). */
export function nodeMenuItems(
  node: NodeSnapshot,
  all: readonly NodeSnapshot[],
  o: { controls: ReadonlySet<LabControl>; hasLeader: boolean; cut: boolean; dataOpen: boolean },
): NodeMenuItem[] {
  const items: NodeMenuItem[] = [{ label: `${o.dataOpen ? "Hide" : "Show"} ${node.id}'s data` }];
  if (o.controls.has("crash"))
    items.push(
      node.status === "crashed"
        ? { label: `Restart ${node.id}`, action: { type: "restart", node: node.id } }
        : { label: `Crash ${node.id}`, action: { type: "crash", node: node.id } },
    );
  if (o.controls.has("promote") && o.hasLeader && node.role !== "leader" && node.status === "up")
    items.push({ label: `Promote ${node.id}`, action: { type: "promote", node: node.id } });
  if (o.controls.has("partition")) {
    const others = all.filter((n) => n.id !== node.id).map((n) => n.id);
    if (others.length > 0)
      items.push({ label: `Cut ${node.id} off`, action: { type: "cut", from: [node.id], to: others } });
    if (o.cut) items.push({ label: "Heal the network", action: { type: "heal" } });
  }
  return items;
}

interface Props {
  readonly node: string;
  readonly items: readonly NodeMenuItem[];
  readonly at: Point;
  readonly layout: Layout;
  readonly onPick: (item: NodeMenuItem) => void;
  readonly onClose: () => void;
}

/**
 * A node's actions in a small menu beside it (above it in the drawing's lower half, so it stays inside): arrow keys
 * move, Enter picks, Escape closes and gives focus back to the node.
 */
export function NodeMenu({ node, items, at, layout, onPick, onClose }: Props) {
  const ref = useRef<HTMLUListElement>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>("[role=menuitem]")?.focus();
    const away = (e: PointerEvent) => {
      const t = e.target as Element | null;
      if (!ref.current?.contains(t) && !t?.closest(`[data-node="${node}"]`)) onClose();
    };
    document.addEventListener("pointerdown", away);
    return () => document.removeEventListener("pointerdown", away);
  }, [node, onClose]);
  const close = () => {
    onClose();
    document.querySelector<SVGElement>(`[data-node="${node}"]`)?.focus();
  };
  const onKey = (e: KeyboardEvent) => {
    const entries = [...(ref.current?.querySelectorAll<HTMLElement>("[role=menuitem]") ?? [])];
    const i = entries.indexOf(document.activeElement as HTMLElement);
    const move = { ArrowDown: 1, ArrowUp: -1 }[e.key];
    if (move !== undefined) entries[(i + move + entries.length) % entries.length]?.focus();
    else if (e.key === "Home") entries[0]?.focus();
    else if (e.key === "End") entries[entries.length - 1]?.focus();
    else if (e.key === "Escape" || e.key === "Tab") close();
    else return;
    e.preventDefault();
  };
  const below = at.y < layout.h / 2;
  const style = {
    left: `clamp(5.5rem, ${(at.x / layout.w) * 100}%, calc(100% - 5.5rem))`,
    ...(below
      ? { top: `${((at.y + NODE_H / 2) / layout.h) * 100}%` }
      : { bottom: `${((layout.h - at.y + NODE_H / 2) / layout.h) * 100}%` }),
  };
  return (
    <ul
      ref={ref}
      role="menu"
      aria-label={`Actions on ${node}`}
      onKeyDown={onKey}
      style={style}
      className="absolute z-10 w-44 -translate-x-1/2 rounded-lg border border-slate-300 bg-white p-1 text-sm shadow-lg dark:border-slate-600 dark:bg-slate-900"
    >
      {items.map((item) => (
        <li key={item.label} role="none">
          <button
            type="button"
            role="menuitem"
            tabIndex={-1}
            className={`w-full rounded px-2 py-1.5 text-left hover:bg-slate-100 focus:bg-slate-100 dark:hover:bg-slate-800 dark:focus:bg-slate-800 ${focusRing}`}
            onClick={() => {
              onPick(item);
              close();
            }}
          >
            {item.label}
          </button>
        </li>
      ))}
    </ul>
  );
}
