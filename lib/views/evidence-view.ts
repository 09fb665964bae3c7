import type { Dataset } from "../data/dataset";
import { STUDY_ARCHITECTURES, type Metric, type StudyArchitecture } from "../data/study-schemas";
import type { EvidenceFilterOptions } from "./evidence-filters";
import { kindContrast, studyFindings, studyName, type KindContrast, type StudyFinding } from "./evidence-findings";
import { evidenceRows, type EvidenceRow } from "./evidence-run-rows";
import type { EvidenceLabels } from "./evidence-table";

/** The mapped architecture classes as the page names them (data/README.md, study-runs.csv). */
export const ARCHITECTURE_LABELS: Record<StudyArchitecture, string> = {
  single: "Single agent",
  independent: "Independent",
  centralized: "Centralized",
  decentralized: "Decentralized",
  hybrid: "Hybrid",
  "single-iterative": "Single agent, self-refining",
  "sequential-pipeline": "Sequential pipeline",
  "decentralized-dag": "Decentralized (DAG)",
  "latent-sequential": "Latent, sequential",
  "latent-hierarchical": "Latent, hierarchical",
  "other-automatic": "Searched or generated workflow",
  other: "Other",
};

export const METRIC_LABELS: Record<Metric, string> = {
  "success-rate": "success rate",
  accuracy: "accuracy",
  "pass-at-1": "pass@1",
  "pass-at-4": "pass@4",
  f1: "F1",
  "row-f1": "row F1",
  "item-f1": "item F1",
  "quality-score": "quality score",
  "coverage-score": "coverage score",
};

/** Everything the /evidence page shows, as plain data. */
export type EvidenceView = {
  dataVersion: string;
  studies: StudyFinding[];
  contrast: KindContrast;
  rows: EvidenceRow[];
  labels: EvidenceLabels;
  options: EvidenceFilterOptions;
  /** Kim et al.'s runs (runs.csv) and the study-runs.csv rows, the two parts of `rows`. */
  counts: { kimRuns: number; studyRuns: number };
};

const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, "en");

/** The values each filter offers: the studies in studies.csv order, the rest as they occur in the rows. */
function filterOptions(rows: readonly EvidenceRow[], labels: EvidenceLabels, dataset: Pick<Dataset, "studies">): EvidenceFilterOptions {
  const present = (ids: Iterable<string>, names: Record<string, string>) =>
    [...new Set(ids)].map((value) => ({ value, label: names[value] ?? value })).sort(byLabel);
  const architectures = new Set(rows.map((r) => r.architecture));
  return {
    study: dataset.studies.map((s) => ({ value: s.study, label: labels.studies[s.study] ?? s.study })),
    benchmark: present(
      rows.map((r) => r.benchmark),
      labels.benchmarks,
    ),
    model: present(
      rows.map((r) => r.model),
      labels.models,
    ),
    architecture: STUDY_ARCHITECTURES.filter((a) => architectures.has(a)).map((a) => ({ value: a, label: labels.architectures[a] })),
  };
}

/**
 * The /evidence page: every study with what its stored runs show, the method-vs-evaluation contrast,
 * and every stored run (Kim et al.'s 270 and each study-runs.csv row) with its labels and filter choices.
 *
 * @example evidenceView(loadDataset()).rows.length // 1017
 */
export function evidenceView(dataset: Dataset): EvidenceView {
  const rows = evidenceRows(dataset);
  const labels: EvidenceLabels = {
    studies: Object.fromEntries(dataset.studies.map((s) => [s.study, studyName(s.label, s.citation)])),
    benchmarks: Object.fromEntries(dataset.benchmarkCatalog.map((b) => [b.benchmark, b.label])),
    models: Object.fromEntries(dataset.modelCatalog.map((m) => [m.model, m.label])),
    architectures: ARCHITECTURE_LABELS,
    metrics: METRIC_LABELS,
  };
  const perStudy = new Map<string, { runs: number; benchmarks: number }>();
  for (const study of dataset.studies.map((s) => s.study)) {
    const own = rows.filter((r) => r.study === study);
    perStudy.set(study, { runs: own.length, benchmarks: new Set(own.map((r) => r.benchmark)).size });
  }
  return {
    dataVersion: dataset.version,
    studies: studyFindings(dataset, perStudy),
    contrast: kindContrast(dataset),
    rows,
    labels,
    options: filterOptions(rows, labels, dataset),
    counts: { kimRuns: dataset.runs.length, studyRuns: dataset.studyRuns.length },
  };
}
