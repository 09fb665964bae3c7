import { mean } from "simple-statistics";
import type { Dataset } from "../../data/dataset";
import { computedOnce } from "../serving/disk-cache";
import { evidenceRows, measuredAgentsOf, type EvidenceRow } from "../architect/evidence-rows";
import { DEFAULT_EVIDENCE, type EvidenceChoice } from "../architect/evidence-choice";
import { toExample } from "../architect/architect-examples";
import { fitArchitect, type ArchitectModel } from "../architect/architect-fit";
import { predictArchitect } from "../architect/architect-predict";
import { PILOT_TASKS, pilotSd } from "../predict/prediction";
import { normalQuantile } from "../stats/normal";
import { clip01 } from "../predict/prediction";
import { at } from "../stats/checked";
import type { HeldOut } from "./models";

/**
 * The pooled harness (docs/model.md section 4): every success-rate benchmark of the evidence held out
 * in turn (leave-one-benchmark-out, LOBO) and every study held out in turn (leave-one-study-out,
 * LOSO). A held-out benchmark is held out of every study that ran it, so nothing about it reaches
 * its own prediction. Multi-agent rows are predicted with their study's measured single agent as
 * the pilot, as the calculator does with a pilot.
 */

/** Which rows a pooled fold holds out: one benchmark (LOBO) or one study (LOSO). */
export type PooledScheme = "benchmark" | "study";

/** A held-out fold: the row set it comes from, how it was split and the group held out (a key for shared fits). */
export type PooledFold = { rows: readonly EvidenceRow[]; scheme: PooledScheme; group: string };

/** Fits on `train` and predicts `test` (multi-agent rows; a single-agent row is its own pilot). */
export type EvidencePredictor = (train: readonly EvidenceRow[], test: readonly EvidenceRow[], fold: PooledFold) => HeldOut[];

const fitsByRows = new WeakMap<readonly EvidenceRow[], Map<string, ArchitectModel>>();

/**
 * The architect's model fitted without one fold of `rows` (every row of the held-out benchmark or study
 * out), once per row set and fold: the pooled harness's predictions and the decision harness
 * (decision-regret.ts) read the same fits.
 */
export function pooledFoldModel(fold: PooledFold, measuredAgents: Record<string, number>): ArchitectModel {
  const fits = fitsByRows.get(fold.rows) ?? new Map<string, ArchitectModel>();
  fitsByRows.set(fold.rows, fits);
  const key = `${fold.scheme}|${fold.group}|${Object.entries(measuredAgents).join(",")}`;
  const cached = fits.get(key);
  if (cached !== undefined) return cached;
  const train = fold.rows.filter((r) => (fold.scheme === "benchmark" ? r.benchmark : r.study) !== fold.group);
  const model = fitArchitect(
    train.map((r) => toExample(r)),
    measuredAgents,
  );
  fits.set(key, model);
  return model;
}

export type PooledModelKey = "naive" | "architect";
export type PooledModel = { key: PooledModelKey; predict: EvidencePredictor };

/** An error summary over held-out groups: MAE over rows, its standard error over groups (clustered), rows and groups. */
export type ClusteredMae = { mae: number; se: number; rows: number; groups: number };

/** The naive rule "multi-agent = single-agent": every design is predicted at its pilot, with no interval. */
export const pooledNaive: PooledModel = { key: "naive", predict: (_train, test) => test.map((r) => ({ mean: r.baseline, sd: null })) };

export const isMultiRow = (r: Pick<EvidenceRow, "architecture">) => r.architecture !== "single";

/**
 * MAE with its standard error when errors come in held-out groups: SE² = G/(G-1) · Σ_g (S_g - n_g·MAE)² / N²,
 * S_g the group's sum of |errors| (the cluster-robust SE of a mean).
 *
 * @example clusteredMae([0.1, 0.3, 0.2, 0.2], ["a", "a", "b", "b"]) // { mae: 0.2, se: 0, rows: 4, groups: 2 }
 */
