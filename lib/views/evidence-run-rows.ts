import type { Dataset } from "../data/dataset";
import { cellKey } from "../data/study-checks";
import { KIM_STUDY, STUDY_ARCHITECTURES, type Metric, type Pairing, type StudyArchitecture } from "../data/study-schemas";
import { got } from "../model/stats/checked";

/**
 * One stored run of the evidence, as the /evidence table and its CSV show it: ids and numbers only
 * (labels travel once, in EvidenceLabels). Plain JSON.
 */
export type EvidenceRow = {
  /** Position in the full table (0-based): a stable key for the rows shown. */
  id: number;
  study: string;
  benchmark: string;
  model: string;
  /** The mapped class (Kim's five classes or a label that fits none). */
  architecture: StudyArchitecture;
  /** The method as printed, with its setting when the source prints one, e.g. "Debate (T=2)". */
  method: string;
  agents: number | null;
  metric: Metric;
  successLike: boolean;
  /** The figure as a share in [0, 1], e.g. 0.5341 for a printed 53.41%. */
  value: number;
  /** The same cell's single-agent baseline (same study, benchmark, model and metric); null for the baseline itself and unmatched runs. */
  singleAgentValue: number | null;
  tasks: number | null;
  pairing: Pairing;
};

/** A runs.csv architecture id as a study-architecture label; throws on an id outside Kim's five classes. */
function kimArchitecture(id: string): StudyArchitecture {
  const architecture = STUDY_ARCHITECTURES.find((a) => a === id);
  if (architecture === undefined) throw new RangeError(`runs.csv architecture "${id}" is not a study-architecture label`);
  return architecture;
}

/** Kim et al.'s 270 runs: the single agent of each (benchmark, model) is the baseline of its cell. */
function kimRows(dataset: Pick<Dataset, "runs" | "architectures">): Omit<EvidenceRow, "id">[] {
  const architectures = new Map(dataset.architectures.map((a) => [a.architecture, a]));
  const single = new Map(dataset.runs.filter((r) => r.architecture === "single").map((r) => [`${r.benchmark}/${r.model}`, r.success_rate]));
  return dataset.runs.map((run) => {
    const architecture = got(architectures, run.architecture, "architectures.csv");
    const isSingle = run.architecture === "single";
    const baseline = single.get(`${run.benchmark}/${run.model}`) ?? null;
    return {
      study: KIM_STUDY,
      benchmark: run.benchmark,
      model: run.model,
      architecture: kimArchitecture(run.architecture),
      method: architecture.label,
      agents: architecture.agents,
      metric: "success-rate",
      successLike: true,
      value: run.success_rate,
      singleAgentValue: isSingle ? null : baseline,
      tasks: run.tasks,
      pairing: isSingle ? "baseline" : baseline === null ? "unmatched" : "matched",
    };
  });
}

/** The other studies' printed cells (and Kim et al.'s runs outside the 270), each with its cell's baseline. */
function studyRows(dataset: Pick<Dataset, "studyRuns">): Omit<EvidenceRow, "id">[] {
  const baselines = new Map(dataset.studyRuns.filter((r) => r.pairing === "baseline").map((r) => [cellKey(r), r.value]));
  return dataset.studyRuns.map((run) => ({
    study: run.study,
    benchmark: run.benchmark,
    model: run.model,
    architecture: run.architecture,
    method: run.setting === null ? run.method : `${run.method} (${run.setting})`,
    agents: run.agents,
    metric: run.metric,
    successLike: run.success_like,
    value: run.value,
    singleAgentValue: run.pairing === "matched" || run.pairing === "alternative-single" ? got(baselines, cellKey(run), "baselines") : null,
    tasks: run.tasks,
    pairing: run.pairing,
  }));
}

/**
 * Every stored run: Kim et al.'s 270 (runs.csv) and every study-runs.csv row, ordered by study as
 * studies.csv lists them (data order within a study).
 *
 * @example evidenceRows(loadDataset()).length // 1017 (270 + 747)
 */
export function evidenceRows(dataset: Pick<Dataset, "runs" | "architectures" | "studyRuns" | "studies">): EvidenceRow[] {
  const order = new Map(dataset.studies.map((s, i) => [s.study, i]));
  const rows = [...kimRows(dataset), ...studyRows(dataset)];
  const sorted = rows.sort((a, b) => got(order, a.study, "studies.csv") - got(order, b.study, "studies.csv"));
  return sorted.map((row, id) => ({ id, ...row }));
}
