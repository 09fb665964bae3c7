import type { Run } from "../../data/schemas";
import { at } from "../stats/checked";
import { decisionScores, type DecisionScores } from "./decisions";
import type { ModelValidation } from "./harness";
import { PILOT_REFERENCE_SUCCESS, pilotTasksToBeat } from "./pilot-vs-model";
import type { DecisionHarness, DecisionValidation, HarnessScore } from "./decision-regret";
import { clusteredMae, isMultiRow, pooledDecisions, type ClusteredMae, type EvidenceValidation, type PooledValidation } from "./pooled";

/**
 * The figures of the methodology page's "How far to trust this" box (docs/model.md section 4), all from
 * held-out predictions: how far off a prediction for a new task is, how often the single-vs-multi call
 * was right, and how large a pilot measures a design better than these predictions.
 */

/** Single-vs-multi calls: how many groups, and how many the model (with a pilot; on Kim et al.'s runs also without one), the naive rule and "always multi-agent" got right. */
export type CallRecord = { groups: number; architect: number; architectNoPilot: number | null; naive: number; alwaysMulti: number };

/** A model's and the naive rule's held-out error on multi-agent rows, with the pilot size that beats each. */
export type ErrorRecord = { architect: ClusteredMae; naive: ClusteredMae; pilotTasks: { architect: number; naive: number } };

export type TrustFigures = {
  /** The decision rules scored by regret at listed prices (decision-regret.ts): Kim et al.'s six with and without a pilot, and every study held out. */
  decisions: Pick<Record<DecisionHarness, HarnessScore>, "kimLoboPilot" | "kimLoboNoPilot" | "loso">;
  /** Every success-rate benchmark of the evidence, each held out of every study (LOBO). */
  pooled: ErrorRecord & { calls: CallRecord };
  /** Kim et al.'s six benchmarks (their v3 runs), each held out in turn (LOBO). */
  kim: ErrorRecord & { calls: CallRecord };
  /** The pilot: its reference success rate, and the smallest task count that beats every error above. */
  pilot: { success: number; tasks: number };
};

/** Kim et al.'s part: the v3 harness's runs and the held-out predictions and decisions of its models. */
export type KimReport = { runs: readonly Run[]; models: readonly Pick<ModelValidation, "key" | "heldOut" | "decisions">[] };

/** The pooled part: the evidence rows and the pooled figures of both models. */
export type PooledReport = Pick<EvidenceValidation, "rows"> & {
  naive: Pick<PooledValidation, "loboMas" | "decisionsLobo">;
  architect: Pick<PooledValidation, "loboMas" | "decisionsLobo">;
};

function model(report: KimReport, key: ModelValidation["key"]) {
  const m = report.models.find((x) => x.key === key);
  if (m === undefined) throw new RangeError(`the report has no ${key} model`);
  return m;
}

/** LOBO MAE over a model's multi-agent runs, with its SE over held-out benchmarks. */
function kimMae(report: KimReport, key: ModelValidation["key"]): ClusteredMae {
  const held = model(report, key).heldOut.lobo;
  const multi = report.runs.flatMap((r, i) => (r.architecture === "single" ? [] : [i]));
  return clusteredMae(
    multi.map((i) => Math.abs(at(report.runs, i).success_rate - at(held, i).mean)),
    multi.map((i) => at(report.runs, i).benchmark),
  );
}

const withPilot = (architect: ClusteredMae, naive: ClusteredMae): ErrorRecord => ({
  architect,
  naive,
  pilotTasks: { architect: pilotTasksToBeat(architect.mae), naive: pilotTasksToBeat(naive.mae) },
});

/**
 * The trust box's figures from the v3 harness (Kim et al.'s runs) and the pooled harness. "Always
 * multi-agent" is scored like the model: a cell's call is multi-agent, right iff its best measured
 * multi-agent design beats its single agent. With the stored runs, the pilot that beats the model
 * is 17 tasks (`trust.test.ts`).
 */
export function trustFigures(kim: KimReport, pooled: PooledReport, architectures: readonly string[], decisions: DecisionValidation): TrustFigures {
  const kimCalls = (key: ModelValidation["key"]) => model(kim, key).decisions.lobo;
  const alwaysMultiKim: DecisionScores = decisionScores(
    kim.runs,
    kim.runs.map((r) => (r.architecture === "single" ? 0 : 1)),
    architectures,
  );
  const alwaysMultiPooled = pooledDecisions(
    pooled.rows,
    pooled.rows.map((r) => (isMultiRow(r) ? r.baseline + 1 : r.baseline)),
  );
  const pooledErrors = withPilot(pooled.architect.loboMas, pooled.naive.loboMas);
  const kimErrors = withPilot(kimMae(kim, "architect"), kimMae(kim, "naive"));
  const noPilot = kim.models.find((m) => m.key === "architectNoPilot");
  return {
    decisions: { kimLoboPilot: decisions.listed.kimLoboPilot, kimLoboNoPilot: decisions.listed.kimLoboNoPilot, loso: decisions.listed.loso },
    pooled: {
      ...pooledErrors,
      calls: {
        groups: pooled.architect.decisionsLobo.groups,
        architect: pooled.architect.decisionsLobo.right,
        architectNoPilot: null,
        naive: pooled.naive.decisionsLobo.right,
        alwaysMulti: alwaysMultiPooled.right,
      },
    },
    kim: {
      ...kimErrors,
      calls: {
        groups: kimCalls("architect").groups,
        architect: kimCalls("architect").singleVsMulti,
        architectNoPilot: noPilot === undefined ? null : noPilot.decisions.lobo.singleVsMulti,
        naive: kimCalls("naive").singleVsMulti,
        alwaysMulti: alwaysMultiKim.singleVsMulti,
      },
    },
    pilot: {
      success: PILOT_REFERENCE_SUCCESS,
      tasks: Math.max(pooledErrors.pilotTasks.architect, pooledErrors.pilotTasks.naive, kimErrors.pilotTasks.architect, kimErrors.pilotTasks.naive),
    },
  };
}