export function clusteredMae(absErrors: readonly number[], groupOf: readonly string[]): ClusteredMae {
  const n = absErrors.length;
  if (n === 0) return { mae: Number.NaN, se: Number.NaN, rows: 0, groups: 0 };
  const m = mean([...absErrors]);
  const sums = new Map<string, { s: number; k: number }>();
  absErrors.forEach((e, i) => {
    const g = at(groupOf, i);
    const entry = sums.get(g) ?? { s: 0, k: 0 };
    entry.s += e;
    entry.k += 1;
    sums.set(g, entry);
  });
  const G = sums.size;
  const ss = [...sums.values()].reduce((t, { s, k }) => t + (s - k * m) ** 2, 0);
  return { mae: m, se: G > 1 ? Math.sqrt((G / (G - 1)) * ss) / n : Number.NaN, rows: n, groups: G };
}

/** The group a row belongs to under a scheme. */
export const groupOf = (scheme: PooledScheme) => (r: EvidenceRow) => (scheme === "benchmark" ? r.benchmark : r.study);

/**
 * Predicts every row once from a fit without its group (benchmark for LOBO, study for LOSO). `only`
 * limits the folds to some groups (a test that checks one fold); the other rows are left empty.
 */
export function heldOutByGroup(predict: EvidencePredictor, rows: readonly EvidenceRow[], scheme: PooledScheme, only?: ReadonlySet<string>): HeldOut[] {
  const out = new Array<HeldOut>(rows.length);
  const of = groupOf(scheme);
  for (const group of only ?? new Set(rows.map(of))) {
    const test = rows.flatMap((r, i) => (of(r) === group ? [i] : []));
    const train = rows.filter((r) => of(r) !== group);
    predict(
      train,
      test.map((i) => at(rows, i)),
      { rows, scheme, group },
    ).forEach((h, k) => (out[at(test, k)] = h));
  }
  return out;
}

/** Whether a measured value lies in a held-out 90% interval (null without an interval). */
function covered(h: HeldOut, measured: number, level = 0.9): boolean | null {
  if (h.sd === null) return null;
  const z = normalQuantile(level);
  return measured >= clip01(h.mean - z * h.sd) - 1e-12 && measured <= clip01(h.mean + z * h.sd) + 1e-12;
}

/** Share of rows whose measured value the interval covers; null when the model gives no intervals. */
function coverage(rows: readonly EvidenceRow[], held: readonly HeldOut[], keep: (i: number) => boolean): number | null {
  const hits = rows.flatMap((r, i) => (keep(i) ? [covered(at(held, i), r.successRate)] : []));
  if (hits.length === 0 || hits.some((h) => h === null)) return null;
  return hits.filter((h) => h === true).length / hits.length;
}

/**
 * Single-vs-multi calls per (study, benchmark, model) cell with at least one multi-agent row: the call is
 * multi iff the best predicted multi-agent success beats the pilot, right iff the measured best beats it too.
 */
export function pooledDecisions(rows: readonly EvidenceRow[], predicted: readonly number[]): { groups: number; right: number } {
  const cells = new Map<string, number[]>();
  rows.forEach((r, i) => {
    if (!isMultiRow(r)) return;
    const key = `${r.study}/${r.benchmark}/${r.model}`;
    cells.set(key, [...(cells.get(key) ?? []), i]);
  });
  let right = 0;
  for (const members of cells.values()) {
    const pilot = at(rows, at(members, 0)).baseline;
    const predictedMulti = Math.max(...members.map((i) => at(predicted, i))) > pilot;
    const measuredMulti = Math.max(...members.map((i) => at(rows, i).successRate)) > pilot;
    if (predictedMulti === measuredMulti) right += 1;
  }
  return { groups: cells.size, right };
}

/** When a held-out benchmark's intervals are too narrow to trust: enough multi-agent rows, too few of them covered. */
export const UNDERCOVERED = { minRows: 10, coverageBelow: 0.75 } as const;

/**
 * Whether a held-out benchmark's 90% intervals cover clearly too few of its multi-agent rows.
 *
 * @example undercovered({ rows: 36, coverage: 0.556 }) // true
 */
export function undercovered(b: { rows: number; coverage: number | null }): boolean {
  return b.coverage !== null && b.rows >= UNDERCOVERED.minRows && b.coverage < UNDERCOVERED.coverageBelow;
}

