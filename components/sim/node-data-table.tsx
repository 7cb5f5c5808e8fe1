"use client";
import type { NodeSnapshot } from "@/lib/sim";
import { showValue } from "@/lib/lab/op-format";

/** One node's key/value data (the applied state), opened from the cluster view. */
export function NodeDataTable({ node, onClose }: { node: NodeSnapshot; onClose: () => void }) {
  const rows = Object.entries(node.data ?? {});
  return (
    <section
      aria-label={`Data on ${node.id}`}
      className="rounded-lg border border-slate-200 p-2 text-sm dark:border-slate-700"
    >
      <div className="flex items-center justify-between">
        <h3 className="font-semibold">
          {node.id}&apos;s data{" "}
          <span className="font-normal text-muted">
            ({node.role}, applied {node.appliedLsn} of {node.logLsn})
          </span>
        </h3>
        <button
          type="button"
          onClick={onClose}
          className="rounded px-2 py-0.5 text-xs hover:bg-slate-100 dark:hover:bg-slate-800"
        >
          Close
        </button>
      </div>
      {rows.length === 0 ? (
        <p className="text-muted">No keys applied yet.</p>
      ) : (
        <table className="mt-1 w-full text-left font-mono text-xs">
          <thead>
            <tr>
              <th className="font-medium">key</th>
              <th className="font-medium">value</th>
              <th className="font-medium">version (LSN)</th>
              <th className="font-medium">epoch</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([k, e]) => (
              <tr key={k}>
                <td>{k}</td>
                <td>{showValue(e.value)}</td>
                <td>{e.version}</td>
                <td>{e.epoch}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
