import { z } from "zod";
import {
  booleanCell,
  dateCell,
  enumCell,
  idCell,
  numberCell,
  optionalDateCell,
  optionalNumberCell,
  textCell,
} from "./cells";

export { type Benchmark, type Model } from "./catalog-schemas";

/**
 * Row schemas of the files in data/, one per file. Each parses the raw CSV strings of one row;
 * the column set of a file is exactly the keys of its schema (see data/README.md for meanings).
 * The benchmark and model catalogs are in catalog-schemas.ts, the other studies in study-schemas.ts.
 */

export const ArchitectureSchema = z.object({
  architecture: idCell,
  label: textCell,
  agents: numberCell({ min: 1, integer: true }),
  success_rate_table5: numberCell({ min: 0, max: 1 }),
  turns_mean: numberCell({ min: 0 }),
  turns_sd: numberCell({ min: 0 }),
  overhead_pct: numberCell({ min: -100 }),
  message_density: numberCell({ min: 0 }),
  redundancy: numberCell({ min: 0, max: 1 }),
  efficiency: numberCell({ min: 0 }),
  error_amplification: numberCell({ min: 0 }),
  successes_per_1k_tokens: numberCell({ min: 0 }),
  coordination_failure_pct: optionalNumberCell({ min: 0, max: 100 }),
  llm_calls: textCell,
  sequential_depth: textCell,
  consensus: textCell,
});
export type Architecture = z.infer<typeof ArchitectureSchema>;

export const RUN_SOURCES = ["paper-4bench", "paper-swe-tb-per-instance"] as const;

export const RunSchema = z.object({
  benchmark: idCell,
  architecture: idCell,
  model: idCell,
  success_rate: numberCell({ min: 0, max: 1 }),
  tasks: optionalNumberCell({ min: 1, integer: true }),
  successes: optionalNumberCell({ min: 0, integer: true }),
  mean_steps: optionalNumberCell({ min: 0 }),
  in_v2: booleanCell,
  in_v3: booleanCell,
  fold_v2: optionalNumberCell({ min: 0, max: 4, integer: true }),
  fold_v3: optionalNumberCell({ min: 0, max: 4, integer: true }),
  source: enumCell(RUN_SOURCES),
});
export type Run = z.infer<typeof RunSchema>;

export const TaskResultSchema = z.object({
  benchmark: idCell,
  architecture: idCell,
  model: idCell,
  task: textCell,
  resolved: numberCell({ min: 0, max: 1, integer: true }),
  steps: numberCell({ min: 0, integer: true }),
  has_output: booleanCell,
});
export type TaskResult = z.infer<typeof TaskResultSchema>;

export const PriceSchema = z.object({
  price_id: idCell,
  vendor: idCell,
  name: textCell,
  input_usd_per_mtok: numberCell({ min: 0 }),
  output_usd_per_mtok: numberCell({ min: 0 }),
  cached_input_usd_per_mtok: optionalNumberCell({ min: 0 }),
  from_date: optionalDateCell,
  to_date: optionalDateCell,
  as_of: dateCell,
  source: textCell,
});
export type Price = z.infer<typeof PriceSchema>;

export const PAPER_FITS = ["v2", "v3"] as const;
export type PaperFitName = (typeof PAPER_FITS)[number];

/** The paper's printed fit statistics (docs/model.md section 1), one row per fit. */
export const PaperFitReferenceSchema = z.object({
  fit: enumCell(PAPER_FITS),
  rows: numberCell({ min: 1, integer: true }),
  mean_intelligence: numberCell(),
  rank: numberCell({ min: 1, integer: true }),
  r2_train: numberCell({ max: 1 }),
  r2_cv_mean: numberCell({ max: 1 }),
  r2_cv_sd: numberCell({ min: 0 }),
  aic: numberCell(),
  source: textCell,
});
export type PaperFitReference = z.infer<typeof PaperFitReferenceSchema>;

/** The paper's printed identified coefficients (standardized units), one row per fit and term. */
export const PaperCoefficientReferenceSchema = z.object({
  fit: enumCell(PAPER_FITS),
  term: textCell,
  coefficient: numberCell(),
});
export type PaperCoefficientReference = z.infer<typeof PaperCoefficientReferenceSchema>;
