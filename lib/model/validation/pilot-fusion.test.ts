import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { loadDataset } from "../../data/load";
import { paperFitRuns } from "../../data/row-sets";
import { pilotFusionGroups, plannerChooser, simulatePilotFusion, topDesign, type SimulationOptions } from "./pilot-fusion";
import { binomialPilots, taskSubsetPilots, type FusionGroup } from "./pilot-sources";
import { seededRandom } from "../stats/random";

/** Three designs (single, a, b); a prior that favours b, with b's and a's errors correlated. */
const prior = {
  mean: [0.4, 0.4, 0.5],
  cov: [
    [0.02, 0.01, 0.01],
    [0.01, 0.03, 0.02],
    [0.01, 0.02, 0.03],
  ],
};
const groups: FusionGroup[] = [
  { benchmark: "x", model: "m1", designs: ["single", "a", "b"], measured: [0.3, 0.35, 0.6], prior }, // b piloted and best: multi wins
  { benchmark: "x", model: "m2", designs: ["single", "a", "b"], measured: [0.6, 0.3, 0.2], prior }, // single wins
  { benchmark: "y", model: "m1", designs: ["single", "a", "b"], measured: [0.5, 0.8, 0.3], prior }, // a wins, b (piloted) loses to single
  { benchmark: "y", model: "m2", designs: ["single", "a", "b"], measured: [0.2, 0.25, 0.7], prior }, // multi wins
];
const options: SimulationOptions = {
  tasks: [10, 2000],
  draws: 10,
  seed: 1,
  taskCorrelation: 0.5,
  pilots: binomialPilots(0.5),
  planCosts: [1, 2, 2],
  calibrate: true,
};

describe("the pilot-fusion simulation on a tiny synthetic setup", () => {
  const result = simulatePilotFusion(groups, options);

  test("one row per pilot size, every rule, shares in [0, 1]", () => {
    assert.deepEqual(
      result.rows.map((r) => [r.tasks, r.groups]),
      [
        [10, 4],
        [2000, 4],
      ],
    );
    for (const row of result.rows) {
      assert.deepEqual(Object.keys(row.approaches), ["fused", "fusedTop", "fusedAll", "modelOnly", "pilotOnly", "pilotedExact", "reference", "naive"]);
      for (const a of Object.values(row.approaches)) assert.ok(a.decisions.mean >= 0 && a.decisions.mean <= 1);
      assert.ok(row.approaches.fused.coverage !== null && row.approaches.pilotOnly.coverage === null);
    }
  });

  test("the naive rule never calls multi: right exactly where the single agent wins, with no Monte Carlo noise", () => {
    const naive = result.rows[0]!.approaches.naive.decisions;
    assert.equal(naive.mean, 0.25);
    assert.equal(naive.mcSe, 0);
  });

  test("a huge pilot measures the piloted design; deciding by it alone misses the group where another design wins", () => {
    const big = result.rows[1]!;
    assert.ok(big.approaches.pilotOnly.maePiloted!.mean < 0.02);
    assert.ok(big.approaches.fused.maePiloted!.mean < 0.02);
    assert.deepEqual(big.piloted, { b: 1 });
    // b is piloted everywhere; it beats the single agent where multi wins except in group 3 (a wins there).
    assert.equal(big.approaches.pilotedExact.decisions.mean, 0.75);
    assert.equal(big.approaches.pilotOnly.decisions.mean, 0.75);
    assert.equal(big.approaches.reference.decisions.mean, 1);
  });

  test("the planner's calibration counts every draw once, and its bins and choices add up", () => {
    const c = result.calibration!;
    assert.equal(c.cases, 4 * 10 * 2);
    assert.equal(
      c.bins.reduce((s, b) => s + b.cases, 0),
      c.cases,
    );
    const shares = Object.values(c.choices);
    assert.ok(Math.abs(shares.reduce((s, x) => s + x, 0) - 1) < 1e-12);
    assert.equal(
      c.atTarget.cases,
      c.bins.filter((b) => b.from >= 0.9).reduce((s, b) => s + b.cases, 0),
    );
  });

  test("reproducible, and the calibration draws from its own stream: the other figures do not depend on it", () => {
    // On a smaller setup of the same kind (a run at 2,000 tasks costs seconds; both properties hold per draw).
    const small = { ...options, tasks: [10, 200], draws: 8 };
    const once = simulatePilotFusion(groups, small);
    assert.deepEqual(simulatePilotFusion(groups, small), once);
    assert.deepEqual(simulatePilotFusion(groups, { ...small, calibrate: false }).rows, once.rows);
  });
});

