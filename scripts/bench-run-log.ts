/**
 * The pilot-log upload's speed figures for `npm run bench`, also runnable alone (no build needed):
 * `npx tsx scripts/bench-run-log.ts`. Printed, never asserted (timed tests flake on shared machines).
 */
import { fileURLToPath } from "node:url";
import { quantile } from "simple-statistics";
import { seededRandom } from "../lib/model/stats/random";
import { parseRunLogBlob } from "../lib/pilots/parse-run-log";
import type { RunLogSummary } from "../lib/pilots/run-log";
import { benchRunLogWorker } from "./bench-ui";

/** The designs of the synthetic log: every architecture, at its usual agent count. */
const DESIGNS = [
  ["single", 1],
  ["independent", 3],
  ["centralized", 3],
  ["decentralized", 3],
  ["hybrid", 3],
] as const;

/**
 * A per-task pilot log of `rows` CSV rows (every design on the same rows / 5 tasks, with tokens in
 * and out and cost), as a pilot harness would write it: "t000017,centralized,3,1,48211,3120,0.0421".
 */
export function syntheticRunLog(rows: number, seed = 1): string {
  const random = seededRandom(seed);
  const lines = ["task,architecture,agents,solved,tokens_in,tokens_out,cost"];
  for (let i = 0; i < rows; i++) {
    const [architecture, agents] = DESIGNS[i % DESIGNS.length] ?? DESIGNS[0];
    const task = `t${String(Math.floor(i / DESIGNS.length)).padStart(6, "0")}`;
    const tokensIn = Math.round(20_000 + 60_000 * random());
    const tokensOut = Math.round(1_000 + 4_000 * random());
    lines.push(`${task},${architecture},${agents},${random() < 0.4 ? 1 : 0},${tokensIn},${tokensOut},${(tokensIn * 6e-7 + tokensOut * 2.4e-6).toFixed(4)}`);
  }
  return `${lines.join("\n")}\n`;
}

export const BENCH_ROWS = 1_000_000;

/** Node: the worker's code path (a Blob read in 1 MB slices, decoded, parsed, aggregated), timed on `text`. */
export async function benchRunLogNode(text: string, runs = 3): Promise<string[]> {
  const blob = new Blob([text]);
  let summary: RunLogSummary | undefined;
  const times: number[] = [];
  for (let run = 0; run <= runs; run++) {
    const start = performance.now();
    summary = await parseRunLogBlob(blob, "bench.csv");
    if (run > 0) times.push(performance.now() - start);
  }
  const found = summary === undefined ? "no summary" : `${summary.rows.valid.toLocaleString("en-US")} valid rows, ${summary.designs.length} designs, paired: ${summary.paired}`;
  return [
    `parse + aggregate a ${BENCH_ROWS.toLocaleString("en-US")}-row per-task log (${(blob.size / 1e6).toFixed(1)} MB of CSV; Node, the worker's code path; ${found})`,
    `  median ${quantile(times, 0.5).toFixed(0)} ms   min ${Math.min(...times).toFixed(0)} ms   (${times.length} runs after 1 warm-up; target <= 2000 ms)`,
  ];
}

/** Node's figure, then Chromium's (the worker in a page), on one generated log of BENCH_ROWS rows. */
export async function benchRunLog(): Promise<string[]> {
  const text = syntheticRunLog(BENCH_ROWS);
  return [...(await benchRunLogNode(text)), ...(await benchRunLogWorker(text))];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const line of await benchRunLog()) console.log(line);
}
