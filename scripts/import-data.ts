/**
 * Rebuilds data/ from the shared source folder (default ../shared/data) in the project's schema.
 * It renames and reshapes columns only; no figure is changed. Run: npm run import-data [-- --from DIR]
 * The result is validated by lib/data before anything is written.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import Papa from "papaparse";
import { z } from "zod";
import { collectDataTexts, DATA_FILES, parseDataset, type DataFileKey } from "../lib/data/dataset";
import { dataVersion } from "../lib/data/load";
import { buildEvidence } from "./import/evidence";

const { values } = parseArgs({ options: { from: { type: "string", default: "../shared/data" }, to: { type: "string", default: "data" } } });
const from = path.resolve(values.from);
const to = path.resolve(values.to);
const SNAPSHOT_DATE = "2026-08-05"; // simonw/llm-prices data/ commit the vendor files were taken from

type Row = Record<string, string>;
const readCsv = (file: string): Row[] => Papa.parse<Row>(readFileSync(path.join(from, file), "utf8"), { header: true, skipEmptyLines: "greedy" }).data;
const bool = (value: string | undefined) => (value === "True" ? "true" : "false");
const need = (row: Row, key: string): string => {
  const value = row[key];
  if (value === undefined) throw new Error(`source column "${key}" missing`);
  return value;
};

const architectures = readCsv("architectures.csv").map((r) => ({
  architecture: need(r, "architecture"),
  label: need(r, "label"),
  agents: need(r, "n_agents"),
  success_rate_table5: need(r, "success_rate"),
  turns_mean: need(r, "turns_mean"),
  turns_sd: need(r, "turns_sd"),
  overhead_pct: need(r, "overhead_pct"),
  message_density: need(r, "message_density"),
  redundancy: need(r, "redundancy"),
  efficiency: need(r, "efficiency"),
  error_amplification: need(r, "error_amplification"),
  successes_per_1k_tokens: need(r, "success_per_1k_tokens"),
  coordination_failure_pct: need(r, "coordination_failure_pct"),
  llm_calls: need(r, "llm_calls"),
  sequential_depth: need(r, "sequential_depth"),
  consensus: need(r, "consensus"),
}));

// Per-task files name models by release id (claude-sonnet-4-20250514): strip the date suffix.
const modelOfRelease = (release: string) => release.replace(/-\d{8}$/, "");
const perTask = readCsv("per-instance-swe-tb.csv");
const releasesOf = new Map<string, Set<string>>();
for (const row of [...perTask, ...readCsv("source/paper-runs-180.csv")]) {
  const release = need(row, "model");
  if (release !== modelOfRelease(release)) {
    const set = releasesOf.get(modelOfRelease(release)) ?? new Set<string>();
    releasesOf.set(modelOfRelease(release), set.add(release));
  }
}
const coverage: Record<string, string> = { yes: "all", "yes (SWE/TB only)": "swe-tb-only", no: "none" };
const models = readCsv("models.csv").map((r) => ({
  model: need(r, "model"),
  vendor: need(r, "vendor"),
  label: need(r, "label"),
  capability_index: need(r, "intelligence_index"),
  capability_index_v1: need(r, "intelligence_index_v1"),
  capability_source: need(r, "index_source"),
  runs_coverage: coverage[need(r, "in_runs")] ?? need(r, "in_runs"),
  price_id: need(r, "price_id"),
  release_ids: [...(releasesOf.get(need(r, "model")) ?? [])].sort().join(" "),
}));

const runs = readCsv("runs.csv").map((r) => ({
  benchmark: need(r, "benchmark"),
  architecture: need(r, "architecture"),
  model: need(r, "model"),
  success_rate: need(r, "success_rate"),
  tasks: need(r, "n_instances"),
  successes: need(r, "n_successes"),
  mean_steps: need(r, "mean_steps"),
  in_v2: bool(r.in_paper_v2_180),
  in_v3: bool(r.in_paper_v3_260),
  fold_v2: need(r, "cv_fold_v2"),
  fold_v3: need(r, "cv_fold_v3"),
  source: need(r, "source"),
}));

const benchmarkOfDataset: Record<string, string> = { "swebench-verified": "swe-bench-verified", terminalbench: "terminal-bench" };
const architectureOfAgentType = (agentType: string) => (agentType === "single-agent" ? "single" : agentType.replace(/^multi-agent-/, ""));
// The source's `success` column is 0 on every row (resolved carries the outcome), so it is not kept.
const taskResults = perTask.map((r) => ({
  benchmark: benchmarkOfDataset[need(r, "dataset")] ?? need(r, "dataset"),
  architecture: architectureOfAgentType(need(r, "agent_type")),
  model: modelOfRelease(need(r, "model")),
  task: need(r, "instance_idx"),
  resolved: need(r, "resolved"),
  steps: need(r, "num_steps"),
  has_output: bool(r.has_output),
}));

const PriceFile = z.object({
  vendor: z.string(),
  models: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      price_history: z.array(
        z.object({
          input: z.number(),
          output: z.number(),
          input_cached: z.number().nullable(),
          from_date: z.string().nullable(),
          to_date: z.string().nullable(),
        }),
      ),
    }),
  ),
});
const prices = readdirSync(path.join(from, "prices"))
  .filter((f) => f.endsWith(".json"))
  .sort()
  .flatMap((file) => {
    const vendorFile = PriceFile.parse(JSON.parse(readFileSync(path.join(from, "prices", file), "utf8")));
    return vendorFile.models.flatMap((m) =>
      m.price_history.map((p) => ({
        price_id: m.id,
        vendor: vendorFile.vendor,
        name: m.name,
        input_usd_per_mtok: String(p.input),
        output_usd_per_mtok: String(p.output),
        cached_input_usd_per_mtok: p.input_cached === null ? "" : String(p.input_cached),
        from_date: p.from_date ?? "",
        to_date: p.to_date ?? "",
        as_of: p.from_date ?? SNAPSHOT_DATE,
        source: `simonw/llm-prices data/${file} (${SNAPSHOT_DATE})`,
      })),
    );
  });
// The snapshot lists some ids twice under two names (grok-4-fast): keep the first when the figures
// agree, stop when they conflict. data/README.md records the dropped duplicates.
const priceKey = (p: (typeof prices)[number]) => `${p.price_id}@${p.from_date}`;
const figures = (p: (typeof prices)[number]) => [p.input_usd_per_mtok, p.output_usd_per_mtok, p.cached_input_usd_per_mtok, p.to_date].join("/");
const seen = new Map<string, (typeof prices)[number]>();
for (const p of prices.splice(0)) {
  const first = seen.get(priceKey(p));
  if (first === undefined) {
    seen.set(priceKey(p), p);
    prices.push(p);
    continue;
  }
  if (figures(first) !== figures(p)) throw new Error(`conflicting prices for ${priceKey(p)}: ${first.name} vs ${p.name}`);
  console.log(`dropped duplicate price ${p.price_id} ("${p.name}"), identical to "${first.name}"`);
}
for (const r of readCsv("prices-extra.csv")) {
  prices.push({
    price_id: need(r, "id"),
    vendor: need(r, "vendor"),
    name: need(r, "name"),
    input_usd_per_mtok: need(r, "input"),
    output_usd_per_mtok: need(r, "output"),
    cached_input_usd_per_mtok: need(r, "input_cached"),
    from_date: "",
    to_date: "",
    as_of: SNAPSHOT_DATE,
    source: `prices-extra.csv: ${need(r, "note")}`,
  });
}
// A model without its own price_id in the shared table may have one in prices-extra.csv under its own id.
for (const m of models) if (m.price_id === "" && prices.some((p) => p.price_id === m.model)) m.price_id = m.model;

// The other studies (shared/data/external) extend the benchmark and model catalogs and fill
// studies.csv and study-runs.csv; Kim's benchmark figures come from shared/data/benchmarks.csv.
const evidence = buildEvidence(from, readCsv("benchmarks.csv"), new Set(models.map((m) => m.model)));
const benchmarks = evidence.benchmarks;
const allModels = [...models, ...evidence.otherModels];
const { studies, studyRuns } = evidence;

// Files not built from the shared source (the paper's reproduction targets) are kept as they are.
const tables: Partial<Record<DataFileKey, object[]>> = { benchmarks, architectures, models: allModels, runs, taskResults, prices, studies, studyRuns };
const texts = collectDataTexts((file, key) => {
  const rows = tables[key];
  return rows === undefined ? readFileSync(path.join(to, file), "utf8") : `${Papa.unparse(rows, { newline: "\n" })}\n`;
});
const dataset = parseDataset(texts, dataVersion(texts), path.relative(process.cwd(), to));
for (const key of Object.keys(tables) as DataFileKey[]) writeFileSync(path.join(to, DATA_FILES[key].file), texts[key]);
console.log(
  `wrote ${Object.keys(tables).length} files to ${to}: ${dataset.runs.length} runs, ${dataset.taskResults.length} task results, ${dataset.prices.length} prices, ` +
    `${dataset.studies.length} studies, ${dataset.studyRuns.length} study runs, ${dataset.benchmarkCatalog.length} benchmarks, ${dataset.modelCatalog.length} models; version ${dataset.version}`,
);