test("binomial pilots draw every design at once: asking for designs in another order gives the same counts", () => {
  const group = groups[0]!;
  const a = binomialPilots(0.5)(seededRandom(3), group, 40);
  const b = binomialPilots(0.5)(seededRandom(3), group, 40);
  const forward = [a.single, a.on(1), a.on(2)];
  const backward = [b.on(2), b.on(1), b.single].reverse();
  assert.deepEqual(forward, backward);
});

test("the planner pilots the design whose pilot can change the call, not the one the model ranks highest (topDesign)", () => {
  // b, the model's top design, is known (a tiny variance) to beat the single agent: its pilot teaches
  // nothing. a is uncertain and might beat b: only a's pilot can change the call (ties on confidence are
  // broken by the expected loss).
  const prior = {
    mean: [0.5, 0.52, 0.7],
    cov: [
      [0.0004, 0, 0],
      [0, 0.02, 0],
      [0, 0, 0.0001],
    ],
  };
  const group: FusionGroup = { benchmark: "x", model: "m", designs: ["single", "a", "b"], measured: [0.5, 0.5, 0.7], prior };
  assert.equal(topDesign(group, 20, prior, 10), 2);
  const choose = plannerChooser([1, 1, 1], 0.5);
  assert.equal(choose(group, 20, prior, 10), 1);
});

test("real task subsets: the same tasks for every design, k of them without replacement", () => {
  const outcomes: Record<string, number[]> = { single: [1, 0, 1, 0], a: [1, 0, 1, 0], b: [0, 1, 1, 1] };
  const taskResults = Object.entries(outcomes).flatMap(([architecture, resolved]) =>
    resolved.map((r, t) => ({ benchmark: "x", model: "m1", architecture, task: `t${t}`, resolved: r, steps: 1, has_output: true })),
  );
  const source = taskSubsetPilots({ taskResults });
  const group = groups[0]!;
  assert.deepEqual(source.outcomes(group), [outcomes.single, outcomes.a, outcomes.b]);
  const all = source(seededRandom(1), group, 4);
  assert.deepEqual([all.single, all.on(1), all.on(2)], [2, 2, 3]);
  const random = seededRandom(2);
  for (let i = 0; i < 50; i++) {
    const two = source(random, group, 2);
    assert.equal(two.on(1), two.single, "a solves exactly the tasks the single agent solves");
    assert.ok(two.on(2) >= 1 && two.on(2) <= 2);
  }
  assert.equal(source.outcomes(groups[1]!), null);
  assert.throws(() => source(random, group, 5), RangeError);
});

test("no held-out figure reaches its own prior: a group's prior ignores every outcome of its benchmark", () => {
  const dataset = loadDataset();
  const HELD = "plancraft";
  const perturbed = {
    ...dataset,
    runs: dataset.runs.map((r) => (r.benchmark === HELD ? { ...r, success_rate: 1 - r.success_rate } : r)),
    studyRuns: dataset.studyRuns.map((r) => (r.benchmark === HELD ? { ...r, value: 1 - r.value } : r)),
  };
  const priors = (data: typeof dataset) => pilotFusionGroups(paperFitRuns(data.runs, "v3"), data, [HELD]).map((g) => g.prior);
  const before = priors(dataset);
  assert.ok(before.length >= 4);
  assert.deepEqual(priors(perturbed), before);
});
