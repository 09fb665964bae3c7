import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { loadDataset } from "../../data/load";
import { measuredAgentsOf, evidenceRows } from "../architect/evidence-rows";
import { toExample } from "../architect/architect-examples";
import { fitArchitect } from "../architect/architect-fit";
import { architectJoint, designReadout, predictArchitect, predictArchitectWithPilots } from "../architect/architect-predict";
import { taskCorrelation } from "../architect/task-correlation";
import { condition, fusePilots, pilotNoiseCovariance } from "./fusion";

const close = (a: number, b: number, tol: number, what: string) => assert.ok(Math.abs(a - b) <= tol, `${what}: ${a} vs ${b}`);

describe("conditioning a joint normal on pilots", () => {
  test("a pilot of one design moves a correlated design by cov/var of the gap, and narrows it", () => {
    const prior = {
      mean: [0.4, 0.5],
      cov: [
        [0.04, 0.03],
        [0.03, 0.04],
      ],
    };
    const post = condition(prior, [[1, 0]], [0.6], [[0.01]]);
    // Gain on design 0: 0.04/(0.04 + 0.01) = 0.8, so 0.4 + 0.8·0.2 = 0.56; design 1 moves 0.03/0.05·0.2 = 0.12.
    close(post.mean[0] ?? 0, 0.56, 1e-12, "piloted");
    close(post.mean[1] ?? 0, 0.62, 1e-12, "not piloted");
    close(post.cov[1]?.[1] ?? 0, 0.04 - 0.03 ** 2 / 0.05, 1e-12, "variance of the other design");
  });

  test("paired pilots share noise: their gap is measured more sharply than with separate tasks", () => {
    const pilots = [
      { h: [1, 0], tasks: 30, solved: 12, pairing: "t" },
      { h: [0, 1], tasks: 30, solved: 15, pairing: "t" },
    ];
    const paired = pilotNoiseCovariance(pilots, 0.55);
    const separate = pilotNoiseCovariance(
      pilots.map(({ pairing: _, ...p }) => p),
      0.55,
    );
    const gapVariance = (R: number[][]) => (R[0]?.[0] ?? 0) + (R[1]?.[1] ?? 0) - 2 * (R[0]?.[1] ?? 0);
    assert.ok(gapVariance(paired) < gapVariance(separate));
    assert.equal(separate[0]?.[1], 0);
    const prior = {
      mean: [0.4, 0.45],
      cov: [
        [0.04, 0.02],
        [0.02, 0.04],
      ],
    };
    const a = fusePilots(prior, pilots, 0.55);
    const b = fusePilots(
      prior,
      pilots.map(({ pairing: _, ...p }) => p),
      0.55,
    );
    const gapSd = (c: number[][]) => (c[0]?.[0] ?? 0) + (c[1]?.[1] ?? 0) - 2 * (c[0]?.[1] ?? 0);
    assert.ok(gapSd(a.cov) < gapSd(b.cov), "the fused gap is sharper with paired pilots");
  });
});

