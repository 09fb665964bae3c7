import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { loadDataset } from "../data/load";
import { cachedModels } from "../model/serving/fit-models";
import { parseScenario, type ScenarioStrings } from "../scenario/scenario";
import { scenarioChoices } from "../scenario/choices";
import { designGrid } from "../scenario/predict-scenario";
import { scenarioStringsFromSearch } from "../scenario/url";
import { agentsCurves, architectureBars, COST_FLOOR_USD, costDomain, costFloorNote, costSuccessPoints, plotCost } from "./calculator-charts";
import { calculatorCatalog } from "./catalog";
import { nearestRuns } from "./nearest-runs";
import { linkNotices } from "./notices";
import { measuredDesigns } from "../model/decide/recommend";
import { recommend } from "./recommendation";
import { verdictOf } from "../model/decide/rule";

const dataset = loadDataset();
const models = cachedModels(dataset);
const catalog = calculatorCatalog(dataset);
const scenarioOf = (strings: ScenarioStrings) => parseScenario(strings, scenarioChoices(dataset)).scenario;
const labels = new Map(catalog.architectures.map((a) => [a.architecture, a.label]));

describe("recommend", () => {
  test("in every mode the single agent's success is the baseline: the pilot, or the estimate", () => {
    for (const fit of ["architect", "paper-v3", "paper-v2"]) {
      const piloted = recommend(models, scenarioOf({ fit, baseline: "0.3" }));
      assert.equal(piloted.single.successRate, 0.3, fit);
      const estimated = recommend(models, scenarioOf({ fit }));
      assert.equal(estimated.single.successRate, estimated.single.baseline.value, fit);
    }
  });

  test("without a value, a multi-agent design only when it beats the single agent with the target; else the single agent", () => {
    for (const strings of [
      {},
      { baseline: "0.2", decomposability: "0.8" },
      { baseline: "0.75", decomposability: "0.1" },
      { fit: "paper-v2", baseline: "0.4" },
      { planConfidence: "0.6", baseline: "0.15", decomposability: "0.9" },
    ]) {
      const scenario = scenarioOf(strings);
      const r = recommend(models, scenario);
      assert.equal(r.rule, "confidence", JSON.stringify(strings));
      const surest = Math.max(...r.assessed.slice(1).map((a) => a.odds.chanceBeatsSingle ?? 0));
      assert.equal(r.kind === "multi", surest >= scenario.planConfidence, JSON.stringify(strings));
      if (r.kind === "multi") assert.equal(r.chance, surest);
      for (const a of r.assessed.slice(1)) assert.equal(a.odds.verdict, verdictOf(a.odds.chanceBeatsSingle ?? Number.NaN, scenario.planConfidence));
    }
  });

  test("with a value, the design with the highest expected net value, and how sure is its chance of the highest", () => {
    for (const value of ["0.01", "1", "100"]) {
      const scenario = scenarioOf({ baseline: "0.2", decomposability: "0.8", valuePerSuccess: value });
      const r = recommend(models, scenario);
      assert.equal(r.rule, "value");
      const net = r.assessed.map((a) => (scenario.valuePerSuccess ?? 0) * a.design.successRate - a.design.cost.costUsd);
      assert.equal(r.design, r.assessed[net.indexOf(Math.max(...net))]?.design, value);
      assert.equal(r.chance, r.assessed.find((a) => a.design === r.design)?.odds.chanceHighestNetValue);
    }
    assert.equal(
      recommend(models, scenarioOf({ baseline: "0.2", decomposability: "0.8", valuePerSuccess: "0.0001" })).kind,
      "single",
      "a solved task worth almost nothing: the cheapest design",
    );
  });

  test("a strong single agent on a sequential task stays single, and the baseline is why", () => {
    const r = recommend(models, scenarioOf({ baseline: "0.75", decomposability: "0.1", tools: "4" }));
    assert.equal(r.kind, "single");
    assert.equal(r.driver.input, "baseline");
    assert.match(r.driver.sentence, /^Single-agent baseline 75% is above the break-even \d+%: extra agents cost more than they add\.$/);
    assert.ok((r.assessed.find((a) => a.design === r.contender)?.odds.chanceBeatsSingle ?? 1) < 0.5);
  });

  test("a weak single agent on a decomposable task: every multi-agent design is likelier than not to beat it", () => {
    const r = recommend(models, scenarioOf({ baseline: "0.15", decomposability: "0.8" }));
    assert.ok(r.assessed.slice(1).every((a) => (a.odds.chanceBeatsSingle ?? 0) > 0.5));
    assert.ok(r.contender.successRate > r.single.successRate);
  });

  test("the break-even baseline is where the best multi-agent design stops beating the single agent", () => {
    const scenario = scenarioOf({ baseline: "0.3", decomposability: "0.6" });
    const breakEven = recommend(models, scenario).breakEvenBaseline;
    assert.ok(breakEven !== null && breakEven > 0.05 && breakEven < 0.95);
    const gapAt = (P: number) => {
      const r = recommend(models, { ...scenario, baseline: P });
      return (
        Math.max(
          ...measuredDesigns(models, { ...scenario, baseline: P }, scenario.fit)
            .filter((d) => d.architecture !== "single")
            .map((d) => d.successRate),
        ) - r.single.successRate
      );
    };
    assert.ok(gapAt(breakEven - 0.02) > 0 && gapAt(breakEven + 0.02) < 0);
  });

  test("quotes the held-out record of the model and pilot in use", () => {
    assert.equal(recommend(models, scenarioOf({})).reliabilityKey, "architect-no-pilot");
    assert.equal(recommend(models, scenarioOf({ baseline: "0.4" })).reliabilityKey, "architect-pilot");
    assert.equal(recommend(models, scenarioOf({ fit: "paper-v3" })).reliabilityKey, "paper-v3-no-pilot");
    assert.equal(recommend(models, scenarioOf({ fit: "paper-v2", baseline: "0.5" })).reliabilityKey, "paper-v2-pilot");
  });
});