/** One model's pooled figures. Fractions in [0, 1]; coverage null for a model without intervals. */
export type PooledValidation = {
  key: PooledModelKey;
  /** LOBO over every success-rate benchmark, multi-agent rows, SE over held-out benchmarks. */
  loboMas: ClusteredMae;
  /** LOSO, multi-agent rows, SE over held-out studies. */
  losoMas: ClusteredMae;
  decisionsLobo: { groups: number; right: number };
  coverageLoboMas: number | null;
  /** Per held-out benchmark: multi-agent rows, MAE and 90% coverage. */
  byBenchmark: { benchmark: string; rows: number; mae: number; coverage: number | null }[];
  /** Per held-out study: multi-agent rows and MAE. */
  byStudy: { study: string; rows: number; mae: number }[];
  heldOut: { lobo: HeldOut[]; loso: HeldOut[] };
};

/** Runs the pooled harness for one model on evidence rows. */
export function validatePooled(model: PooledModel, rows: readonly EvidenceRow[]): PooledValidation {
  const lobo = heldOutByGroup(model.predict, rows, "benchmark");
  const loso = heldOutByGroup(model.predict, rows, "study");
  const multi = rows.flatMap((r, i) => (isMultiRow(r) ? [i] : []));
  const abs = (held: readonly HeldOut[]) => multi.map((i) => Math.abs(at(rows, i).successRate - at(held, i).mean));
  const benchmarks = [...new Set(multi.map((i) => at(rows, i).benchmark))];
  const studies = [...new Set(multi.map((i) => at(rows, i).study))];
  const maeWhere = (held: readonly HeldOut[], keep: (r: EvidenceRow) => boolean) => {
    const errors = multi.filter((i) => keep(at(rows, i))).map((i) => Math.abs(at(rows, i).successRate - at(held, i).mean));
    return { rows: errors.length, mae: errors.length === 0 ? Number.NaN : mean(errors) };
  };
  return {
    key: model.key,
    loboMas: clusteredMae(
      abs(lobo),
      multi.map((i) => at(rows, i).benchmark),
    ),
    losoMas: clusteredMae(
      abs(loso),
      multi.map((i) => at(rows, i).study),
    ),
    decisionsLobo: pooledDecisions(
      rows,
      lobo.map((h) => h.mean),
    ),
    coverageLoboMas: coverage(rows, lobo, (i) => isMultiRow(at(rows, i))),
    byBenchmark: benchmarks.map((benchmark) => ({
      benchmark,
      ...maeWhere(lobo, (r) => r.benchmark === benchmark),
      coverage: coverage(rows, lobo, (i) => isMultiRow(at(rows, i)) && at(rows, i).benchmark === benchmark),
    })),
    byStudy: studies.map((study) => ({ study, ...maeWhere(loso, (r) => r.study === study) })),
    heldOut: { lobo, loso },
  };
}

/**
 * The architect's model in the pooled harness: fitted to the training rows (every study's), asked about
 * each held-out multi-agent row with its study's pilot and its study's kind (M: a method paper's row is
 * asked as one; the calculator asks as an evaluation, docs/model.md section 2). A single-agent row is its own pilot. An architecture no training study measured (hybrid
 * when Kim et al. are held out) is predicted as the mean of the fitted architectures, with the widest SD.
 */
