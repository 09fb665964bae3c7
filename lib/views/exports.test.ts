import assert from "node:assert/strict";
import { describe, test } from "node:test";
import Papa from "papaparse";
import { apiContext } from "../api/endpoints";
import { loadDataset } from "../data/load";
import { cachedReliability } from "../model/validation/track-record";
import { parseScenario, type ScenarioStrings } from "../scenario/scenario";
import { scenarioStringsFromSearch } from "../scenario/url";
import { calculatorView } from "./calculator";
import { DESIGNS_CSV_COLUMNS, designsCsvData } from "./exports-csv";
import { readScenarioFile, scenarioFile } from "./exports-file";
import { answerLabels, planAnswer, predictAnswer } from "./exports-json";
import { designMemo } from "./exports-memo";
import { exportFileName, scenarioFileName } from "./exports-name";
import { decisionSummary } from "./exports-summary";
import { scenarioPlan } from "./plan-view";
import { planSentence } from "./plan-text";
import { recommendationText } from "./recommendation-text";

const dataset = loadDataset();
const { models, catalog } = apiContext(dataset);
const scenarioOf = (strings: ScenarioStrings) => {
  const { scenario, issues } = parseScenario(strings, catalog.choices);
  assert.deepEqual(issues, []);
  return scenario;
};
const label = (a: string) => answerLabels(catalog).get(a) ?? a;

describe("file names", () => {
  test("name the scenario by its non-default values, the defaults as defaults, pilots by their count", () => {
    assert.equal(scenarioFileName(scenarioOf({}), catalog.choices, "json"), "agent-design_defaults.json");
    assert.equal(
      scenarioFileName(scenarioOf({ tools: "8", maxCost: "0.05", pilots: "2_single.1.12.30_centralized.4.15.30_paired" }), catalog.choices, "md", "memo"),
      "agent-design_tools-8_pilot-2_max-cost-0.05_memo.md",
    );
  });

  test("a long name is cut and ends in a hash of the whole, so two long scenarios stay apart", () => {
    const long = (model: string) =>
      exportFileName(
        {
          tools: "12",
          decomposability: "0.35",
          model,
          capability: "61.5",
          architecture: "centralized",
          agents: "7",
          inputTokensPerTurn: "12000",
          priceInput: "1.25",
        },
        "csv",
      );
    assert.ok(long("gpt-5").length <= 90 + 4);
    assert.notEqual(long("gpt-5"), long("gpt-5-mini"));
    assert.match(long("gpt-5"), /^agent-design_tools-12_decomp-0\.35_.*_[0-9a-z]+\.csv$/);
  });
});

describe("the designs table as CSV", () => {
  test("has one row per design of the JSON answer, with its raw figures", () => {
    const answer = predictAnswer(models, catalog, scenarioOf({ tasksPerDay: "1000", maxCost: "0.03" }));
    const rows = designsCsvData(answer, label);
    assert.equal(rows.length, answer.predictions.length);
    const text = Papa.unparse({ fields: [...DESIGNS_CSV_COLUMNS], data: rows });
    const parsed = Papa.parse<Record<string, string>>(text, { header: true }).data;
    answer.predictions.forEach((p, i) => {
      const row = parsed[i];
      assert.equal(Number(row?.success_rate), p.successRate);
      assert.equal(Number(row?.cost_usd), p.costUsd);
      assert.equal(Number(row?.monthly_cost_usd), p.monthlyCostUsd);
      assert.equal(row?.over_budget, String(p.overBudget));
    });
    assert.equal(parsed.filter((r) => r.recommended === "true").length, 1);
    assert.equal(parsed[0]?.design, "Single agent, 1 agent");
  });
});

