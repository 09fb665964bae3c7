import assert from "node:assert/strict";
import { describe, test } from "node:test";
import Papa from "papaparse";
import { loadDataset } from "../data/load";
import { filterEvidenceRows, ignoredFilterNotices, NO_FILTERS, parseEvidenceFilters, parseSelectFilter, parseSuccessOnly } from "./evidence-filters";
import { EVIDENCE_COLUMNS, EVIDENCE_CSV_COLUMNS, evidenceCells, evidenceCsvData, evidenceCsvName, matchText, percentCell } from "./evidence-table";
import { evidenceView } from "./evidence-view";

const view = evidenceView(loadDataset());

describe("reading the filters from a link", () => {
  test("valid values are kept under their URL keys", () => {
    const { filters, ignored } = parseEvidenceFilters({ study: "mass-2502.02533", arch: "hybrid", success: "true" }, view.options);
    assert.deepEqual(filters, { ...NO_FILTERS, study: "mass-2502.02533", architecture: "hybrid", successOnly: true });
    assert.deepEqual(ignored, []);
  });

  test("a bad value falls back to all, is reported, and leaves the other filters alone", () => {
    const { filters, ignored } = parseEvidenceFilters({ study: "nope", model: "gpt-5", success: "yes", benchmark: "" }, view.options);
    assert.deepEqual(filters, { ...NO_FILTERS, model: "gpt-5" });
    assert.deepEqual(
      ignored.map((i) => i.key),
      ["study", "benchmark", "successOnly"],
    );
    assert.deepEqual(ignoredFilterNotices(ignored.slice(0, 1)), ["Study: the link's value \"nope\" is not one of this page's choices; showing all studies."]);
    assert.match(ignoredFilterNotices([{ key: "successOnly", label: "x", value: "y".repeat(500) }])[0] ?? "", /y{40}…" .*showing every metric\.$/);
  });

  test("a repeated key reads its first value; unknown keys are ignored", () => {
    const { filters, ignored } = parseEvidenceFilters({ arch: ["single", "hybrid"], foo: "bar" }, view.options);
    assert.deepEqual(filters, { ...NO_FILTERS, architecture: "single" });
    assert.deepEqual(ignored, []);
  });

  test("the documented examples", () => {
    assert.equal(parseSelectFilter("architecture", "hybrid", view.options), "hybrid");
    assert.equal(parseSelectFilter("architecture", "x", view.options), null);
    assert.equal(parseSelectFilter("study", "__proto__", view.options), null);
    assert.equal(parseSuccessOnly("true"), true);
    assert.equal(parseSuccessOnly("1"), null);
  });
});

describe("filtering the stored runs", () => {
  test("no filter keeps every row", () => {
    assert.equal(filterEvidenceRows(view.rows, NO_FILTERS).length, view.rows.length);
  });

  test("each filter narrows to exactly the rows with that value, and they combine", () => {
    const filters = { ...NO_FILTERS, study: "debate-or-vote-2508.17536", architecture: "decentralized" };
    const shown = filterEvidenceRows(view.rows, filters);
    const expected = view.rows.filter((r) => r.study === filters.study && r.architecture === "decentralized");
    assert.ok(shown.length > 0 && shown.length < view.rows.length);
    assert.deepEqual(shown, expected);
    const successLike = filterEvidenceRows(view.rows, { ...NO_FILTERS, successOnly: true });
    assert.ok(successLike.every((r) => r.successLike) && successLike.length < view.rows.length);
    assert.equal(filterEvidenceRows(view.rows, { ...NO_FILTERS, benchmark: "finance-agent", model: "gpt-5" }).length, 5);
  });
});

describe("cells and CSV", () => {
  test("a row's cells follow the columns: labels, printed method, shares as percentages", () => {
    const kimCentralized = view.rows.find(
      (r) => r.study === "kim-2512.08296" && r.architecture === "centralized" && r.benchmark === "finance-agent" && r.model === "gpt-5",
    );
    assert.ok(kimCentralized);
    const cells = evidenceCells(kimCentralized, view.labels);
    assert.equal(cells.length, EVIDENCE_COLUMNS.length);
    assert.deepEqual(cells.slice(0, 7), ["Kim et al.", "Finance-Agent", "GPT-5", "Centralized", "Centralized", "4", "success rate"]);
    assert.equal(cells[7], percentCell(kimCentralized.value));
    assert.equal(cells[8], percentCell(kimCentralized.singleAgentValue));
    const baseline = view.rows.find((r) => r.pairing === "baseline");
    assert.equal(baseline && evidenceCells(baseline, view.labels)[8], "(is the baseline)");
  });

  test("the CSV of the filtered rows round-trips through papaparse: a header and exactly those rows", () => {
    const shown = filterEvidenceRows(view.rows, { ...NO_FILTERS, study: "widesearch-2508.07999" });
    const text = Papa.unparse({ fields: [...EVIDENCE_CSV_COLUMNS], data: evidenceCsvData(shown, view.labels) });
    const parsed = Papa.parse<Record<string, string>>(text, { header: true });
    assert.deepEqual(parsed.meta.fields, [...EVIDENCE_CSV_COLUMNS]);
    assert.equal(parsed.data.length, shown.length);
    parsed.data.forEach((record, i) => {
      const row = shown[i];
      assert.ok(row);
      assert.equal(record.method, row.method);
      assert.equal(Number(record.value), row.value);
      assert.equal(record.single_agent_value, row.singleAgentValue === null ? "" : String(row.singleAgentValue));
    });
  });

  test("the documented examples", () => {
    assert.equal(percentCell(0.5341), "53.4");
    assert.equal(percentCell(null), "—");
    assert.equal(matchText(412, 1017), "412 of 1,017 stored runs match the filters.");
    assert.equal(matchText(1017, 1017), "All 1,017 stored runs.");
    assert.equal(evidenceCsvName("3f9a1c07b2e4"), "evidence-runs-3f9a1c07b2e4.csv");
    const mass = view.rows.find((r) => r.study === "mass-2502.02533" && r.benchmark === "math" && r.method === "Self-Consistency");
    assert.ok(mass);
    assert.deepEqual(evidenceCells(mass, view.labels), [
      "MASS",
      "MATH",
      "Gemini-1.5-pro-002",
      "Independent",
      "Self-Consistency",
      "9",
      "accuracy",
      "77.3",
      "71.7",
      "—",
    ]);
    assert.deepEqual(evidenceCsvData(view.rows.slice(0, 1), view.labels), [
      [
        "kim-2512.08296",
        "browsecomp-plus",
        "BrowseComp-Plus",
        "claude-3-7-sonnet",
        "Claude 3.7 Sonnet",
        "centralized",
        "Centralized",
        4,
        "success-rate",
        true,
        0.3434343434343434,
        0.2626262626262626,
        "",
        "matched",
      ],
    ]);
  });
});
