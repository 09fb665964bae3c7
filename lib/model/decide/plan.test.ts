import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { loadDataset } from "../../data/load";
import { architectJoint, predictArchitectWithPilots } from "../architect/architect-predict";
import { fusePilots } from "../predict/fusion";
import { fitModels } from "../serving/fit-models";
import { architectPosterior } from "../architect/architect-predict";
import {
  everyGapVarianceInto,
  everyScratch,
  EVERY_DESIGN,
  fuseEveryMeanInto,
  fuseMeanInto,
  gapVarianceInto,
  planPilots,
  singleJoins,
  type PlanQuery,
} from "./plan";
import { callChance } from "./rule";

const close = (a: number, b: number, tol: number, what: string) => assert.ok(Math.abs(a - b) <= tol, `${what}: ${a} vs ${b} (tolerance ${tol})`);

/** Independent designs with these means and SDs. */
const independent = (mean: number[], sd: number[]) => ({ mean, cov: mean.map((_, i) => mean.map((_, j) => (i === j ? sd[i]! ** 2 : 0))) });

describe("the planner on synthetic posteriors whose answer is known", () => {
  test("two designs far apart: the call is right already, no pilot needed", () => {
    const plan = planPilots({ designs: ["single", "a"], posterior: independent([0.2, 0.8], [0.05, 0.05]), costPerTask: [1, 2], taskCorrelation: 0.5 });
    assert.equal(plan.now.call, "a");
    assert.ok(plan.now.chance > 0.999, `${plan.now.chance}`);
    assert.ok(plan.now.expectedLoss < 1e-3);
    assert.deepEqual(plan.choice, { kind: "none-needed" });
  });

  test("two equal designs: a coin flip now, rising with the pilot; none reaches an extreme target", () => {
    const query: PlanQuery = { designs: ["single", "a"], posterior: independent([0.5, 0.5], [0.1, 0.1]), costPerTask: [1, 3], taskCorrelation: 0.5 };
    const plan = planPilots(query);
    close(plan.now.chance, 0.5, 0.035, "confidence now");
    const byTasks = plan.options.map((o) => o.chance);
    assert.deepEqual(
      plan.options.map((o) => o.tasks),
      [5, 10, 20, 30, 50, 100],
    );
    for (let i = 1; i < byTasks.length; i++) assert.ok(byTasks[i]! >= byTasks[i - 1]! - 0.01, `confidence falls from ${byTasks[i - 1]} to ${byTasks[i]}`);
    assert.ok(byTasks[5]! > plan.now.chance + 0.25, `100 tasks: ${byTasks[5]}`);
    assert.ok(plan.options[5]!.expectedLoss < plan.now.expectedLoss / 2);
    const strict = planPilots({ ...query, confidence: 0.99 });
    assert.equal(strict.choice.kind, "none-affordable");
    assert.equal(strict.choice.kind === "none-affordable" ? strict.choice.best?.tasks : null, 100);
  });

  test("the cheapest plan reaching the target is chosen, and its cost counts the single agent when it joins", () => {
    // Single well measured (SD 0.01): a plan pilots the multi-agent design alone. b is far cheaper than a.
    const posterior = {
      mean: [0.5, 0.45, 0.55],
      cov: [
        [0.0001, 0, 0],
        [0, 0.01, 0.008],
        [0, 0.008, 0.01],
      ],
    };
    const plan = planPilots({ designs: ["single", "a", "b"], posterior, costPerTask: [1, 10, 2], taskCorrelation: 0.5, confidence: 0.8 });
    assert.equal(plan.choice.kind, "plan");
    const chosen = plan.choice.kind === "plan" ? plan.choice.option : null;
    assert.ok(chosen !== null && chosen.chance >= 0.8);
    for (const o of plan.options) if (o.chance >= 0.8) assert.ok(o.pilotCost >= chosen.pilotCost);
    assert.ok(plan.options.every((o) => !o.withSingle && o.pilotCost === o.tasks * (o.design === "a" ? 10 : o.design === "b" ? 2 : 12)));
  });

  test("the same inputs give the same figures (fixed seed), another seed other figures", () => {
    const query: PlanQuery = {
      designs: ["single", "a", "b"],
      posterior: independent([0.4, 0.45, 0.5], [0.1, 0.12, 0.12]),
      costPerTask: [1, 2, 3],
      taskCorrelation: 0.567,
    };
    assert.deepEqual(planPilots(query), planPilots(query));
    assert.notDeepEqual(planPilots({ ...query, seed: 1 }).options, planPilots(query).options);
  });

  test("bad inputs throw: mismatched lengths, a target outside (0, 1)", () => {
    assert.throws(() => planPilots({ designs: ["single", "a"], posterior: independent([0.5], [0.1]), costPerTask: [1, 2], taskCorrelation: 0.5 }), RangeError);
    assert.throws(
      () => planPilots({ designs: ["single", "a"], posterior: independent([0.5, 0.5], [0.1, 0.1]), costPerTask: [1, 2], taskCorrelation: 0.5, confidence: 1 }),
      /confidence target/,
    );
  });
});

