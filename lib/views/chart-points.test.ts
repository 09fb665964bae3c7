import assert from "node:assert/strict";
import { test } from "node:test";
import { loadDataset } from "../data/load";
import { cachedModels } from "../model/serving/fit-models";
import { cachedReliability } from "../model/validation/track-record";
import { parseScenario } from "../scenario/scenario";
import { designGrid } from "../scenario/predict-scenario";
import { calculatorView } from "./calculator";
import { calculatorCatalog } from "./catalog";
import { agentsPoints, architecturePoints, costPointsText } from "./chart-points";

const dataset = loadDataset();
const models = cachedModels(dataset);
const catalog = calculatorCatalog(dataset);
const scenario = parseScenario({ tools: "7", decomposability: "0.6" }, catalog.choices).scenario;
const view = calculatorView(models, catalog, cachedReliability(dataset), scenario);
const labels = new Map(catalog.architectures.map((a) => [a.architecture, a.label]));

test("every cost-chart point's tooltip names its design and figures, and the table lists the same values", () => {
  const { points, table } = costPointsText(view.costs.points, labels);
  assert.equal(points.length, view.costs.points.length);
  const recommended = view.recommendation.design;
  const star = points.find((p) => p.key === `${recommended.architecture}/${recommended.agents}`);
  assert.deepEqual(star?.lines.slice(0, 1), [
    `${labels.get(recommended.architecture)}, ${recommended.agents} agent${recommended.agents === 1 ? "" : "s"} ★ recommended`,
  ]);
  assert.match(star?.lines[2] ?? "", /^\$[\d.]+ per task/);
  assert.match(points.find((p) => p.key === "hybrid/4")?.lines[0] ?? "", /^Hybrid, 4 agents$/);
  assert.match(points.find((p) => p.key === "hybrid/6")?.lines[0] ?? "", /^Hybrid, 6 agents \(extrapolated\)$/);
  assert.equal(table.rows.length, points.length);
  for (const row of table.rows)
    assert.ok(
      points.some((p) => p.lines[0] === row.label && p.lines[1]?.includes(row.cells[1] ?? "?")),
      row.label,
    );
});

test("the architecture and agent-count charts' points carry the recommended star and measured/extrapolated", () => {
  const a = architecturePoints(view.bars);
  assert.equal(a.points.filter((p) => p.lines[0]?.includes("★ recommended")).length, 1);
  assert.equal(a.table.rows.length, view.bars.length);
  const g = agentsPoints(designGrid(models, scenario), labels, view.recommendation.design);
  assert.equal(g.points.filter((p) => p.text.lines[0]?.includes("★ recommended")).length, 1);
  assert.ok(g.points.every((p) => p.text.lines[0]?.includes("(extrapolated)") === !p.measured));
  assert.deepEqual(
    g.table.rows.map((r) => r.cells[2]),
    g.points.map((p) => (p.measured ? "measured" : "extrapolated")),
  );
});
