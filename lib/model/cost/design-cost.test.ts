import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { loadDataset } from "../../data/load";
import { costArchitectures, designCost, designTurns, PAPER_SINGLE_AGENT_TURNS, type CostInputs } from "./design-cost";
import { modelPrices } from "./prices";

const close = (a: number, b: number, tolerance = 1e-12) => assert.ok(Math.abs(a - b) <= tolerance, `${a} vs ${b}`);
const single = { architecture: "single", turnRatio: 1, agents: 1 };
const centralized = { architecture: "centralized", turnRatio: 27.7 / 7.2, agents: 4 };
const inputs: CostInputs = {
  singleAgentTurns: 7.2,
  inputTokensPerTurn: 3000,
  outputTokensPerTurn: 670,
  cacheHitRate: 0,
  secondsPerTurn: 6,
  price: { input: 1.25, output: 10, cached: 0.125 },
};

describe("the cost model", () => {
  test("a single agent, no cache (hand-computed): 7.2 turns, 21,600 in, 4,824 out, $0.07524", () => {
    const c = designCost(single, 1, 0.5, inputs);
    close(c.turns, 7.2);
    close(c.tokens.input, 21600);
    close(c.tokens.output, 4824);
    // 21,600 x 1.25 / 1e6 = 0.027; 4,824 x 10 / 1e6 = 0.04824
    close(c.costUsd, 0.07524);
    close(c.costPerSuccessUsd ?? Number.NaN, 0.15048);
    close(c.wallClockSeconds, 43.2);
    assert.equal(c.cachedBilledAtInput, false);
  });

  test("a cache hit rate bills that share of input at the cached price (hand-computed)", () => {
    const c = designCost(single, 1, 0.5, { ...inputs, cacheHitRate: 0.6 });
    // 21,600 x (0.4 x 1.25 + 0.6 x 0.125) / 1e6 = 0.01242; plus output 0.04824
    close(c.costUsd, 0.01242 + 0.04824);
  });

  test("a model without a cached-input price bills cached input at the input price, and says so", () => {
    const noCache = { ...inputs, cacheHitRate: 0.6, price: { input: 3, output: 15, cached: null } };
    const c = designCost(single, 1, 0.5, noCache);
    // 21,600 x 3 / 1e6 = 0.0648 whatever the hit rate; 4,824 x 15 / 1e6 = 0.07236
    close(c.costUsd, 0.0648 + 0.07236);
    assert.equal(c.cachedBilledAtInput, true);
  });

  test("an architecture's turns scale with t0 by its Table 5 ratio, and run in parallel on the wall clock", () => {
    const c = designCost(centralized, 4, 0.5, { ...inputs, singleAgentTurns: 14.4 });
    close(c.turns, 55.4); // 14.4 x 27.7 / 7.2
    close(c.wallClockSeconds, (55.4 / 4) * 6);
  });

  test("another agent count follows the turn law: t_a(n) = t_a turns(n) / turns(n_a)", () => {
    // 27.7 x (8.5 / 4.5)^1.724 = 27.7 x e^(1.724 x 0.635989) = 27.7 x e^1.096445 = 27.7 x 2.993504 = 82.92006
    close(designTurns(centralized, 8, 7.2), 82.92006, 1e-5);
    close(designTurns(centralized, 4, 7.2), 27.7);
  });

  test("cost per success is null below 1% success", () => {
    assert.equal(designCost(single, 1, 0.009, inputs).costPerSuccessUsd, null);
    assert.notEqual(designCost(single, 1, 0.01, inputs).costPerSuccessUsd, null);
  });
});

describe("model prices", () => {
  const prices = modelPrices(loadDataset());
  test("every model in data/ is linked to a dated price", () => {
    const dataset = loadDataset();
    assert.deepEqual(Object.keys(prices).sort(), dataset.models.map((m) => m.model).sort());
    for (const price of Object.values(prices)) assert.match(price.date, /^\d{4}-\d{2}-\d{2}$/);
  });

  test("reads the snapshot's figures (GPT-5 mini $0.25/$2, cached $0.025; Claude Sonnet 4 has no cached price)", () => {
    assert.deepEqual([prices["gpt-5-mini"]?.input, prices["gpt-5-mini"]?.output, prices["gpt-5-mini"]?.cached], [0.25, 2, 0.025]);
    assert.equal(prices["claude-sonnet-4"]?.cached, null);
  });
});

describe("the cost model's sources", () => {
  test("the default single-agent turns are the stored single architecture's Table 5 turns", () => {
    const single = loadDataset().architectures.find((a) => a.architecture === "single");
    assert.equal(single?.turns_mean, PAPER_SINGLE_AGENT_TURNS);
  });

  test("turn ratios come from the stored turns, the single agent's being 1", () => {
    const ratios = costArchitectures(loadDataset().architectures);
    assert.equal(ratios.single?.turnRatio, 1);
    close(ratios.hybrid?.turnRatio ?? 0, 44.3 / 7.2);
  });
});

describe("turn ratios, predicted against measured", () => {
  test("Table 5's ratios against the per-task steps: multi-agent runs took fewer steps per task than the single agent", async () => {
    const { turnRatios } = await import("./turn-ratios");
    const ratios = turnRatios(loadDataset());
    const byArchitecture = Object.fromEntries(ratios.map((r) => [r.architecture, r]));
    close(byArchitecture.single?.measured ?? 0, 1);
    close(byArchitecture.centralized?.predicted ?? 0, 27.7 / 7.2);
    for (const a of ["independent", "decentralized", "centralized", "hybrid"]) {
      const r = byArchitecture[a];
      assert.ok(r !== undefined && r.groups === 18, a);
      assert.ok(r.measured > 0.5 && r.measured < 0.9, `${a}: ${r.measured}`);
      assert.ok(r.predicted > 1.5, `${a}: ${r.predicted}`);
    }
  });
});

describe("a pilot's measured means replace the modelled cost", () => {
  test("measured turns drive tokens; measured tokens drive cost; a measured cost or time is used as is; the result lists them", () => {
    const modelled = designCost(single, 1, 0.5, inputs);
    assert.deepEqual(modelled.measured, []);
    const turns = designCost(single, 1, 0.5, inputs, { turns: 10 });
    assert.equal(turns.tokens.input, 30000);
    assert.ok(Math.abs(turns.costUsd - (30000 * 1.25 + 6700 * 10) / 1e6) < 1e-12);
    const all = designCost(single, 1, 0.5, inputs, { turns: 10, tokensIn: 1000, tokensOut: 100, seconds: 12, costUsd: 0.5 });
    assert.deepEqual([all.tokens.input, all.tokens.output, all.costUsd, all.costPerSuccessUsd, all.wallClockSeconds], [1000, 100, 0.5, 1, 12]);
    assert.deepEqual(all.measured, ["turns", "tokensIn", "tokensOut", "seconds", "costUsd"]);
  });
});