describe("the planner's pieces", () => {
  test("the fast fusion equals fusePilots, with and without the single agent's paired pilot", () => {
    const prior = {
      mean: [0.42, 0.47, 0.55, 0.39],
      cov: [
        [0.04, 0.02, 0.015, 0.02],
        [0.02, 0.05, 0.03, 0.028],
        [0.015, 0.03, 0.045, 0.025],
        [0.02, 0.028, 0.025, 0.05],
      ],
    };
    const e = (i: number) => prior.mean.map((_, j) => (j === i ? 1 : 0));
    const out = new Float64Array(4);
    const cov = prior.cov.map((r) => Float64Array.from(r));
    fuseMeanInto(out, Float64Array.from(prior.mean), cov, 2, 20, 13, 8, 0.567);
    const both = fusePilots(
      prior,
      [
        { h: e(0), tasks: 20, solved: 8, pairing: "p" },
        { h: e(2), tasks: 20, solved: 13, pairing: "p" },
      ],
      0.567,
    );
    both.mean.forEach((m, i) => close(out[i]!, m, 1e-12, `paired, design ${i}`));
    fuseMeanInto(out, Float64Array.from(prior.mean), cov, 3, 30, 5, null, 0.567);
    const alone = fusePilots(prior, [{ h: e(3), tasks: 30, solved: 5 }], 0.567);
    alone.mean.forEach((m, i) => close(out[i]!, m, 1e-12, `alone, design ${i}`));
  });

  test("the fast fusion of every design's pilot equals fusePilots, with and without the single agent on the same tasks", () => {
    const prior = {
      mean: [0.42, 0.47, 0.55, 0.39],
      cov: [
        [0.04, 0.02, 0.015, 0.02],
        [0.02, 0.05, 0.03, 0.028],
        [0.015, 0.03, 0.045, 0.025],
        [0.02, 0.028, 0.025, 0.05],
      ],
    };
    const e = (i: number) => prior.mean.map((_, j) => (j === i ? 1 : 0));
    const out = new Float64Array(4);
    const cov = prior.cov.map((r) => Float64Array.from(r));
    const solved = [8, 11, 13, 6];
    fuseEveryMeanInto(out, Float64Array.from(prior.mean), cov, 20, (d) => solved[d]!, solved[0]!, 0.567);
    const all = fusePilots(
      prior,
      solved.map((x, i) => ({ h: e(i), tasks: 20, solved: x, pairing: "p" })),
      0.567,
    );
    all.mean.forEach((m, i) => close(out[i]!, m, 1e-12, `with the single agent, design ${i}`));
    fuseEveryMeanInto(out, Float64Array.from(prior.mean), cov, 20, (d) => solved[d]!, null, 0.567);
    const multi = fusePilots(
      prior,
      solved.slice(1).map((x, i) => ({ h: e(i + 1), tasks: 20, solved: x, pairing: "p" })),
      0.567,
    );
    multi.mean.forEach((m, i) => close(out[i]!, m, 1e-12, `without it, design ${i}`));
  });

  test("the plan of every design: one per size, costing every multi-agent design's tasks, at least as confident as any one design's plan", () => {
    // Two designs equally likely to beat a well-measured single agent: piloting one leaves the other open.
    const posterior = {
      mean: [0.5, 0.5, 0.5],
      cov: [
        [0.0001, 0, 0],
        [0, 0.01, 0],
        [0, 0, 0.01],
      ],
    };
    const query: PlanQuery = { designs: ["single", "a", "b"], posterior, costPerTask: [1, 2, 3], taskCorrelation: 0.5 };
    const plan = planPilots(query);
    const every = plan.options.filter((o) => o.design === EVERY_DESIGN);
    assert.deepEqual(
      every.map((o) => o.tasks),
      [5, 10, 20, 30, 50, 100],
    );
    for (const o of every) {
      assert.equal(o.pilotCost, o.tasks * (2 + 3 + (o.withSingle ? 1 : 0)));
      const one = plan.options.filter((x) => x.design !== EVERY_DESIGN && x.tasks === o.tasks);
      for (const x of one) assert.ok(o.chance >= x.chance - 0.02, `${o.tasks} tasks: every ${o.chance} against ${x.design} ${x.chance}`);
    }
    assert.ok(every[5]!.chance > Math.max(...plan.options.filter((x) => x.design !== EVERY_DESIGN && x.tasks === 100).map((x) => x.chance)) + 0.05);
    assert.equal(
      planPilots({ ...query, every: false }).options.some((o) => o.design === EVERY_DESIGN),
      false,
    );
    assert.equal(
      planPilots({
        ...query,
        designs: ["single", "a"],
        posterior: {
          mean: [0.5, 0.5],
          cov: [
            [0.0001, 0],
            [0, 0.01],
          ],
        },
        costPerTask: [1, 2],
      }).options.some((o) => o.design === EVERY_DESIGN),
      false,
    );
  });

  test("the gap variances after a pilot equal fusePilots's posterior covariance, for one design, a pair and every design", () => {
    const prior = {
      mean: [0.42, 0.47, 0.55, 0.39],
      cov: [
        [0.04, 0.02, 0.015, 0.02],
        [0.02, 0.05, 0.03, 0.028],
        [0.015, 0.03, 0.045, 0.025],
        [0.02, 0.028, 0.025, 0.05],
      ],
    };
    const e = (i: number) => prior.mean.map((_, j) => (j === i ? 1 : 0));
    const cov = prior.cov.map((r) => Float64Array.from(r));
    const before = Float64Array.from(cov, (row, j) => (j === 0 ? 0 : row[j]! + cov[0]![0]! - 2 * row[0]!));
    const gapVariances = (post: { cov: number[][] }) => post.cov.map((row, j) => (j === 0 ? 0 : row[j]! + post.cov[0]![0]! - 2 * row[0]!));
    const out = new Float64Array(4);
    gapVarianceInto(out, before, cov, 2, 20, 13, 8, 0.567);
    const both = fusePilots(
      prior,
      [
        { h: e(0), tasks: 20, solved: 8, pairing: "p" },
        { h: e(2), tasks: 20, solved: 13, pairing: "p" },
      ],
      0.567,
    );
    gapVariances(both).forEach((v, j) => j > 0 && close(out[j]!, v, 1e-12, `paired, gap ${j}`));
    gapVarianceInto(out, before, cov, 3, 30, 5, null, 0.567);
    const alone = fusePilots(prior, [{ h: e(3), tasks: 30, solved: 5 }], 0.567);
    gapVariances(alone).forEach((v, j) => j > 0 && close(out[j]!, v, 1e-12, `alone, gap ${j}`));
    const scratch = everyScratch(4);
    const mean = new Float64Array(4);
    const solved = [8, 11, 13, 6];
    fuseEveryMeanInto(mean, Float64Array.from(prior.mean), cov, 20, (d) => solved[d]!, solved[0]!, 0.567, scratch);
    everyGapVarianceInto(out, before, cov, scratch);
    const all = fusePilots(
      prior,
      solved.map((x, i) => ({ h: e(i), tasks: 20, solved: x, pairing: "p" })),
      0.567,
    );
    gapVariances(all).forEach((v, j) => j > 0 && close(out[j]!, v, 1e-12, `every design, gap ${j}`));
  });

  test("the call now and its chance are the recommendation's (rule.ts), for both rules", () => {
    const posterior = independent([0.45, 0.5, 0.55], [0.08, 0.15, 0.15]);
    const costPerTask = [0.01, 0.03, 0.08];
    const confidence = planPilots({ designs: ["single", "a", "b"], posterior, costPerTask, taskCorrelation: 0.5, draws: 200 });
    assert.equal(confidence.rule, "confidence");
    assert.equal(confidence.now.call, "single");
    assert.equal(confidence.now.chance, callChance(posterior, 0, null, costPerTask));
    const value = planPilots({ designs: ["single", "a", "b"], posterior, costPerTask, taskCorrelation: 0.5, draws: 200, valuePerSuccess: 5 });
    assert.equal(value.rule, "value");
    assert.equal(value.lossUnit, "usd");
    assert.equal(value.now.call, "b");
    assert.equal(value.now.chance, callChance(posterior, 2, 5, costPerTask));
  });

  test("the single agent joins a plan unless it is already measured as precisely", () => {
    assert.equal(singleJoins({ mean: [0.4], cov: [[0.0016]] }, 100), false);
    assert.equal(singleJoins({ mean: [0.4], cov: [[0.0016]] }, 200), true);
    assert.equal(singleJoins({ mean: [0.4], cov: [[0.04]] }, 10), true);
  });
});

