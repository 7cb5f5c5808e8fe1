/**
 * A still of the moment Quorum teaches best: a partition has cut the old
 * leader off, a replica was promoted, and both accept writes.
 */
export function SplitBrainDiagram() {
  return (
    <figure className="rounded-2xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900">
      <svg viewBox="0 0 420 260" role="img" aria-labelledby="sb-title sb-desc" className="h-auto w-full">
        <title id="sb-title">Split brain</title>
        <desc id="sb-desc">
          A network cut separates the old leader in the east from two replicas in the west. One replica has been
          promoted, so two nodes now accept writes with different values for x.
        </desc>
        <line x1="210" y1="20" x2="210" y2="240" className="stroke-rose-500" strokeWidth="3" strokeDasharray="8 6" />
        <text x="202" y="250" textAnchor="end" className="fill-rose-600 text-[12px] font-semibold dark:fill-rose-400">
          network cut
        </text>
        <line x1="300" y1="70" x2="300" y2="180" className="stroke-slate-400" strokeWidth="2" />
        <g>
          <circle
            cx="110"
            cy="120"
            r="44"
            className="fill-amber-100 stroke-amber-600 dark:fill-amber-950"
            strokeWidth="3"
          />
          <text
            x="110"
            y="112"
            textAnchor="middle"
            className="fill-slate-900 text-[13px] font-semibold dark:fill-slate-100"
          >
            A · leader
          </text>
          <text x="110" y="130" textAnchor="middle" className="fill-slate-600 text-[12px] dark:fill-slate-300">
            epoch 1
          </text>
          <text
            x="110"
            y="146"
            textAnchor="middle"
            className="fill-slate-900 font-mono text-[12px] dark:fill-slate-100"
          >
            x = 7
          </text>
        </g>
        <g>
          <circle
            cx="300"
            cy="70"
            r="40"
            className="fill-amber-100 stroke-amber-600 dark:fill-amber-950"
            strokeWidth="3"
          />
          <text
            x="300"
            y="64"
            textAnchor="middle"
            className="fill-slate-900 text-[13px] font-semibold dark:fill-slate-100"
          >
            B · leader
          </text>
          <text x="300" y="80" textAnchor="middle" className="fill-slate-600 text-[12px] dark:fill-slate-300">
            epoch 2
          </text>
          <text x="300" y="96" textAnchor="middle" className="fill-slate-900 font-mono text-[12px] dark:fill-slate-100">
            x = 9
          </text>
        </g>
        <g>
          <circle cx="300" cy="190" r="40" className="fill-sky-100 stroke-sky-600 dark:fill-sky-950" strokeWidth="3" />
          <text
            x="300"
            y="186"
            textAnchor="middle"
            className="fill-slate-900 text-[13px] font-semibold dark:fill-slate-100"
          >
            C · replica
          </text>
          <text
            x="300"
            y="204"
            textAnchor="middle"
            className="fill-slate-900 font-mono text-[12px] dark:fill-slate-100"
          >
            x = 9
          </text>
        </g>
        <text
          x="110"
          y="200"
          textAnchor="middle"
          className="fill-rose-600 text-[12px] font-semibold dark:fill-rose-400"
        >
          ⚠ two leaders accept writes
        </text>
      </svg>
      <figcaption className="mt-2 text-sm text-slate-600 dark:text-slate-400">
        Split brain: with fencing on, A&apos;s stale epoch gets its writes rejected instead.
      </figcaption>
    </figure>
  );
}
