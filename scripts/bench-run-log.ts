/**
 * The pilot-log upload's speed figures for `npm run bench`, also runnable alone (no build needed):
 * `npx tsx scripts/bench-run-log.ts`. Printed, never asserted (timed tests flake on shared machines).
 * Two logs: a 1M-row per-task CSV and an Inspect .eval log of 100k samples, each read by the upload's
 * code path in Node and in Chromium's Web Worker (with the main thread's long tasks).
 */
import { fileURLToPath } from "node:url";
import { zipSync, strToU8 } from "fflate";
import { quantile } from "simple-statistics";
import { seededRandom } from "../lib/model/stats/random";
import { parseRunLogFiles } from "../lib/pilots/parse-run-log";
import type { RunLogSummary } from "../lib/pilots/run-log";
import { benchRunLogWorker } from "./bench-ui";

/**
 * The designs of the synthetic log: ten, so each holds 100,000 tasks of a million rows (the most a
 * pilot takes).
 */
const DESIGNS = [
  ["single", 1],
  ["independent", 3],
  ["independent", 4],
  ["centralized", 3],
  ["centralized", 4],
  ["centralized", 5],
  ["decentralized", 3],
  ["decentralized", 4],
  ["hybrid", 3],
  ["hybrid", 4],
] as const;

/**
 * A per-task pilot log of `rows` CSV rows (every design on the same rows / 10 tasks, with tokens in and
 * out and cost), as a pilot harness would write it: "t000017,centralized,3,1,48211,3120,0.0421".
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

/**
 * An Inspect .eval log of `samples` samples (a zip as Inspect writes it: _journal/start.json, one
 * samples/<id>_epoch_1.json each with a C/I score, model_usage, timings and a few events, then
 * header.json), of a centralized design with 4 agents named in task_args.
 */
export function syntheticInspectLog(samples: number, seed = 1): Uint8Array {
  const random = seededRandom(seed);
  const evalSpec = { task: "bench", model: "openai/gpt-5-mini", task_args: { architecture: "centralized", agents: 4 }, dataset: { samples } };
  const files: Record<string, Uint8Array> = { "_journal/start.json": strToU8(JSON.stringify({ version: 2, eval: evalSpec })) };
  for (let i = 1; i <= samples; i++) {
    const calls = 2 + Math.floor(random() * 4);
    const sample = {
      id: i,
      epoch: 1,
      input: `Question ${i}: what does the log say?`,
      target: "C",
      messages: [
        { role: "user", content: `Question ${i}` },
        { role: "assistant", content: "An answer." },
      ],
      scores: { match: { value: random() < 0.45 ? "C" : "I", answer: "An answer." } },
      model_usage: {
        "openai/gpt-5-mini": {
          input_tokens: Math.round(5_000 + 20_000 * random()),
          output_tokens: Math.round(300 + 2_000 * random()),
          input_tokens_cache_read: Math.round(2_000 * random()),
        },
      },
      total_time: 10 + 30 * random(),
      working_time: 8 + 25 * random(),
      events: [{ event: "sample_init" }, ...Array.from({ length: calls }, () => ({ event: "model", model: "openai/gpt-5-mini" })), { event: "score" }],
    };
    files[`samples/${i}_epoch_1.json`] = strToU8(JSON.stringify(sample));
  }
  files["header.json"] = strToU8(JSON.stringify({ version: 2, status: "success", eval: evalSpec, results: { total_samples: samples } }));
  return zipSync(files, { level: 6 });
}

export const BENCH_ROWS = 1_000_000;
export const BENCH_SAMPLES = 100_000;

/** Node: the worker's code path (a Blob read in 1 MB slices, decoded or inflated, parsed, aggregated), timed on `content`. */
export async function benchRunLogNode(content: string | Uint8Array, fileName: string, what: string, runs = 3): Promise<string[]> {
  const blob = new Blob([typeof content === "string" ? content : new Uint8Array(content)]);
  let summary: RunLogSummary | undefined;
  const times: number[] = [];
  for (let run = 0; run <= runs; run++) {
    const start = performance.now();
    summary = await parseRunLogFiles([{ blob, name: fileName }]);
    if (run > 0) times.push(performance.now() - start);
  }
  const found =
    summary === undefined
      ? "no summary"
      : `${summary.rows.valid.toLocaleString("en-US")} valid, ${summary.rows.invalid.toLocaleString("en-US")} invalid, ${summary.designs.length} designs, paired: ${summary.paired}`;
  return [
    `parse + aggregate ${what} (${(blob.size / 1e6).toFixed(1)} MB; Node, the worker's code path; ${found})`,
    `  median ${quantile(times, 0.5).toFixed(0)} ms   min ${Math.min(...times).toFixed(0)} ms   (${times.length} runs after 1 warm-up; target <= 2000 ms)`,
  ];
}

/** Node's figure, then Chromium's (the worker in a page), for the CSV log and the Inspect log. */
export async function benchRunLog(): Promise<string[]> {
  const text = syntheticRunLog(BENCH_ROWS);
  const inspect = syntheticInspectLog(BENCH_SAMPLES);
  return [
    ...(await benchRunLogNode(text, "bench.csv", `a ${BENCH_ROWS.toLocaleString("en-US")}-row per-task CSV log`)),
    ...(await benchRunLogWorker(text)),
    ...(await benchRunLogNode(inspect, "bench.eval", `an Inspect .eval log of ${BENCH_SAMPLES.toLocaleString("en-US")} samples`)),
    ...(await benchRunLogWorker(inspect, "bench.eval")),
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const line of await benchRunLog()) console.log(line);
}