describe("chart rows", () => {
  const scenario = scenarioOf({ architecture: "hybrid" });
  test("interval whiskers are the interval around the point", () => {
    const designs = measuredDesigns(models, scenario, scenario.fit);
    const bars = architectureBars(designs, labels, "hybrid");
    assert.equal(bars.length, 5);
    for (const bar of bars) {
      assert.ok(bar.error[0] >= 0 && bar.error[1] >= 0);
      assert.ok(Math.abs(bar.successRate - bar.error[0] - bar.interval[0]) < 1e-12);
      assert.equal(bar.recommended, bar.architecture === "hybrid");
    }
  });

  test("the agents curves cover 1-16, mark only measured counts, band only the chosen architecture", () => {
    const { rows, series } = agentsCurves(designGrid(models, scenario), "hybrid", labels);
    assert.equal(rows.length, 16);
    assert.deepEqual(
      series.map((s) => s.key),
      ["independent", "decentralized", "centralized", "hybrid"],
    );
    for (const s of series) {
      const marked = rows.filter((r) => r[`${s.key}Measured`] !== null).map((r) => r.agents);
      assert.deepEqual(marked, [s.measuredAgents]);
    }
    assert.equal(rows[1]?.hybrid, null, "hybrid needs 3 agents");
    assert.equal(rows[0]?.band, null);
    assert.ok(rows.slice(2).every((r) => r.band !== null));
  });
});

test("the nearest runs of a Finance-Agent-like task come from Finance-Agent, nearest first", () => {
  const runs = nearestRuns(catalog, scenarioOf({ tools: "5", decomposability: "0.7", baseline: "0.5", model: "gpt-5-mini" }), 5, "centralized");
  assert.equal(runs.length, 5);
  assert.deepEqual([runs[0]?.benchmark, runs[0]?.model], ["finance-agent", "gpt-5-mini"]);
  assert.ok(runs.slice(0, 3).every((r) => r.benchmark === "finance-agent"));
  assert.ok(runs.every((r) => r.architecture === "centralized"));
  runs.slice(1).forEach((r, i) => assert.ok(r.distance >= (runs[i]?.distance ?? 0)));
});