describe("the scenario file", () => {
  test("carries the link's query, which reads back as the same scenario", () => {
    const scenario = scenarioOf({ tools: "7", valuePerSuccess: "2", pilots: "2_single.1.12.30" });
    const answer = predictAnswer(models, catalog, scenario);
    const file = scenarioFile(answer, planAnswer(models, catalog, scenario), `https://example.test/${answer.query}`, "2026-12-07T00:00:00.000Z");
    const read = readScenarioFile(JSON.stringify(file));
    assert.ok(read.ok);
    const { strings, version } = scenarioStringsFromSearch(Object.fromEntries(new URLSearchParams(read.query)));
    assert.equal(version, models.versionKey);
    assert.deepEqual(parseScenario(strings, catalog.choices), { scenario, issues: [] });
  });

  test("a file that is not JSON, has no query, or a query that is no query string is refused with a reason", () => {
    const notJson = readScenarioFile("tools=8");
    assert.ok(!notJson.ok && /is not JSON/.test(notJson.message));
    const noQuery = readScenarioFile('{"tools": 8}');
    assert.ok(!noQuery.ok && /has no "query"/.test(noQuery.message));
    const array = readScenarioFile("[1, 2]");
    assert.ok(!array.ok && /has no "query"/.test(array.message));
    const bad = readScenarioFile('{"query": "tools=8"}');
    assert.ok(!bad.ok && /must start with "\?"/.test(bad.message));
  });
});

describe("the design memo", () => {
  test("says what the card says: the headline, how sure, the figures, the plan, every input and the link", () => {
    const scenario = scenarioOf({ tools: "4", pilots: "2_single.1.12.30_centralized.4.20.30_paired" });
    const view = calculatorView(models, catalog, cachedReliability(dataset), scenario);
    const { plan } = scenarioPlan(models, scenario);
    const text = recommendationText(view, catalog, plan);
    const memo = designMemo({
      scenario,
      view,
      text,
      plan,
      catalog,
      link: "https://example.test/?tools=4",
      versionKey: models.versionKey,
      date: "2026-12-07T10:00:00.000Z",
    });
    assert.match(memo, new RegExp(`^# Design memo: ${text.headline.replace(/^Build: /, "")}\n`));
    for (const line of [text.sure, text.success, text.cost, text.versusSingle, text.bands]) assert.ok(memo.includes(line), line);
    assert.ok(memo.includes("[open it in the calculator](https://example.test/?tools=4)"));
    assert.ok(memo.includes(`Data and model version ${models.versionKey}; written 2026-12-07`));
    for (const row of view.designs.rows) assert.ok(memo.includes(row.cells[0] ?? "?"), row.label);
    assert.ok(memo.includes("| Tools | 4 tools |") || memo.includes("| Tools | 4 |"), "the inputs table");
    assert.ok(memo.includes(`## Pilots and what to run next\n\n- ${text.pilots}`));
    assert.ok(memo.includes(planSentence(plan, label)), "the planner's sentence");
  });
});

describe("the decision summary (link previews, the memo's lead, the MCP text)", () => {
  test("words the recommendation's own figures", () => {
    for (const strings of [
      {},
      { valuePerSuccess: "2" },
      { pilots: "2_single.1.12.30_centralized.4.20.30_paired" },
      { maxCost: "0.02" },
    ] satisfies ScenarioStrings[]) {
      const scenario = scenarioOf(strings);
      const summary = decisionSummary(models, catalog, scenario);
      const answer = predictAnswer(models, catalog, scenario);
      const r = answer.recommendation;
      assert.deepEqual([summary.figures.architecture, summary.figures.agents, summary.figures.rule], [r.architecture, r.agents, r.rule]);
      assert.equal(Math.round(summary.figures.chance * 1e4) / 1e4, r.chance);
      const design = answer.predictions.find((p) => p.architecture === r.architecture && p.agents === r.agents);
      assert.equal(Math.round(summary.figures.successRate * 1e4) / 1e4, design?.successRate);
      assert.ok(summary.title.endsWith(`${Math.round(summary.figures.successRate * 100)}% success · Agent Scaling Calculator`), summary.title);
      assert.ok(summary.description.includes(`how sure ${Math.round(r.chance * 100)}%`), summary.description);
      assert.equal(summary.bars.filter((b) => b.recommended).length, 1);
      assert.equal(summary.bars.length, 5);
    }
  });

  test("the default scenario reads as the card does", () => {
    const summary = decisionSummary(models, catalog, scenarioOf({}));
    assert.equal(summary.title, "Not shown better: build the single agent · 50% success · Agent Scaling Calculator");
    assert.match(
      summary.description,
      /^For a task with 5 tools, decomposability 0\.5, GPT-5 mini: no multi-agent design is shown better, so build the single agent, 50% success \(90% interval \d+-\d+%\), \$[\d.]+ per task; how sure \d+%\.$/,
    );
  });
});
