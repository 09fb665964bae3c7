import { z } from "zod";
import {
  enumCell,
  idCell,
  numberCell,
  optionalBooleanCell,
  optionalNumberCell,
  optionalTextCell,
  textCell,
} from "./cells";

/**
 * The benchmark and model catalogs (data/benchmarks.csv, data/models.csv). Each file lists every
 * benchmark or model of the evidence: those of Kim et al.'s runs, which the paper's model and the
 * architect's model read, and those only other studies ran. A catalog row parses with the file
 * schema; a row of Kim's runs must in addition pass the stricter Kim schema, whose output is the
 * `Benchmark` or `Model` the model code receives (the same fields as before the catalog grew).
 */

export const BenchmarkCatalogSchema = z.object({
  benchmark: idCell,
  label: textCell,
  tools: optionalNumberCell({ min: 0, integer: true }),
  tools_code: optionalNumberCell({ min: 0, integer: true }),
  tools_source: textCell,
  domain_complexity: optionalNumberCell({ min: 0, max: 1 }),
  decomposability: optionalNumberCell({ min: 0, max: 1 }),
  decomposability_rationale: optionalTextCell,
  tasks: optionalNumberCell({ min: 1, integer: true }),
  paper_versions: optionalTextCell,
  rubric_split: optionalBooleanCell,
  rubric_independent: optionalBooleanCell,
  rubric_most_work: optionalBooleanCell,
  rubric_no_shared_state: optionalBooleanCell,
  rubric_simple_join: optionalBooleanCell,
  rubric_d: numberCell({ min: 0, max: 1 }),
  rubric_rationale: textCell,
});
export type BenchmarkCatalogEntry = z.infer<typeof BenchmarkCatalogSchema>;

/** A benchmark of Kim et al.'s runs: a catalog row with `paper_versions` given. */
export const isKimBenchmark = (row: BenchmarkCatalogEntry) => row.paper_versions !== null;

const KIM_BENCHMARK = "required for a benchmark of Kim et al.'s runs (paper_versions given)";

/** The fields of a Kim benchmark the model code reads, all required (data/README.md, benchmarks.csv). */
export const KimBenchmarkSchema = z.object({
  benchmark: z.string(),
  label: z.string(),
  tools: z.number({ error: KIM_BENCHMARK }),
  domain_complexity: z.number({ error: KIM_BENCHMARK }),
  decomposability: z.number({ error: KIM_BENCHMARK }),
  decomposability_rationale: z.string({ error: KIM_BENCHMARK }),
  tasks: z.number({ error: KIM_BENCHMARK }),
  paper_versions: z.string(),
});
export type Benchmark = z.output<typeof KimBenchmarkSchema>;

/** Coverage of a model in Kim et al.'s runs; `other-studies` marks a model only other studies ran. */
export const RUNS_COVERAGE = ["all", "swe-tb-only", "none"] as const;
export const CATALOG_COVERAGE = [...RUNS_COVERAGE, "other-studies"] as const;

export const ModelCatalogSchema = z.object({
  model: idCell,
  vendor: idCell,
  label: textCell,
  capability_index: optionalNumberCell({ min: 0, max: 100 }),
  capability_index_v1: optionalNumberCell({ min: 0, max: 100 }),
  capability_source: textCell,
  runs_coverage: enumCell(CATALOG_COVERAGE),
  price_id: optionalTextCell,
  release_ids: optionalTextCell,
});
export type ModelCatalogEntry = z.infer<typeof ModelCatalogSchema>;

/** A model of Kim et al.'s catalog (in its runs or held out for its validation). */
export const isKimModel = (row: ModelCatalogEntry) => row.runs_coverage !== "other-studies";

const KIM_MODEL = "required for a model of Kim et al.'s catalog (runs_coverage all, swe-tb-only or none)";

/** The fields of a Kim model the model code reads: its capability index is required. */
export const KimModelSchema = z.object({
  model: z.string(),
  vendor: z.string(),
  label: z.string(),
  capability_index: z.number({ error: KIM_MODEL }),
  capability_index_v1: z.number().nullable(),
  capability_source: z.string(),
  runs_coverage: z.enum(RUNS_COVERAGE),
  price_id: z.string().nullable(),
  release_ids: z.string().nullable(),
});
export type Model = z.output<typeof KimModelSchema>;
