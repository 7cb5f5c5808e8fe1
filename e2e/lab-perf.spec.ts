import { loadavg } from "node:os";
import { test } from "./fixtures/lab";

/**
 * Measures smoothness while a 5-node cluster plays: rAF frame intervals and
 * long tasks (> 50 ms) over 5 s. Logs figures; asserts nothing about timing.
 */
test("lab frame rate and long tasks over 5 s of play (5 nodes)", async ({ lab, page }) => {
  await lab.open("?scenario=sync-no-loss&n=5&seed=1");
  await page.evaluate(() => {
    const w = window as unknown as { __long: number[] };
    w.__long = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__long.push(e.duration))).observe({ type: "longtask", buffered: false });
  });
  await lab.button("▶ Play").click();
  const frames = await page.evaluate(
    () =>
      new Promise<number[]>((resolve) => {
        const out: number[] = [];
        let last = performance.now();
        const start = last;
        const f = (t: number) => {
          out.push(t - last);
          last = t;
          if (t - start < 5000) requestAnimationFrame(f);
          else resolve(out);
        };
        requestAnimationFrame(f);
      }),
  );
  const long = await page.evaluate(() => (window as unknown as { __long: number[] }).__long);
  const sorted = [...frames].sort((a, b) => a - b);
  const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
  const fps = (frames.length / frames.reduce((a, b) => a + b, 0)) * 1000;
  console.log(
    `[lab-perf] frames=${frames.length} fps=${fps.toFixed(1)} frame p50=${pct(50).toFixed(1)}ms p95=${pct(95).toFixed(1)}ms p99=${pct(99).toFixed(1)}ms max=${pct(100).toFixed(1)}ms longtasks=${long.length} longest=${Math.max(0, ...long).toFixed(0)}ms`,
  );
  console.log(`[lab-perf] virtual time reached: ${await lab.time().textContent()}`);
  // The figures swing with whatever else the machine runs; the load average says how busy it was.
  console.log(`[lab-perf] machine load average (1/5/15 min): ${loadavg().map((l) => l.toFixed(2)).join(" / ")}`);
});
