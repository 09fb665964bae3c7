/**
 * How each external file's rows become rows of data/study-runs.csv: which column holds the printed
 * figure and on what scale, the metric, the method, the setting that tells printed cells apart,
 * where in the study the figure is printed, and which single-agent method is the cell's baseline.
 */
import type { PrintedScale } from "../../lib/data/printed-values";
import type { Metric } from "../../lib/data/study-schemas";
import { need, type SourceRow } from "./external-csv";

/** One printed cell of a source row: its figure, scale and metric (a row may print several). */
export type PrintedCell = { printed: string; scale: PrintedScale; metric: Metric; setting: string | null; other: string };

export type StudySource = {
  study: string;
  file: string;
  /** The printed cells of a row; the first is the one the file's `success` column transcribes. */
  cells: (row: SourceRow) => PrintedCell[];
  method: (row: SourceRow) => string;
  printedIn: (row: SourceRow) => string;
  /**
   * The printed methods of the single agent a cell's other rows compare with, most preferred first
   * (a cell's baseline is its row of the first of these it has); empty: nothing is matched.
   */
  baselineMethods: readonly string[];
  /** Rows that no fit may use as matched cells even though a baseline exists. */
  unmatched?: (row: SourceRow) => boolean;
};

const cell = (printed: string, scale: PrintedScale, metric: Metric, setting: string | null = null, other = ""): PrintedCell => ({
  printed,
  scale,
  metric,
  setting,
  other,
});
const pairs = (...figures: [string, string][]) => figures.map(([name, value]) => `${name}=${value}`).join("; ");
const KIM_ORIGINS: Readonly<Record<string, string>> = {
  "(a)": "v3 Table 12 (read from bermudi/AgenticWiki raw/2512.08296-scaling-agent-systems.md)",
  "(b)": "example_outputs (ybkim95/agent-scaling @68d84f0f)",
  "(c)": "example_traces/swebench-verified/single-agent (Haseebae/agent-scaling @0ec18fa1)",
  "(d)": "comment in scripts/heterogeneous_agent_analysis.py (ybkim95/agent-scaling @ef185d3f)",
};
const CODE = new Set(["HumanEval", "MBPP"]);