describe("the architect's model as a joint prior", () => {
  const dataset = loadDataset();
  const agents = measuredAgentsOf(dataset);
  const model = fitArchitect(
    evidenceRows(dataset, "all").map((r) => toExample(r)),
    agents,
  );
  const task = { tools: 4, decomposability: 0.5, capability: 60, baseline: null, method: 0 };

  test("without pilots, each design's marginal is predictArchitect's (no pilot)", () => {
    const joint = architectJoint(model, task);
    joint.designs.forEach((architecture, i) => {
      const p = predictArchitect(model, { task, architecture, agents: agents[architecture] ?? 1 });
      close(joint.prior.mean[i] ?? Number.NaN, p.successRate, 1e-9, `${architecture} mean`);
      close(Math.sqrt(joint.prior.cov[i]?.[i] ?? Number.NaN), p.sd, 1e-9, `${architecture} sd`);
    });
    assert.ok(model.errorCorrelation > 0 && model.errorCorrelation < 1, `error correlation ${model.errorCorrelation}`);
  });

  test("a very large single-agent pilot gives the with-pilot model's means", () => {
    const joint = architectJoint(model, task);
    const post = fusePilots(joint.prior, [{ h: designReadout(model, joint, "single", 1).h, tasks: 1_000_000, solved: 350_000 }], 0.55);
    joint.designs.forEach((architecture, i) => {
      const p = predictArchitect(model, { task: { ...task, baseline: 0.35 }, architecture, agents: agents[architecture] ?? 1 });
      close(post.mean[i] ?? Number.NaN, p.successRate, 2e-3, `${architecture} mean`);
    });
  });

  test("a multi-agent pilot moves the other designs (the shared task effect), and a design away from its count reads through the rule", () => {
    const joint = architectJoint(model, { ...task, baseline: 0.4 });
    const c = joint.designs.indexOf("centralized");
    const d = joint.designs.indexOf("decentralized");
    const post = fusePilots(joint.prior, [{ h: designReadout(model, joint, "centralized", agents.centralized ?? 3).h, tasks: 30, solved: 27 }], 0.55);
    assert.ok((post.mean[c] ?? 0) > (joint.prior.mean[c] ?? 0));
    assert.ok((post.mean[d] ?? 0) > (joint.prior.mean[d] ?? 0), "decentralized moves with it");
    const away = designReadout(model, joint, "centralized", 8);
    assert.ok(away.extraVariance > 0 && (away.h[0] ?? 0) !== 0);
  });
});

describe("fused predictions carry their covariance with the single agent", () => {
  const dataset = loadDataset();
  const agents = measuredAgentsOf(dataset);
  const model = fitArchitect(
    evidenceRows(dataset, "all").map((r) => toExample(r)),
    agents,
  );
  const task = { tools: 4, decomposability: 0.5, capability: 60, baseline: null, method: 0 };
  const pilots = [
    { architecture: "single", agents: 1, tasks: 30, solved: 12, paired: true },
    { architecture: "centralized", agents: agents.centralized ?? 4, tasks: 30, solved: 18, paired: true },
  ];
  test("paired pilots make the piloted design covary with the single agent, so their gap is sharper than independent SDs say", () => {
    const single = predictArchitectWithPilots(model, { task, architecture: "single", agents: 1 }, pilots, 0.567);
    const central = predictArchitectWithPilots(model, { task, architecture: "centralized", agents: agents.centralized ?? 4 }, pilots, 0.567);
    assert.ok((central.covarianceWithSingle ?? 0) > 0);
    const gapSd = Math.sqrt(central.sd ** 2 + single.sd ** 2 - 2 * (central.covarianceWithSingle ?? 0));
    assert.ok(gapSd < Math.hypot(central.sd, single.sd));
    close(single.covarianceWithSingle ?? 0, single.sd ** 2, 1e-12, "the single agent's covariance with itself is its variance");
  });

  test("no pilots: the prediction is predictArchitect's, with no covariance claimed", () => {
    const plain = predictArchitect(model, { task, architecture: "hybrid", agents: 6 });
    assert.deepEqual(predictArchitectWithPilots(model, { task, architecture: "hybrid", agents: 6 }, [], 0.567), plain);
    assert.equal(plain.covarianceWithSingle, undefined);
  });
});

describe("the task-level correlation of paired outcomes", () => {
  test("is the within-group phi: identical outcomes give 1, independent-by-construction give 0", () => {
    const rows = (multi: number[]) => [
      ...[1, 0, 1, 0].map((resolved, task) => ({ benchmark: "b", model: "m", architecture: "single", task: String(task), resolved })),
      ...multi.map((resolved, task) => ({ benchmark: "b", model: "m", architecture: "centralized", task: String(task), resolved })),
    ];
    close(taskCorrelation(rows([1, 0, 1, 0])).phi, 1, 1e-12, "identical");
    close(taskCorrelation(rows([1, 1, 0, 0])).phi, 0, 1e-12, "orthogonal");
  });

  test("on Kim et al.'s per-task results it is about 0.57 over 1,440 pairs", () => {
    const t = taskCorrelation(loadDataset().taskResults);
    assert.equal(t.pairs, 1440);
    close(t.phi, 0.567, 0.001, "phi");
  });
});