test("architectPosterior is the joint predictArchitectWithPilots reads its predictions from", () => {
  const dataset = loadDataset();
  const models = fitModels(dataset);
  const task = { tools: 4, decomposability: 0.5, capability: 65, baseline: null };
  const pilots = [
    { architecture: "single", agents: 1, tasks: 30, solved: 12, paired: true },
    { architecture: "centralized", agents: 4, tasks: 30, solved: 16, paired: true },
  ];
  const { designs, posterior } = architectPosterior(models.architect, task, pilots, models.taskCorrelation);
  assert.deepEqual(designs, architectJoint(models.architect, task).designs);
  designs.forEach((architecture, i) => {
    const p = predictArchitectWithPilots(
      models.architect,
      { task, architecture, agents: models.architect.measuredAgents[architecture] ?? 1 },
      pilots,
      models.taskCorrelation,
    );
    close(Math.min(1, Math.max(0, posterior.mean[i]!)), p.successRate, 1e-12, `${architecture} mean`);
    close(Math.sqrt(posterior.cov[i]![i]!), p.sd, 1e-12, `${architecture} sd`);
  });
  // Without pilots it is the model's prior.
  assert.deepEqual(architectPosterior(models.architect, task, [], models.taskCorrelation).posterior, architectJoint(models.architect, task).prior);
});
