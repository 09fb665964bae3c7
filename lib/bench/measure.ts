import { performance } from "node:perf_hooks";
import { quantile } from "simple-statistics";

/** Timing of repeated calls, in milliseconds. */
export type Timing = { name: string; runs: number; medianMs: number; p95Ms: number; minMs: number };

/**
 * Calls `fn` `warmup` times untimed, then `runs` times timed, and reports median, p95 and min.
 * A figure for `npm run bench`, never an assertion: shared machines make timings noisy.
 *
 * @example measure("noop", () => {}, 100).runs // 100
 */
export function measure(name: string, fn: () => unknown, runs: number, warmup = Math.min(5, runs)): Timing {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return { name, runs, medianMs: quantile(times, 0.5), p95Ms: quantile(times, 0.95), minMs: Math.min(...times) };
}

/** Formats timings as aligned lines, e.g. "fit paper v3   median 2.10 ms   p95 2.50 ms   (50 runs)". */
export function formatTimings(timings: readonly Timing[]): string {
  const width = Math.max(...timings.map((t) => t.name.length));
  const ms = (value: number) => (value < 1 ? value.toFixed(3) : value.toFixed(1));
  return timings
    .map((t) => `${t.name.padEnd(width)}   median ${ms(t.medianMs)} ms   p95 ${ms(t.p95Ms)} ms   min ${ms(t.minMs)} ms   (${t.runs} runs)`)
    .join("\n");
}
