import assert from "node:assert/strict";
import { test } from "node:test";
import { loadDataset } from "../data/load";
import { cachedModels } from "../model/serving/fit-models";
import { designGrid } from "../scenario/predict-scenario";
import { parseScenario } from "../scenario/scenario";
import { calculatorCatalog } from "./catalog";
import { designsTable } from "./designs-table";
import { recommend } from "./recommendation";
import { formatMonthlyUsd, monthlySentence } from "./monthly-cost";

const dataset = loadDataset();
const catalog = calculatorCatalog(dataset);
const designs = designGrid(cachedModels(dataset), parseScenario({}, catalog.choices).scenario).filter((d) => d.measured);
const single = designs.find((d) => d.architecture === "single");

test("with a volume the designs table adds a monthly cost column; with a budget it marks the designs over it", () => {
  if (single === undefined) throw new Error("no single agent");
  const plain = designsTable(designs, catalog, single);
  assert.deepEqual(plain.columns, ["success (90% interval)", "beats one agent", "cost per task", "cost per success", "turns", "wall clock"]);
  assert.ok(plain.rows.every((r) => !r.overBudget));
  const budget = single.cost.costUsd * 1.5;
  const t = designsTable(designs, catalog, single, { tasksPerDay: 1000, maxCost: budget });
  assert.deepEqual(t.columns, ["success (90% interval)", "beats one agent", "cost per task", "cost per month", "cost per success", "turns", "wall clock"]);
  t.rows.forEach((r, i) => {
    const d = designs[i];
    assert.equal(r.overBudget, (d?.cost.costUsd ?? 0) > budget, r.label);
    assert.equal(r.cells[2]?.endsWith(" (over budget)"), r.overBudget, r.label);
    assert.equal(r.cells[3], formatMonthlyUsd((d?.cost.costUsd ?? 0) * 1000 * 30));
  });
  assert.ok(t.rows.some((r) => r.overBudget) && t.rows.some((r) => !r.overBudget));
});

test("each multi-agent design shows its chance of beating the single agent and its verdict, the recommendation's own", () => {
  const scenario = parseScenario({}, catalog.choices).scenario;
  const r = recommend(cachedModels(dataset), scenario);
  const t = designsTable(designs, catalog, r.design, scenario, r.assessed);
  t.rows.forEach((row, i) => {
    const odds = r.assessed.find((a) => a.design.architecture === designs[i]?.architecture)?.odds;
    assert.equal(
      row.cells[1],
      odds?.chanceBeatsSingle === null || odds === undefined ? "—" : `${Math.round((odds.chanceBeatsSingle ?? 0) * 100)}% ${odds.verdict}`,
      row.label,
    );
  });
});

test("monthly sums are whole dollars with separators from $100; the card's sentence only with a volume", () => {
  assert.equal(formatMonthlyUsd(2329.4), "$2,329");
  assert.equal(formatMonthlyUsd(37.8), "$37.80");
  assert.equal(monthlySentence(0.0776, 0.0126, 1000), "At 1,000 tasks a day: $2,328 a month (30 days; single agent: $378).");
  assert.equal(monthlySentence(0.0776, 0.0126, null), null);
});
