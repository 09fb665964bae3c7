import { linearRegression, linearRegressionLine, mean, variance } from "simple-statistics";
import type { Dataset } from "../../data/dataset";
import type { Run } from "../../data/schemas";
import { kimEvidence, type EvidenceRow } from "../architect/evidence-rows";
import { toExample } from "../architect/architect-examples";
import { ARCHITECT_FEATURES } from "../architect/features";
import { at } from "../stats/checked";
import { decisionScores } from "./decisions";
import { noiseFloor } from "./noise";
import { loboMeanMae } from "./permutation";
import { isMultiRow as isMulti, pooledDecisions, type EvidenceValidation, type PooledValidation } from "./pooled";
import { pilotExpectedError } from "./pilot-vs-model";
import { loboMasWithSe, type ValidationReport } from "./harness";

/**
 * The floors beside the held-out errors (docs/model.md section 4; MODEL-NOTES "Floors"): what a model
 * would reach if it knew more than any model can. Each is an MAE over multi-agent rows under
 * leave-one-benchmark-out, lower than any honest model's:
 * - sampling: the error left by the rows' own binomial noise (a model that knew every true rate);
 * - benchmark known: each row predicted by its pilot plus the gain of the same architecture on the same
 *   benchmark in the benchmark's other (study, model) cells (their least-squares line in the pilot with
 *   three or more cells, their mean otherwise): the held-out benchmark's own effects;
 * - perfect property: the architect's model with one more task property whose value is each benchmark's
 *   true mean multi-agent gain, learned (like every feature) from the other benchmarks.
 */
export type Floor = { mae: number; rows: number; decisions: { right: number; groups: number } | null };
export type Floors = { sampling: Floor; benchmarkKnown: Floor; perfectProperty: Floor };

/** E|binomial noise| of each multi-agent row with a task count, averaged (rows without a printed count are left out). */
function samplingFloor(rows: readonly EvidenceRow[]): Floor {
  const noisy = rows.flatMap((r) => (isMulti(r) && r.tasks !== null ? [pilotExpectedError(r.successRate, r.tasks)] : []));
  return { mae: mean(noisy), rows: noisy.length, decisions: null };
}

/**
 * Each multi-agent row's prediction when its benchmark's own effects are known: its pilot plus the gain
 * (success - pilot) of its architecture on its benchmark in the other (study, model) cells, read off
 * their line in the pilot (their mean with fewer than three cells or no spread in the pilot); null where
 * no other cell ran that architecture on that benchmark. A single-agent row is its own pilot.
 */
export function benchmarkKnownPredictions(rows: readonly EvidenceRow[]): (number | null)[] {
  return rows.map((r) => {
    if (!isMulti(r)) return r.baseline;
    const others = rows.filter(
      (o) => isMulti(o) && o.benchmark === r.benchmark && o.architecture === r.architecture && (o.study !== r.study || o.model !== r.model),
    );
    if (others.length === 0) return null;
    // The gain's own line in the pilot across the other cells (gains shrink as the pilot nears 1).
    const flat = others.length < 3 || variance(others.map((o) => o.baseline)) < 1e-9;
    const gain = flat
      ? mean(others.map((o) => o.successRate - o.baseline))
      : linearRegressionLine(linearRegression(others.map((o) => [o.baseline, o.successRate - o.baseline])))(r.baseline);
    return r.baseline + gain;
  });
}

function benchmarkKnownFloor(rows: readonly EvidenceRow[], decide: (predicted: number[]) => { right: number; groups: number }): Floor {
  const predicted = benchmarkKnownPredictions(rows);
  const scored = rows.flatMap((r, i) => {
    const p = at(predicted, i);
    return isMulti(r) && p !== null ? [Math.abs(r.successRate - p)] : [];
  });
  return { mae: mean(scored), rows: scored.length, decisions: decide(predicted.map((p, i) => p ?? at(rows, i).baseline)) };
}

/** Each benchmark's true mean multi-agent gain: the perfect benchmark-level property. */
function meanGains(rows: readonly EvidenceRow[]): Map<string, number> {
  const gains = new Map<string, number[]>();
  for (const r of rows) if (isMulti(r)) gains.set(r.benchmark, [...(gains.get(r.benchmark) ?? []), r.successRate - r.baseline]);
  return new Map([...gains].map(([b, g]) => [b, mean(g)]));
}

function perfectPropertyFloor(rows: readonly EvidenceRow[]): Floor {
  const gains = meanGains(rows);
  const examples = rows.map((r) => {
    const e = toExample(r);
    return { ...e, task: { ...e.task, property: gains.get(r.benchmark) ?? 0 } };
  });
  return { mae: loboMeanMae(examples, [...ARCHITECT_FEATURES, "property"]), rows: rows.filter(isMulti).length, decisions: null };
}

/** The floors on Kim et al.'s runs (fitted to them alone, as the ablations and the permutation test are). */
export function kimFloors(runs: readonly Run[], dataset: Dataset): Floors {
  const rows = kimEvidence(runs, dataset);
  const architectures = dataset.architectures.map((a) => a.architecture);
  const decide = (predicted: number[]) => {
    const s = decisionScores(runs, predicted, architectures);
    return { right: s.singleVsMulti, groups: s.groups };
  };
  return {
    sampling: { mae: noiseFloor(runs, dataset).maeMas, rows: rows.filter(isMulti).length, decisions: null },
    benchmarkKnown: benchmarkKnownFloor(rows, decide),
    perfectProperty: perfectPropertyFloor(rows),
  };
}

/** The floors on every success-rate benchmark of the evidence (the pooled harness's rows). */
export function pooledFloors(rows: readonly EvidenceRow[]): Floors {
  return {
    sampling: samplingFloor(rows),
    benchmarkKnown: benchmarkKnownFloor(rows, (predicted) => pooledDecisions(rows, predicted)),
    perfectProperty: perfectPropertyFloor(rows),
  };
}

/** A benchmark set's floors with the two models' held-out figures beside them (validation-rows.ts lays them out). */
export type FloorsBeside = {
  floors: Floors;
  architect: { mae: number; se: number; decisions: { right: number; groups: number } };
  naive: { mae: number; se: number; decisions: { right: number; groups: number } };
};

/** The floors of Kim et al.'s six benchmarks and of every success-rate benchmark, beside the harness's figures. */
export function floorsBeside(
  report: ValidationReport,
  evidence: Pick<EvidenceValidation, "rows" | "naive" | "architect">,
  dataset: Dataset,
): { kim: FloorsBeside; pooled: FloorsBeside } {
  const kimModel = (key: "architect" | "naive") => {
    const m = report.models.find((x) => x.key === key);
    if (m === undefined) throw new Error(`the harness report has no ${key} model`);
    const { mae, se } = loboMasWithSe(report, m);
    return { mae, se, decisions: { right: m.decisions.lobo.singleVsMulti, groups: m.decisions.lobo.groups } };
  };
  const pooledModel = (v: PooledValidation) => ({ mae: v.loboMas.mae, se: v.loboMas.se, decisions: v.decisionsLobo });
  return {
    kim: { floors: kimFloors(report.runs, dataset), architect: kimModel("architect"), naive: kimModel("naive") },
    pooled: { floors: pooledFloors(evidence.rows), architect: pooledModel(evidence.architect), naive: pooledModel(evidence.naive) },
  };
}