/** The external files in the order their studies appear in data/studies.csv. */
export const STUDY_SOURCES: readonly StudySource[] = [
  {
    study: "kim-2512.08296",
    file: "kim-agent-scaling-unused-runs.csv",
    baselineMethods: [],
    cells: (r) => [cell(need(r, "success", "kim"), "fraction", "success-rate", null, r.delta_printed ? pairs(["delta", need(r, "delta_printed", "kim")]) : "")],
    method: (r) => (need(r, "origin", "kim") === "(a)" ? `heterogeneous ${need(r, "architecture", "kim")}` : need(r, "architecture", "kim")),
    printedIn: (r) => KIM_ORIGINS[need(r, "origin", "kim")] ?? need(r, "origin", "kim"),
  },
  {
    study: "illusion-2606.13003",
    file: "illusion-mas-2606.13003.csv",
    baselineMethods: ["CoT"],
    cells: (r) => [cell(need(r, "acc_printed", "illusion"), "percent", "accuracy", null, pairs(["cost_usd", need(r, "cost_usd_printed", "illusion")]))],
    method: (r) => need(r, "method", "illusion"),
    printedIn: () => "Table 4",
  },
  {
    study: "widesearch-2508.07999",
    file: "widesearch.csv",
    baselineMethods: ["Single Agent"],
    cells: (r) => [
      cell(
        need(r, "success_pct", "widesearch"),
        "percent",
        "success-rate",
        null,
        pairs(["search_calls", need(r, "search_calls", "widesearch")], ["browse_calls", need(r, "browse_calls", "widesearch")]),
      ),
      cell(need(r, "pass_at_4_pct", "widesearch"), "percent", "pass-at-4"),
      cell(need(r, "row_f1_avg4_pct", "widesearch"), "percent", "row-f1"),
      cell(need(r, "item_f1_avg4_pct", "widesearch"), "percent", "item-f1"),
    ],
    method: (r) => (need(r, "architecture", "widesearch") === "single" ? "Single Agent" : "Multi-Agent Framework"),
    printedIn: () => "Table 2",
  },
  {
    study: "debate-or-vote-2508.17536",
    file: "debate-or-vote-2508.17536.csv",
    baselineMethods: ["Single-agent baseline"],
    cells: (r) => [cell(need(r, "success", "debate"), "fraction", "accuracy", need(r, "rounds", "debate") === "" ? null : `T=${need(r, "rounds", "debate")}`)],
    method: (r) => need(r, "method", "debate"),
    printedIn: (r) => (need(r, "model", "debate") === "Qwen2.5-32B-Instruct" ? "Table 3" : "Table 1"),
  },
  {
    study: "latentmas-2511.20639",
    file: "latentmas-2511.20639.csv",
    baselineMethods: ["Single"],
    cells: (r) => [
      cell(
        need(r, "acc_pct", "latentmas"),
        "percent",
        "accuracy",
        need(r, "setting", "latentmas"),
        pairs(["output_tokens", need(r, "output_tokens", "latentmas")]),
      ),
    ],
    method: (r) => need(r, "method", "latentmas"),
    printedIn: (r) => (["AIME24", "AIME25", "GPQA-Diamond"].includes(need(r, "benchmark", "latentmas")) ? "Table 2" : "Table 1"),
  },
  {
    study: "mass-2502.02533",
    file: "mass-2502.02533.csv",
    baselineMethods: ["CoT"],
    cells: (r) => {
      const printedMetric = need(r, "metric", "mass");
      const metric: Metric = printedMetric === "F1" ? "f1" : printedMetric === "pass@1" ? "pass-at-1" : "accuracy";
      if (!["F1", "pass@1", "accuracy"].includes(printedMetric)) throw new Error(`mass: metric ${printedMetric}`);
      return [cell(need(r, "value_printed", "mass"), "percent", metric, null, pairs(["sd", need(r, "sd", "mass")]))];
    },
    method: (r) => need(r, "method", "mass"),
    printedIn: () => "Table 1",
    unmatched: (r) => need(r, "method", "mass") === "AFlow*",
  },
  {
    study: "maas-2502.04180",
    file: "maas-2502.04180.csv",
    baselineMethods: ["Vanilla"],
    cells: (r) => [cell(need(r, "value_printed", "maas"), "percent", CODE.has(need(r, "benchmark", "maas")) ? "pass-at-1" : "accuracy")],
    method: (r) => need(r, "method", "maas"),
    printedIn: () => "Table 1",
  },
  {
    study: "puppeteer-2505.19591",
    file: "puppeteer-2505.19591.csv",
    baselineMethods: ["Single model"],
    cells: (r) => {
      const phase = /^(Initialized|Evolved) phase/.exec(need(r, "notes", "puppeteer"))?.[0] ?? null;
      const quality = ["SRDD", "CommonGen-Hard"].includes(need(r, "benchmark", "puppeteer"));
      return [cell(need(r, "success", "puppeteer"), "fraction", quality ? "quality-score" : "accuracy", phase)];
    },
    method: (r) => need(r, "method", "puppeteer"),
    printedIn: () => "Table 1",
  },
  {
    study: "swe-debate-2507.23348",
    file: "swe-debate-2507.23348.csv",
    baselineMethods: ["SWE-Search"],
    cells: (r) => [cell(need(r, "success", "swe-debate"), "fraction", "pass-at-1")],
    method: (r) => need(r, "method", "swe-debate"),
    printedIn: () => "Sec. 5.1 text (Table 1 values the text states)",
  },
  {
    study: "agentverse-2308.10848",
    file: "agentverse-2308.10848-secondary.csv",
    baselineMethods: ["Solo", "ReAct"],
    cells: (r) => {
      const notes = need(r, "notes", "agentverse");
      const printed = need(r, "value_printed", "agentverse");
      const metric: Metric = notes.startsWith("score not success rate")
        ? "quality-score"
        : notes.startsWith("coverage score")
          ? "coverage-score"
          : notes.startsWith("pass@1")
            ? "pass-at-1"
            : notes.startsWith("accuracy")
              ? "accuracy"
              : "success-rate";
      return [cell(printed, printed.includes("/") ? "count" : "percent", metric)];
    },
    method: (r) => need(r, "method", "agentverse"),
    printedIn: (r) =>
      /summary/.test(need(r, "notes", "agentverse")) || need(r, "method", "agentverse") === "ReAct" || need(r, "method", "agentverse") === "AgentVerse"
        ? "Sec. 3 text (secondary summary)"
        : "Table 1 (secondary copy)",
  },
  {
    study: "benchagent-2606.05670",
    file: "benchagent-aggregate.csv",
    baselineMethods: [],
    cells: (r) => [cell(need(r, "success", "benchagent"), "fraction", "accuracy")],
    method: (r) => need(r, "method", "benchagent"),
    printedIn: () => "abstract, quoted by a blog (aggregate only)",
  },
];
