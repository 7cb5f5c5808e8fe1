const features = [
  {
    title: "Lessons that go deep",
    body: "Single-leader replication, failover and fencing, multi-master and Galera certification, leaderless quorums, chain replication, and the four-phase interview framework — each with the numbers and trade-offs a strong candidate names.",
  },
  {
    title: "A simulator you can break",
    body: "A deterministic, seeded simulation of real topologies that runs in your browser. Same seed, same run, bit for bit: rewind it, fork it, share it as a link.",
  },
  {
    title: "Quizzes computed, not typed",
    body: "Scenario questions take their answers from replaying the simulation, so every variant is fresh and the answer key can never drift from the model.",
  },
  {
    title: "Mock interviews",
    body: "Timed phases, prompts, notes that never get lost, a rubric, and feedback — alone, or with an interviewer who can cut your network mid-answer.",
  },
] as const;

export function FeatureList() {
  return (
    <section
      aria-labelledby="features"
      className="border-t border-slate-200 bg-slate-50 py-16 dark:border-slate-800 dark:bg-slate-900/40"
    >
      <div className="mx-auto max-w-6xl px-4">
        <h2 id="features" className="text-2xl font-bold tracking-tight">
          What you practise here
        </h2>
        <ul className="mt-8 grid gap-6 sm:grid-cols-2">
          {features.map((feature) => (
            <li
              key={feature.title}
              className="rounded-xl border border-slate-200 bg-white p-6 dark:border-slate-800 dark:bg-slate-950"
            >
              <h3 className="font-semibold">{feature.title}</h3>
              <p className="mt-2 text-slate-600 dark:text-slate-300">{feature.body}</p>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
