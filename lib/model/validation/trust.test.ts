import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { EvidenceRow } from "../architect/evidence-rows";
import type { Run } from "../../data/schemas";
import { decisionScores } from "./decisions";
import type { HeldOut } from "./models";
import { pilotTasksToBeat } from "./pilot-vs-model";
import { pooledNaive, validatePooled, type EvidencePredictor } from "./pooled";
import { trustFigures, type KimReport } from "./trust";
import type { DecisionValidation, HarnessScore } from "./decision-regret";

const ARCHITECTURES = ["single", "centralized"];

function run(benchmark: string, model: string, architecture: string, success_rate: number): Run {
  return {
    benchmark,
    architecture,
    model,
    success_rate,
    tasks: 100,
    successes: null,
    mean_steps: null,
    in_v2: true,
    in_v3: true,
    fold_v2: 0,
    fold_v3: 0,
    source: "paper-4bench",
  };
}

// Kim's part: two benchmarks, two models; multi-agent wins on "a" by 0.2 and loses on "b" by 0.1.
const runs: Run[] = ["a", "b"].flatMap((b) =>
  ["m1", "m2"].flatMap((m, j) => {
    const P = 0.3 + 0.2 * j;
    return [run(b, m, "single", P), run(b, m, "centralized", P + (b === "a" ? 0.2 : -0.1))];
  }),
);
const single = (r: Run) => runs.find((s) => s.benchmark === r.benchmark && s.model === r.model && s.architecture === "single")?.success_rate ?? Number.NaN;
/** The architect predicts +0.1 everywhere: right on "a" (multi wins), wrong on "b". */
const architectMeans = runs.map((r) => single(r) + (r.architecture === "single" ? 0 : 0.1));
const naiveMeans = runs.map(single);
const entry = (key: "naive" | "architect", means: number[]) => ({
  key,
  heldOut: { cv: [], lobo: means.map((mean): HeldOut => ({ mean, sd: null })) },
  decisions: { cv: decisionScores(runs, means, ARCHITECTURES), lobo: decisionScores(runs, means, ARCHITECTURES) },
});
const kim: KimReport = { runs, models: [entry("naive", naiveMeans), entry("architect", architectMeans)] };

// The pooled part: one study, three benchmarks, multi-agent gains +0.1, −0.1, +0.1.
function row(benchmark: string, architecture: string, baseline: number, successRate: number): EvidenceRow {
  return {
    study: "s",
    kind: "evaluation",
    benchmark,
    model: "m",
    architecture,
    agents: 3,
    method: architecture,
    tools: 0,
    decomposability: 0,
    capability: null,
    baseline,
    successRate,
    tasks: 100,
    run: null,
  };
}
const rows = [
  ["a", 0.1],
  ["b", -0.1],
  ["c", 0.1],
].flatMap(([b, g]) => [row(String(b), "single", 0.4, 0.4), row(String(b), "centralized", 0.4, 0.4 + Number(g))]);
const plusTenth: EvidencePredictor = (_train, test) => test.map((r) => ({ mean: r.architecture === "single" ? r.baseline : r.baseline + 0.1, sd: 0.05 }));
const pooled = { rows, naive: validatePooled(pooledNaive, rows), architect: validatePooled({ key: "architect", predict: plusTenth }, rows) };

/** A decision harness's figures, every rule alike (the trust box passes them through; decision-regret.test.ts tests them). */
function stubDecisions(): DecisionValidation {
  const perV = { "0.1": 0.01, "1": 0.1, "10": 1 };
  const rule = { callsRight: 1, groups: 2, multiCalls: 1, pointsLost: 5, pointsLostSe: 1, regret: perV, regretSe: perV };
  const harness = (): HarnessScore => ({
    value: rule,
    confidence: rule,
    old: rule,
    alwaysSingle: rule,
    alwaysMulti: rule,
    valueByV: { "0.1": rule, "1": rule, "10": rule },
    valueVersus: {
      confidence: { "0.1": { difference: 0, se: 0 }, "1": { difference: 0, se: 0 }, "10": { difference: 0, se: 0 } },
      old: { "0.1": { difference: 0, se: 0 }, "1": { difference: 0, se: 0 }, "10": { difference: 0, se: 0 } },
      alwaysSingle: { "0.1": { difference: 0, se: 0 }, "1": { difference: 0, se: 0 }, "10": { difference: 0, se: 0 } },
      alwaysMulti: { "0.1": { difference: 0, se: 0 }, "1": { difference: 0, se: 0 }, "10": { difference: 0, se: 0 } },
    },
    coverage: { groups: 2, scored: 2, folds: 2 },
  });
  const all = () => ({ kimLoboPilot: harness(), kimLoboNoPilot: harness(), pooledLobo: harness(), loso: harness(), evaluationsLoso: harness() });
  return { pricing: { listed: "listed", reference: "reference" }, listed: all(), reference: all() };
}

describe("the trust box's figures", () => {
  const decisions = stubDecisions();
  const t = trustFigures(kim, pooled, ARCHITECTURES, decisions);

  test("errors on Kim et al.'s runs are over multi-agent runs, with an SE over held-out benchmarks", () => {
    // Naive errors: 0.2 on "a", 0.1 on "b" (mean 0.15); architect: 0.1 on "a", 0.2 on "b" (mean 0.15).
    assert.ok(Math.abs(t.kim.naive.mae - 0.15) < 1e-12);
    assert.ok(Math.abs(t.kim.architect.mae - 0.15) < 1e-12);
    assert.equal(t.kim.architect.groups, 2);
    assert.ok(t.kim.architect.se > 0);
  });

  test("calls: the model, the naive rule (never multi-agent) and always multi-agent, on the same groups", () => {
    assert.deepEqual(t.kim.calls, { groups: 4, architect: 2, architectNoPilot: null, naive: 2, alwaysMulti: 2 });
    // Pooled cells: multi wins on a and c; the architect always calls multi (right twice), naive never (right once).
    assert.deepEqual(t.pooled.calls, { groups: 3, architect: 2, architectNoPilot: null, naive: 1, alwaysMulti: 2 });
    // The decision harness's own figures are passed through, harness by harness.
    assert.equal(t.decisions.kimLoboPilot, decisions.listed.kimLoboPilot);
    assert.equal(t.decisions.loso, decisions.listed.loso);
  });

  test("the pilot beats every error the box quotes", () => {
    assert.equal(t.pilot.success, 0.4);
    const errors = [t.pooled.architect.mae, t.pooled.naive.mae, t.kim.architect.mae, t.kim.naive.mae];
    assert.equal(t.pilot.tasks, Math.max(...errors.map((e) => pilotTasksToBeat(e))));
    assert.equal(t.pooled.pilotTasks.naive, pilotTasksToBeat(0.1));
  });
});
