import { shrinkGain } from "./gain-weight";
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { loadDataset } from "../../data/load";
import { evidenceExamples } from "./architect-examples";
import { pooledDesignRow, pooledPenalties, standardizedFeatures } from "./architect-design";
import { fitArchitect, KAPPA_GRID, LAMBDA_GRID, rowWeights, SETTINGS } from "./architect-fit";
import { predictArchitect } from "./architect-predict";
import { leastSquares } from "../stats/least-squares";
import { dot } from "../stats/linear";
import { fitRidge } from "../stats/ridge";
import { Z90 } from "../stats/normal";

const dataset = loadDataset();
const examples = evidenceExamples(dataset, "all");
const agents = Object.fromEntries(dataset.architectures.map((a) => [a.architecture, a.agents]));
const model = fitArchitect(examples, agents);
const task = { tools: 5, decomposability: 0.6, capability: 65, baseline: 0.35 };
const width = (p: { interval: [number, number] }) => p.interval[1] - p.interval[0];

describe("the architect's model", () => {
  test("averages the grid: LOBO predictions equal the mean of the 15 settings' fits, recomputed here by direct ridge fits", () => {
    // Independent of the fit's Gram-matrix shortcut: for each (lambda, kappa), fit the weighted pooled ridge on all
    // but one benchmark's multi-agent rows (the fit's scaler: inputs only), average the settings' predictions
    // of that benchmark's rows, and score them.
    const multi = examples.filter((e) => e.architecture !== "single");
    const benchmarks = [...new Set(multi.map((e) => e.benchmark))];
    assert.ok(benchmarks.length > 20, `${benchmarks.length} benchmarks`);
    const weights = rowWeights(multi, "benchmarks");
    const row = (e: (typeof multi)[number]) => pooledDesignRow(model, e.architecture, e.task);
    const errors = benchmarks.flatMap((held) => {
      const train = multi.flatMap((e, i) => (e.benchmark === held ? [] : [{ e, w: Math.sqrt(weights[i] ?? Number.NaN) }]));
      const fits = SETTINGS.map(
        ({ lambda, kappa }) =>
          fitRidge(
            train.map(({ e, w }) => row(e).map((x) => x * w)),
            train.map(({ e, w }) => e.successRate * w),
            pooledPenalties(model, lambda, kappa),
          ).coefficients,
      );
      // The served prediction shrinks the gain over the single agent by the fit's weight (gain-weight.ts).
      return multi
        .filter((e) => e.benchmark === held)
        .map((e) => Math.abs(e.successRate - shrinkGain(e.task.baseline, fits.reduce((s, c) => s + dot(c, row(e)), 0) / fits.length, model.gainWeight)));
    });
    assert.equal(errors.length, multi.length);
    const mae = errors.reduce((s, e) => s + e, 0) / errors.length;
    assert.equal(model.settings, LAMBDA_GRID.length * KAPPA_GRID.length);
    assert.ok(Math.abs(model.innerLoboMae - mae) < 1e-9, `${model.innerLoboMae} vs ${mae}`);
  });

  test("fits deterministically", () => {
    const again = fitArchitect(examples, agents);
    assert.deepEqual(again.perArchitecture, model.perArchitecture);
    assert.equal(again.innerLoboMae, model.innerLoboMae);
  });

  test("identifies every slope from the pooled rows, and each architecture's own slopes except those its rows hold constant", () => {
    assert.deepEqual([...model.architectures].sort(), ["centralized", "decentralized", "hybrid", "independent"]);
    const multi = examples.filter((e) => e.architecture !== "single");
    const pooled = leastSquares(
      multi.map((e) => [1, ...standardizedFeatures(model, e.task)]),
      multi.map(() => 0),
    );
    assert.equal(pooled.rank, model.features.length + 1);
    for (const architecture of model.architectures) {
      const rows = multi.filter((e) => e.architecture === architecture).map((e) => [1, ...standardizedFeatures(model, e.task)]);
      const constant = model.features.filter((_, j) => new Set(rows.map((r) => r[j + 1])).size === 1);
      const solution = leastSquares(
        rows,
        rows.map(() => 0),
      );
      // A column constant within one architecture's rows (a study kind or task kind it was never measured on) leaves
      // that architecture's deviation at zero by the ridge penalty: it borrows the shared slope. Only those may be missing.
      assert.ok(
        constant.every((f) => ["M", "Q", "P·Q"].includes(f)),
        `${architecture}: ${constant.join(", ")}`,
      );
      assert.equal(solution.rank, model.features.length + 1 - constant.length, architecture);
    }
  });

  test("a single agent with a pilot is the pilot itself, with its sampling noise as interval", () => {
    const p = predictArchitect(model, { task, architecture: "single", agents: 1 });
    assert.equal(p.successRate, 0.35);
    assert.ok(p.interval[0] < 0.35 && p.interval[1] > 0.35);
    assert.equal(p.baseline.estimated, false);
  });

  test("without a pilot it estimates the baseline and every interval widens", () => {
    for (const architecture of ["single", "independent", "centralized", "decentralized", "hybrid"]) {
      const query = { architecture, agents: agents[architecture] ?? 1 };
      const withPilot = predictArchitect(model, { task, ...query });
      const withoutPilot = predictArchitect(model, { task: { ...task, baseline: null }, ...query });
      assert.equal(withoutPilot.baseline.estimated, true);
      assert.ok(width(withoutPilot) > width(withPilot), `${architecture}: ${width(withoutPilot)} <= ${width(withPilot)}`);
    }
  });

  test("inside the runs' region nothing is flagged; outside, each reason is named", () => {
    assert.deepEqual(predictArchitect(model, { task, architecture: "centralized", agents: 4 }).reasons, []);
    const far = predictArchitect(model, { task: { tools: 40, decomposability: 0.95, capability: 90, baseline: 0.9 }, architecture: "centralized", agents: 9 });
    assert.equal(far.extrapolated, true);
    const kinds = far.reasons.map((r) => (r.kind === "outside" ? `${r.kind}:${r.input}` : r.kind));
    // The evidence spans d over the whole [0, 1] and single-agent baselines nearly so: only tools, capability,
    // the agent count and the distance from every benchmark can be outside.
    assert.deepEqual(kinds, ["outside:tools", "outside:capability", "agents", "far-from-benchmarks"]);
    assert.deepEqual(far.reasons[0], { kind: "outside", input: "tools", value: 40, range: [0, 16] });
  });

  test("another agent count reproduces the measured point and widens away from it", () => {
    const at = (n: number) => predictArchitect(model, { task, architecture: "centralized", agents: n });
    assert.equal(at(4).extrapolated, false);
    assert.equal(at(6).extrapolated, true);
    assert.ok(width(at(6)) > width(at(4)) && width(at(12)) > width(at(6)));
  });

  test("outside the runs the interval widens with the distance, and a mean past 1 stays honest", () => {
    const edge = predictArchitect(model, {
      task: { tools: 16, decomposability: 0.7, capability: 71, baseline: 0.5 },
      architecture: "decentralized",
      agents: 3,
    });
    const far = predictArchitect(model, { task: { tools: 64, decomposability: 1, capability: 100, baseline: 0.5 }, architecture: "decentralized", agents: 3 });
    assert.ok(far.sd > edge.sd + 0.1, `SD ${far.sd} against ${edge.sd} at the edge`);
    assert.ok(far.successRate <= 1 && width(far) >= Math.min(1, Z90 * far.sd) - 1e-9, `interval ${far.interval} narrower than its SD ${far.sd} allows`);
  });

  test("a benchmark the fit has seen gets its own effect and a tighter interval", () => {
    const e = examples.find((x) => x.benchmark === "finance-agent" && x.architecture === "centralized");
    assert.ok(e);
    const query = { task: e.task, architecture: e.architecture, agents: e.agents ?? 4 };
    assert.ok(width(predictArchitect(model, { ...query, benchmark: "finance-agent" })) < width(predictArchitect(model, query)));
  });
  test("names the benchmark the tool effect rests on: removing it moves the effect most toward the other sign", () => {
    const { effect, restsOn, effectWithout } = model.toolEffect;
    assert.ok(restsOn !== null && effectWithout !== null);
    assert.ok(Math.abs(effectWithout) < Math.abs(effect) || Math.sign(effectWithout) !== Math.sign(effect), `${effect} vs ${effectWithout} without ${restsOn}`);
    assert.ok(model.domain.benchmarks.some((b) => b.benchmark === restsOn));
  });
});
