import * as z from "zod/mini";
import type { EvidenceRow } from "./evidence-run-rows";

/*
 * The filters of the /evidence runs table, shared by the server page (which reads the link once to
 * report ignored values) and the browser (nuqs parsers in components/evidence/evidence-url.ts).
 * Browser-safe: only zod/mini and types.
 */

/** The URL key of every filter (nuqs's `urlKeys`); a filter at "all" (or off) is left out of the URL. */
export const FILTER_URL_KEYS = { study: "study", benchmark: "benchmark", model: "model", architecture: "arch", successOnly: "success" } as const;

/** The select filters: each narrows the table to one value of a row field; null = all. */
export const SELECT_FILTERS = [
  { key: "study", label: "Study", all: "All studies" },
  { key: "benchmark", label: "Benchmark", all: "All benchmarks" },
  { key: "model", label: "Model", all: "All models" },
  { key: "architecture", label: "Architecture", all: "All architectures" },
] as const;
export type SelectFilterKey = (typeof SELECT_FILTERS)[number]["key"];

/** The checkbox filter: only success-like metrics (success rate, accuracy, pass@1). */
export const SUCCESS_ONLY_LABEL = "Success-like metrics only";
export const SUCCESS_ONLY_HINT =
  "Success rate, accuracy and pass@1: one attempt per task, the share solved. F1, quality and coverage scores and pass@4 are not success rates.";

export type EvidenceFilters = Record<SelectFilterKey, string | null> & { successOnly: boolean };
export const NO_FILTERS: EvidenceFilters = { study: null, benchmark: null, model: null, architecture: null, successOnly: false };

/** The values each select offers, in display order, with their labels. */
export type EvidenceFilterOptions = Record<SelectFilterKey, { value: string; label: string }[]>;

/** A filter the link set to a value the page does not offer, with what the link said. */
export type IgnoredFilter = { key: keyof EvidenceFilters; label: string; value: string };

/**
 * A select filter's value from a link: one of its options, else null (all), e.g.
 * parseSelectFilter("architecture", "hybrid", options) // "hybrid"; parseSelectFilter("architecture", "x", options) // null.
 */
export function parseSelectFilter(key: SelectFilterKey, raw: string, options: EvidenceFilterOptions): string | null {
  const values = options[key].map((o) => o.value);
  const result = z
    .string()
    .check(z.refine((v) => values.includes(v)))
    .safeParse(raw);
  return result.success ? result.data : null;
}

/** The checkbox filter from a link: "true" turns it on; anything else is null (off). */
export function parseSuccessOnly(raw: string): true | null {
  return z.literal("true").safeParse(raw).success ? true : null;
}

type Search = Record<string, string | string[] | undefined>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/**
 * Reads a page's search parameters into filters; a bad value falls back to "all" and is listed in
 * `ignored` with what the link said, e.g. { study: "nope" } gives study null and ignored
 * [{ key: "study", label: "Study", value: "nope" }].
 */
export function parseEvidenceFilters(search: Search, options: EvidenceFilterOptions) {
  const filters: EvidenceFilters = { ...NO_FILTERS };
  const ignored: IgnoredFilter[] = [];
  for (const f of SELECT_FILTERS) {
    const raw = first(search[FILTER_URL_KEYS[f.key]]);
    if (raw === undefined) continue;
    filters[f.key] = parseSelectFilter(f.key, raw, options);
    if (filters[f.key] === null) ignored.push({ key: f.key, label: f.label, value: raw });
  }
  const raw = first(search[FILTER_URL_KEYS.successOnly]);
  if (raw !== undefined) {
    filters.successOnly = parseSuccessOnly(raw) ?? false;
    if (!filters.successOnly) ignored.push({ key: "successOnly", label: SUCCESS_ONLY_LABEL, value: raw });
  }
  return { filters, ignored };
}

/** What to tell a reader whose link carried values the page ignored, one sentence per value. */
export function ignoredFilterNotices(ignored: readonly IgnoredFilter[]): string[] {
  return ignored.map(({ key, label, value }) => {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    const all = SELECT_FILTERS.find((f) => f.key === key)?.all.toLowerCase() ?? "every metric";
    return `${label}: the link's value "${shown}" is not one of this page's choices; showing ${all}.`;
  });
}

/**
 * The rows that pass every filter, in their order. Pure and linear: fast enough for thousands of
 * rows on every change.
 * With NO_FILTERS every row is kept; each set filter keeps only the rows that match it.
 */
export function filterEvidenceRows(rows: readonly EvidenceRow[], filters: EvidenceFilters): EvidenceRow[] {
  return rows.filter(
    (r) =>
      (filters.study === null || r.study === filters.study) &&
      (filters.benchmark === null || r.benchmark === filters.benchmark) &&
      (filters.model === null || r.model === filters.model) &&
      (filters.architecture === null || r.architecture === filters.architecture) &&
      (!filters.successOnly || r.successLike),
  );
}