export function pooledArchitect(measuredAgents: Record<string, number>): PooledModel {
  return {
    key: "architect",
    predict: (_train, test, fold) => {
      const pilot = (r: EvidenceRow): HeldOut => ({ mean: r.baseline, sd: pilotSd(r.baseline, r.tasks ?? PILOT_TASKS) });
      // A held-out group with no multi-agent row (a benchmark or study with single agents only) needs no fit.
      if (!test.some(isMultiRow)) return test.map(pilot);
      const model = pooledFoldModel(fold, measuredAgents);
      return test.map((r) => {
        if (!isMultiRow(r)) return pilot(r);
        const ask = (architecture: string) =>
          predictArchitect(model, {
            task: { tools: r.tools, decomposability: r.decomposability, capability: r.capability, baseline: r.baseline, method: r.kind === "method" ? 1 : 0 },
            architecture,
            agents: model.measuredAgents[architecture] ?? r.agents ?? 1,
          });
        if (model.perArchitecture[r.architecture] !== undefined) {
          const p = ask(r.architecture);
          const measured = model.measuredAgents[r.architecture];
          if (r.agents === null || measured === undefined || r.agents === measured) return { mean: p.successRate, sd: p.sd };
          const moved = predictArchitect(model, {
            task: { tools: r.tools, decomposability: r.decomposability, capability: r.capability, baseline: r.baseline, method: r.kind === "method" ? 1 : 0 },
            architecture: r.architecture,
            agents: r.agents,
          });
          return { mean: p.successRate, sd: p.sd, meanAtRowAgents: moved.successRate };
        }
        const all = Object.keys(model.perArchitecture).map(ask);
        return { mean: mean(all.map((p) => p.successRate)), sd: Math.max(...all.map((p) => p.sd)) };
      });
    },
  };
}

/** What validateEvidence returns: the rows and both models' pooled figures. */
export type EvidenceValidation = ReturnType<typeof validateEvidence>;

/** The pooled harness for the naive rule and the architect's model on the evidence a choice admits. */
export function validateEvidence(
  dataset: Parameters<typeof evidenceRows>[0],
  measuredAgents: Record<string, number>,
  choice: EvidenceChoice = DEFAULT_EVIDENCE,
) {
  const rows = evidenceRows(dataset, choice);
  return { choice, rows, naive: validatePooled(pooledNaive, rows), architect: validatePooled(pooledArchitect(measuredAgents), rows) };
}

/** validateEvidence on the default evidence, once per data version per process (the methodology page and the CLI share it). */
export function cachedEvidenceValidation(dataset: Parameters<typeof evidenceRows>[0] & Pick<Dataset, "version">): EvidenceValidation {
  return computedOnce("evidence-validation", dataset.version, () => validateEvidence(dataset, measuredAgentsOf(dataset)));
}

/** The agent-count rule checked on other studies' counts: rows at a count Kim et al. did not measure, per (architecture, agents). */
export type AgentCountCheck = {
  rows: number;
  /** LOBO MAE predicting at the measured count (the count ignored) and moved to the row's count by the rule. */
  maeIgnoringCount: number;
  maeWithRule: number;
  byCount: { architecture: string; agents: number; rows: number; maeIgnoringCount: number; maeWithRule: number }[];
};

/**
 * Checks the agent-count rule against the evidence (docs/model.md section 3): every multi-agent row
 * whose printed agent count differs from Kim et al.'s measured one, predicted under LOBO both at the
 * measured count and moved to its own count by the rule. The rule earns its place only if moving helps.
 */
export function agentCountCheck(rows: readonly EvidenceRow[], architect: PooledValidation): AgentCountCheck {
  const moved = rows.flatMap((r, i) => {
    const h = at(architect.heldOut.lobo, i);
    return h.meanAtRowAgents === undefined || r.agents === null
      ? []
      : [{ r, ignoring: Math.abs(r.successRate - h.mean), rule: Math.abs(r.successRate - h.meanAtRowAgents) }];
  });
  const groups = new Map<string, typeof moved>();
  for (const m of moved) {
    const key = `${m.r.architecture}/${m.r.agents}`;
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  const maeOfList = (list: readonly { ignoring: number; rule: number }[], pick: "ignoring" | "rule") =>
    list.length === 0 ? Number.NaN : mean(list.map((m) => m[pick]));
  return {
    rows: moved.length,
    maeIgnoringCount: maeOfList(moved, "ignoring"),
    maeWithRule: maeOfList(moved, "rule"),
    byCount: [...groups.values()].map((list) => {
      const first = at(list, 0).r;
      return {
        architecture: first.architecture,
        agents: first.agents ?? Number.NaN,
        rows: list.length,
        maeIgnoringCount: maeOfList(list, "ignoring"),
        maeWithRule: maeOfList(list, "rule"),
      };
    }),
  };
}