test("link notices name the field, the value shown instead, and another version", () => {
  const scenario = scenarioOf({});
  const notices = linkNotices([{ key: "tools", message: 'expected an integer in [1, 64], got "abc"' }], scenario, "0123.0", "4567.1");
  assert.deepEqual(notices, [
    'Tools: expected an integer in [1, 64], got "abc". Showing 5 instead.',
    "This link was made with data and model version 0123.0; the figures here come from version 4567.1 and may differ from what its author saw.",
  ]);
  assert.deepEqual(linkNotices([], scenario, "4567.1", "4567.1"), []);
});

test("a bad pilot= value is quoted as written and the notice says what is shown instead", () => {
  for (const [value, message] of [
    ["1_single.1.-1.30", 'Pilots: pilot 1: solved expected an integer in [0, 30] (its tasks), got "-1". Showing no pilots instead.'],
    ["1_single.1.5.abc", 'Pilots: pilot 1: tasks expected an integer in [1, 100000], got "abc". Showing no pilots instead.'],
    ["1_single.x.12.30", 'Pilots: pilot 1: agents expected an integer in [1, 1] for single, got "x". Showing no pilots instead.'],
  ] as const) {
    const { scenario, issues } = parseScenario({ pilots: value }, scenarioChoices(dataset));
    assert.deepEqual(linkNotices(issues, scenario, null, "4567.1"), [message], value);
  }
});

test("a link notice says what an unset value means, and names a parameter given twice", () => {
  const { strings, repeated } = scenarioStringsFromSearch({ min_success: "50", tools: ["5", "7"] });
  const { scenario, issues } = parseScenario(strings, scenarioChoices(dataset));
  assert.deepEqual(linkNotices(issues, scenario, null, "4567.1", repeated), [
    'Min success: expected a number in [0, 1] (a share: 0.5 is 50%), got "50". Showing no floor instead.',
    "Tools appears more than once in the link; using the first, 5.",
  ]);
});

