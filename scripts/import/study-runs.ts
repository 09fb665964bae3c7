/**
 * Builds the rows of data/study-runs.csv from the external files: one row per printed cell, ids
 * mapped from printed names, the figure converted exactly from its printed text (and checked
 * against the file's own `success` transcription), and each row's pairing decided by fixed rules.
 */
import { shareFromPrinted } from "../../lib/data/printed-values";
import { SUCCESS_LIKE_METRICS, type Metric } from "../../lib/data/study-schemas";
import { mapped, need, readExternalCsv, type ExternalCsv } from "./external-csv";
import { MODEL_IDS, TEAM_MODELS } from "./model-catalog";
import type { StudySource } from "./study-sources";

export type StudyRunRow = Record<string, string>;

/** The figure a printed cell states, as the text written to the `value` column. */
function valueOf(printed: string, scale: Parameters<typeof shareFromPrinted>[1], where: string): string {
  const share = shareFromPrinted(printed, scale);
  if (share === undefined) throw new Error(`${where}: cannot read ${JSON.stringify(printed)} as ${scale}`);
  return String(share);
}

/**
 * Decides baseline / alternative-single / matched / unmatched for one study's rows: a cell's
 * baseline is its single-agent row of the most preferred baseline method (the first such row in
 * file order); its other rows are matched (multi-agent) or alternative-single; rows of a cell
 * without a baseline, heterogeneous teams and rows the source marks are unmatched.
 */
function assignPairings(rows: (StudyRunRow & { unmatchedBySource: string })[], baselineMethods: readonly string[]): void {
  const cell = (r: StudyRunRow) => `${r.benchmark}/${r.model}/${r.metric}`;
  const rank = (r: StudyRunRow) => baselineMethods.indexOf(r.method ?? "");
  const baselines = new Map<string, StudyRunRow>();
  for (const r of rows) {
    if (r.architecture !== "single" || rank(r) < 0 || r.team_models !== "" || r.unmatchedBySource !== "") continue;
    const best = baselines.get(cell(r));
    if (best === undefined || rank(r) < rank(best)) baselines.set(cell(r), r);
  }
  for (const r of rows) {
    const matchable = baselines.has(cell(r)) && r.team_models === "" && r.unmatchedBySource === "";
    r.pairing = baselines.get(cell(r)) === r ? "baseline" : !matchable ? "unmatched" : r.architecture === "single" ? "alternative-single" : "matched";
  }
}

/**
 * The study-runs.csv rows of one external file, plus the file's header (for the provenance check).
 * Stops on any printed name without an id or any figure that disagrees with the file's `success`.
 */
export function studyRunsFrom(dir: string, source: StudySource, benchmarkIds: Readonly<Record<string, string>>): { rows: StudyRunRow[]; csv: ExternalCsv } {
  const csv = readExternalCsv(dir, source.file);
  const rows: (StudyRunRow & { unmatchedBySource: string })[] = [];
  csv.rows.forEach((r, index) => {
    const where = `${source.file} data row ${index + 1}`;
    const modelPrinted = need(r, "model", source.file);
    const team = TEAM_MODELS[modelPrinted];
    const model = team?.[0] ?? mapped(MODEL_IDS, modelPrinted, "model");
    const cells = source.cells(r);
    cells.forEach((c, cellIndex) => {
      const value = valueOf(c.printed, c.scale, where);
      if (cellIndex === 0 && Number(value) !== Number(need(r, "success", source.file))) {
        throw new Error(`${where}: printed ${JSON.stringify(c.printed)} gives ${value}, the file's success column says ${need(r, "success", source.file)}`);
      }
      const metric: Metric = c.metric;
      rows.push({
        study: source.study,
        benchmark: mapped(benchmarkIds, need(r, "benchmark", source.file), "benchmark"),
        benchmark_printed: need(r, "benchmark", source.file),
        model,
        team_models: team?.join(" ") ?? "",
        model_printed: modelPrinted,
        method: source.method(r),
        architecture: need(r, "architecture", source.file),
        agents: need(r, "n_agents", source.file),
        setting: c.setting ?? "",
        metric,
        success_like: String(SUCCESS_LIKE_METRICS.includes(metric)),
        value,
        printed: c.printed,
        printed_scale: c.scale,
        tasks: need(r, "n_tasks", source.file),
        pairing: "",
        printed_in: source.printedIn(r),
        other_printed: c.other,
        notes: need(r, "notes", source.file),
        unmatchedBySource: source.unmatched?.(r) ? "yes" : "",
      });
    });
  });
  assignPairings(rows, source.baselineMethods);
  return { rows: rows.map(({ unmatchedBySource: _, ...row }) => row), csv };
}
