import { z } from "zod";
import { quoteValue } from "./cell-values";
import {
  booleanCell,
  enumCell,
  idCell,
  numberCell,
  optionalIdListCell,
  optionalNumberCell,
  optionalTextCell,
  textCell,
  urlCell,
} from "./cells";
import { PRINTED_SCALES } from "./printed-values";

/**
 * The evidence beyond Kim et al.'s 270 runs: data/studies.csv (one row per study, Kim et al.
 * included) and data/study-runs.csv (one row per printed cell of another study's table, plus Kim
 * et al.'s runs outside the 270). Meanings of every column: data/README.md.
 */

/** The study that produced data/runs.csv. */
export const KIM_STUDY = "kim-2512.08296";

/** evaluation = tests others' systems; method = proposes the multi-agent system it measures. */
export const STUDY_KINDS = ["evaluation", "method"] as const;
/** Whether the source says single- and multi-agent systems ran on matched budgets ("no" includes "not stated"). */
export const BUDGET_MATCHING = ["yes", "partial", "no"] as const;

const optionalCommitCell = z.string().transform((raw, ctx) => {
  if (raw.trim() === "") return null;
  if (!/^[0-9a-f]{7,40}$/.test(raw.trim())) {
    ctx.addIssue({ code: "custom", message: `expected a git commit (7-40 hex digits) or blank, got ${quoteValue(raw)}` });
    return z.NEVER;
  }
  return raw.trim();
});

export const StudySchema = z.object({
  study: idCell,
  label: textCell,
  citation: textCell,
  link: urlCell,
  kind: enumCell(STUDY_KINDS),
  budgets_matched: enumCell(BUDGET_MATCHING),
  budgets_note: textCell,
  harness_note: textCell,
  tables: textCell,
  read_repository: optionalTextCell,
  read_path: optionalTextCell,
  read_commit: optionalCommitCell,
  read_lines: optionalTextCell,
  read_note: optionalTextCell,
  imported_from: textCell,
  transcription_note: optionalTextCell,
});
export type Study = z.infer<typeof StudySchema>;

/**
 * Architecture labels of the stored runs: Kim et al.'s five classes plus the sources' labels that fit
 * none (a reviewer's mapping of the printed method; the method name is kept beside it).
 */
export const STUDY_ARCHITECTURES = [
  "single",
  "independent",
  "centralized",
  "decentralized",
  "hybrid",
  "single-iterative",
  "sequential-pipeline",
  "decentralized-dag",
  "latent-sequential",
  "latent-hierarchical",
  "other-automatic",
  "other",
] as const;
export type StudyArchitecture = (typeof STUDY_ARCHITECTURES)[number];

/** Labels that are not multi-agent systems: the single agent and its self-refinement. */
export const SINGLE_AGENT_ARCHITECTURES: readonly StudyArchitecture[] = ["single", "single-iterative"];

/**
 * Whether an architecture label is a multi-agent system.
 *
 * @example isMultiAgent("independent") // true
 */
export function isMultiAgent(architecture: StudyArchitecture): boolean {
  return !SINGLE_AGENT_ARCHITECTURES.includes(architecture);
}

/** Printed metrics; row-f1 and item-f1 are WideSearch's two F1 variants. */
export const METRICS = ["success-rate", "accuracy", "pass-at-1", "pass-at-4", "f1", "row-f1", "item-f1", "quality-score", "coverage-score"] as const;
export type Metric = (typeof METRICS)[number];

/** The metrics that measure the share of tasks solved in one attempt: only these may enter a success-rate fit. */
export const SUCCESS_LIKE_METRICS: readonly Metric[] = ["success-rate", "accuracy", "pass-at-1"];

/**
 * How a run enters comparisons. baseline: the single-agent row its cell's other rows compare with
 * (one per study, benchmark, model and metric); matched: compared with that baseline;
 * alternative-single: another single-agent variant of a cell with a baseline; unmatched: no fit may
 * use it as a matched cell (aggregates, heterogeneous teams, runs without a baseline).
 */
export const PAIRINGS = ["baseline", "matched", "alternative-single", "unmatched"] as const;
export type Pairing = (typeof PAIRINGS)[number];

/** Figures printed beside the value that are kept as printed: name=value pairs separated by "; ". */
export const OTHER_PRINTED = ["sd", "cost_usd", "output_tokens", "search_calls", "browse_calls", "delta"] as const;
export type OtherPrinted = Partial<Record<(typeof OTHER_PRINTED)[number], string>>;

const otherPrintedCell = z.string().transform((raw, ctx): OtherPrinted | null => {
  if (raw.trim() === "") return null;
  const figures: OtherPrinted = {};
  for (const pair of raw.split("; ")) {
    const [name, value, ...rest] = pair.split("=");
    const known = OTHER_PRINTED.find((n) => n === name);
    if (known === undefined || value === undefined || rest.length > 0 || !/^([+-]?\d+(\.\d+)?|–)$/.test(value) || known in figures) {
      ctx.addIssue({ code: "custom", message: `expected "name=figure" pairs separated by "; " with names ${OTHER_PRINTED.join(", ")}, got ${quoteValue(pair)}` });
      return z.NEVER;
    }
    figures[known] = value;
  }
  return figures;
});

export const StudyRunSchema = z.object({
  study: idCell,
  benchmark: idCell,
  benchmark_printed: textCell,
  model: idCell,
  team_models: optionalIdListCell,
  model_printed: textCell,
  method: textCell,
  architecture: enumCell(STUDY_ARCHITECTURES),
  agents: optionalNumberCell({ min: 1, integer: true }),
  setting: optionalTextCell,
  metric: enumCell(METRICS),
  success_like: booleanCell,
  value: numberCell({ min: 0, max: 1 }),
  printed: textCell,
  printed_scale: enumCell(PRINTED_SCALES),
  tasks: optionalNumberCell({ min: 1, integer: true }),
  pairing: enumCell(PAIRINGS),
  printed_in: textCell,
  other_printed: otherPrintedCell,
  notes: optionalTextCell,
});
export type StudyRun = z.infer<typeof StudyRunSchema>;