describe("costs in the calculator", () => {
  test("the Pareto frontier holds exactly the designs no cheaper design beats", () => {
    const grid = designGrid(models, scenarioOf({ baseline: "0.3", decomposability: "0.6" }));
    const { points, frontier } = costSuccessPoints(grid, { architecture: "single", agents: 1 }, null, true);
    assert.equal(points.length, 60);
    for (const p of points) {
      const dominated = points.some((q) => q !== p && q.costUsd <= p.costUsd && q.successRate > p.successRate);
      assert.equal(p.onFrontier, !dominated, `${p.architecture} x ${p.agents}`);
    }
    assert.ok(frontier.length > 1, `frontier of ${frontier.length}`);
    frontier.slice(1).forEach((p, i) => assert.ok(p.costUsd >= (frontier[i]?.costUsd ?? 0) && p.successRate > (frontier[i]?.successRate ?? 0)));
    assert.equal(frontier[0]?.costUsd, Math.min(...points.map((p) => p.costUsd)), "the cheapest design opens the frontier");
  });

  test("by default the frontier passes through measured agent counts only; extrapolated ones join on request", () => {
    const grid = designGrid(models, scenarioOf({ baseline: "0.3", decomposability: "0.6" }));
    const measuredOnly = costSuccessPoints(grid, { architecture: "single", agents: 1 });
    const all = costSuccessPoints(grid, { architecture: "single", agents: 1 }, null, true);
    assert.ok(measuredOnly.frontier.length > 0 && measuredOnly.frontier.every((p) => p.measured));
    assert.ok(
      all.frontier.some((p) => !p.measured),
      "with extrapolated counts the frontier passes through some",
    );
    const measured = measuredOnly.points.filter((p) => p.measured);
    for (const p of measured) assert.equal(p.onFrontier, !measured.some((q) => q !== p && q.costUsd <= p.costUsd && q.successRate > p.successRate));
  });

  test("a budget overrides the rule's call, the card says so, and why stays the rule's own", () => {
    const free = recommend(models, scenarioOf({ baseline: "0.2", decomposability: "0.8", valuePerSuccess: "100" }));
    assert.equal(free.kind, "multi");
    const budget = free.single.cost.costUsd * 1.01;
    const capped = recommend(models, scenarioOf({ baseline: "0.2", decomposability: "0.8", valuePerSuccess: "100", maxCost: String(budget) }), labels);
    assert.equal(capped.design.architecture, "single");
    assert.equal(capped.constraint.met, true);
    assert.match(
      capped.constraint.note ?? "",
      /^Your budget changed the choice: .+, the rule's own call, costs \$[\d.]+ per task, over your \$[\d.]+ budget; within \$[\d.]+ per task, Single agent has the highest expected net value\.$/,
    );
    assert.equal(capped.callKind, "multi");
    assert.deepEqual([capped.call.architecture, capped.call.agents], [free.design.architecture, free.design.agents]);
    assert.equal(capped.driver.sentence, free.driver.sentence);
    // How sure is the chosen design's own: its chance of the highest net value.
    assert.equal(capped.chance, capped.assessed[0]?.odds.chanceHighestNetValue);
  });

  test("without a value, a success floor the single agent misses picks the multi-agent design surest to beat it, and says so", () => {
    const free = recommend(models, scenarioOf({ baseline: "0.5", decomposability: "0.5" }));
    assert.equal(free.kind, "single");
    const floored = recommend(models, scenarioOf({ baseline: "0.5", decomposability: "0.5", minSuccess: "0.51" }), labels);
    assert.equal(floored.kind, "multi");
    assert.equal(floored.constraint.callBreaks, "floor");
    const feasible = floored.assessed.filter((a) => a.design.successRate >= 0.51);
    assert.equal(floored.design, feasible.reduce((a, b) => ((b.odds.chanceBeatsSingle ?? 0) > (a.odds.chanceBeatsSingle ?? 0) ? b : a)).design);
    assert.match(floored.constraint.note ?? "", /is the likeliest to beat the single agent\.$/);
  });

  test("a success floor no design reaches is said, with the nearest design", () => {
    const r = recommend(models, scenarioOf({ baseline: "0.2", minSuccess: "0.99", maxCost: "0.0001" }), labels);
    assert.equal(r.constraint.met, false);
    assert.match(
      r.constraint.note ?? "",
      /^No design meets \$0\.000100 per task and 99% success; the nearest is .+: \$[\d.e-]+ per task, \d+% success\. The rule's own call stands\.$/,
    );
    assert.equal(r.design, r.call);
  });
  test("a tool-count driver says when the fitted tool effect contradicts the paper, and which benchmark it rests on", () => {
    // A solved task worth $100 makes the call multi-agent, toward which more tools push in this fit.
    const r = recommend(models, scenarioOf({ tools: "24", baseline: "0.4", valuePerSuccess: "100" }), new Map([["workbench", "Workbench"]]));
    assert.equal(r.driver.input, "tools");
    if (models.architect.toolEffect.effect > 0) {
      assert.match(
        r.driver.sentence,
        /Kim et al\. report the opposite: tool-heavy tasks gain less from coordination\. Here doubling the tools moves multi-agent success \+[\d.]+ points, and this rests mostly on \S+ \(without it: [+−][\d.]+ points\)\.$/,
      );
    } else {
      assert.doesNotMatch(r.driver.sentence, /report the opposite/);
    }
  });
});

describe("Eq. 1 with a single-agent pilot", () => {
  test("takes the pilot as its baseline, with the sampling noise of the pilot's own task count", async () => {
    const { predictDesign } = await import("../model/choose/design-predictor");
    const { pilotSd } = await import("../model/predict/prediction");
    const task = { tools: 4, decomposability: 0.5, capability: 60, baseline: null };
    const ask = (tasks: number) =>
      predictDesign(models, {
        task,
        architecture: "single",
        agents: 1,
        fit: "paper-v3",
        pilots: [{ architecture: "single", agents: 1, tasks, solved: tasks / 2, paired: false }],
      });
    assert.equal(ask(10).successRate, 0.5);
    assert.ok(Math.abs(ask(10).sd - pilotSd(0.5, 10)) < 1e-12);
    assert.ok(Math.abs(ask(400).sd - pilotSd(0.5, 400)) < 1e-12);
  });
});

describe("the log-scale cost chart's data at zero and non-finite costs", () => {
  /** The cost chart's data for a link's query, as the page computes it. */
  const chartOf = (query: string) => {
    const { strings } = scenarioStringsFromSearch(Object.fromEntries(new URLSearchParams(query)));
    const scenario = scenarioOf(strings);
    const grid = designGrid(models, scenario);
    const { points, frontier } = costSuccessPoints(grid, { architecture: "single", agents: 1 });
    return { scenario, points, frontier, domain: costDomain(points, scenario.maxCost), note: costFloorNote(points, scenario.maxCost) };
  };
  const assertDrawable = (query: string) => {
    const { scenario, points, frontier, domain } = chartOf(query);
    const [low, high] = domain;
    assert.ok(Number.isFinite(low) && Number.isFinite(high) && low > 0 && high > low, `${query}: domain ${domain}`);
    const drawn = [...points, ...frontier].map((p) => plotCost(p.costUsd));
    if (scenario.maxCost !== null) drawn.push(plotCost(scenario.maxCost));
    for (const cost of drawn) {
      assert.ok(Number.isFinite(Math.log10(cost)), `${query}: ${cost}`);
      assert.ok(cost >= low && cost <= high, `${query}: ${cost} outside ${domain}`);
    }
    assert.equal(points.length, 60);
    assert.ok(frontier.length >= 1);
  };

  test("zero prices (?p_in=0&p_out=0&p_cached=0): every design costs $0, drawn at the floor with a note", () => {
    const { points, note } = chartOf("p_in=0&p_out=0&p_cached=0");
    assert.ok(points.every((p) => p.costUsd === 0));
    assertDrawable("p_in=0&p_out=0&p_cached=0");
    assert.equal(note, "All 60 designs cost less than $0.000001 per task (zero prices or tokens) and are drawn at $0.000001: a log scale has no zero.");
  });

  test("zero tokens (?in_tok=0&out_tok=0): drawn at the floor with a note", () => {
    const { points, note } = chartOf("in_tok=0&out_tok=0");
    assert.ok(points.some((p) => p.costUsd < COST_FLOOR_USD));
    assertDrawable("in_tok=0&out_tok=0");
    assert.match(note ?? "", /less than \$0\.000001 per task \(zero prices or tokens\)/);
  });

  test("a zero budget (?max_cost=0): the budget line is drawn at the floor, inside the domain, with a note", () => {
    const { domain, note } = chartOf("max_cost=0");
    assertDrawable("max_cost=0");
    assert.equal(domain[0], COST_FLOOR_USD);
    assert.equal(note, "Costs below $0.000001 per task are drawn at $0.000001: a log scale has no zero. Your budget of $0 per task is drawn there too.");
  });

  test("ordinary costs are drawn as they are, with no note", () => {
    const { points, note } = chartOf("");
    assert.ok(points.every((p) => plotCost(p.costUsd) === p.costUsd));
    assert.equal(note, null);
    assertDrawable("");
  });

  test("plotCost never returns NaN or a non-positive cost, whatever it is given", () => {
    for (const cost of [0, -1, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 1e-12, Number.MIN_VALUE]) {
      assert.equal(plotCost(cost), COST_FLOOR_USD, String(cost));
    }
    assert.equal(plotCost(0.25), 0.25);
    assert.deepEqual(costDomain([{ costUsd: Number.NaN }, { costUsd: 0 }]), [COST_FLOOR_USD, COST_FLOOR_USD * 10]);
  });
});
