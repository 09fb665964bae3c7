import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { BASELINE_RUN, evidenceTables, STUDY, VOTE_RUN } from "../data/evidence-fixtures";
import { evidenceSummary, matchedSuccessCells } from "../data/evidence-summary";
import { loadDataset } from "../data/load";
import type { Run } from "../data/schemas";
import { KIM_STUDY } from "../data/study-schemas";
import { findingsOf, findingText, kindContrast, studyFindings, studyName } from "./evidence-findings";
import { signedPoints } from "../format/words";
import { evidenceRows } from "./evidence-run-rows";
import { evidenceView } from "./evidence-view";

const kimRun = (architecture: string, success_rate: number): Run => ({
  benchmark: "b1",
  architecture,
  model: "m1",
  success_rate,
  tasks: null,
  successes: null,
  mean_steps: null,
  in_v2: true,
  in_v3: true,
  fold_v2: 0,
  fold_v3: 0,
  source: "paper-4bench",
});

/** Kim et al. (an evaluation) and study s1 (a method paper): baseline 50%, a vote of 5 at 60%, a debate at 45%, a vote of 3 at 70%, and F1 rows; Kim: single 40%, centralized 50%. */
function synthetic() {
  const debate = { ...VOTE_RUN, method: "Debate", architecture: "decentralized", agents: "3", value: "0.45", printed: "45.0" };
  const vote3 = { ...VOTE_RUN, agents: "3", setting: "3 agents", value: "0.7", printed: "70.0" };
  const f1 = { ...BASELINE_RUN, metric: "f1", success_like: "false", value: "0.3", printed: "30.0" };
  const f1Vote = { ...VOTE_RUN, metric: "f1", success_like: "false", value: "0.2", printed: "20.0" };
  const studies = [{ ...STUDY, study: KIM_STUDY, kind: "evaluation", budgets_matched: "yes" }, STUDY];
  const tables = evidenceTables([BASELINE_RUN, VOTE_RUN, debate, vote3, f1, f1Vote], { studies });
  return { ...tables, version: "synthetic", architectures: loadDataset().architectures, runs: [kimRun("single", 0.4), kimRun("centralized", 0.5)] };
}

describe("evidence rows and findings on synthetic evidence", () => {
  test("every run becomes a row carrying its cell's single-agent value; the baseline and unmatched runs carry none", () => {
    const rows = evidenceRows(synthetic());
    assert.equal(rows.length, 2 + 7);
    assert.deepEqual(
      rows.map((r) => r.id),
      [0, 1, 2, 3, 4, 5, 6, 7, 8],
    );
    const kim = rows.filter((r) => r.study === KIM_STUDY);
    assert.deepEqual(
      kim.map((r) => [r.method, r.pairing, r.singleAgentValue, r.agents]),
      [
        ["Single agent (SAS)", "baseline", null, 1],
        ["Centralized", "matched", 0.4, 4],
        ["single", "unmatched", null, 1],
      ],
    );
    const s1 = rows.filter((r) => r.study === "s1");
    assert.deepEqual(
      s1.map((r) => [r.method, r.metric, r.singleAgentValue]),
      [
        ["Single", "accuracy", null],
        ["Vote", "accuracy", 0.5],
        ["Debate", "accuracy", 0.5],
        ["Vote (3 agents)", "accuracy", 0.5],
        ["Single", "f1", null],
        ["Vote", "f1", 0.3],
      ],
    );
  });

  test("a study's findings compare each multi-agent run with its single agent over success-like cells only", () => {
    const findings = studyFindings(synthetic(), new Map());
    const s1 = findings.find((f) => f.study === "s1");
    assert.deepEqual(s1?.findings, { matchedCells: 1, comparisons: 3, beat: 2, medianGainPoints: 10 });
    assert.equal(s1?.finding, "1 matched success-rate cell: 2 of 3 multi-agent runs beat their single agent (67%); median gain +10.0 points.");
    assert.deepEqual(findings.find((f) => f.study === KIM_STUDY)?.findings, { matchedCells: 1, comparisons: 1, beat: 1, medianGainPoints: 10 });
  });

  test("the contrast pools each kind's cells: here Kim's evaluation against s1's method paper", () => {
    const contrast = kindContrast(synthetic());
    assert.deepEqual(
      contrast.kinds.map((k) => [k.kind, k.studies, k.findings.comparisons]),
      [
        ["evaluation", 1, 1],
        ["method", 1, 3],
      ],
    );
    assert.deepEqual(contrast.rows[1], { label: "Method papers (1 study)", cells: ["1", "3", "2 (67%)", "+10.0 points"] });
    assert.equal(
      contrast.text,
      "Evaluations: median gain +10.0 points over 1 multi-agent run; method papers: median gain +10.0 points over 3 multi-agent runs.",
    );
  });

  test("a study without matched cells says so instead of a figure", () => {
    assert.equal(
      findingText(findingsOf([])),
      "No matched success-rate cell: no multi-agent success rate is paired with its single agent on the same benchmark and model.",
    );
  });
});

describe("documented examples", () => {
  test("findingsOf, signedPoints and studyName", () => {
    const designs = [0.6, 0.45, 0.7].map((successRate) => ({ method: "m", architecture: "independent" as const, agents: 3, successRate }));
    assert.deepEqual(findingsOf([{ study: "s", benchmark: "b", model: "m", baseline: 0.5, designs }]), {
      matchedCells: 1,
      comparisons: 3,
      beat: 2,
      medianGainPoints: 10,
    });
    assert.equal(signedPoints(2.35), "+2.4 points");
    assert.equal(signedPoints(-1), "\u22121.0 points");
    assert.equal(studyName("Multi-agent Architecture Search via Agentic Supernet (MaAS)", "Zhang et al., …"), "MaAS");
    assert.equal(studyName("Towards a Science of Scaling Agent Systems", "Kim, Gu, Park, et al. (Google Research, …"), "Kim et al.");
    assert.equal(studyName("WideSearch: Benchmarking Agentic Broad Info-Seeking", "Wong et al."), "WideSearch");
    assert.equal(studyName("The Illusion of Multi-Agent Advantage", '"The Illusion", arXiv'), "The Illusion of Multi-Agent Advantage");
  });
});

describe("the stored evidence", () => {
  const data = loadDataset();
  const view = evidenceView(data);

  test("the table holds Kim et al.'s 270 runs and every study-runs.csv row, each study's rows together", () => {
    assert.equal(view.rows.length, 1017);
    assert.equal(view.rows.length, data.runs.length + data.studyRuns.length);
    assert.equal(view.rows.filter((r) => r.study === KIM_STUDY).length, 270 + data.studyRuns.filter((r) => r.study === KIM_STUDY).length);
    const order = data.studies.map((s) => s.study);
    const firstSeen = [...new Set(view.rows.map((r) => r.study))];
    assert.deepEqual(firstSeen, order);
    assert.deepEqual(Object.values(view.labels.studies), [
      "Kim et al.",
      "Jwalapuram et al.",
      "WideSearch",
      "Debate or Vote",
      "LatentMAS",
      "MASS",
      "MaAS",
      "Puppeteer",
      "SWE-Debate",
      "AgentVerse",
      "BenchAgent",
    ]);
  });

  test("every matched or alternative single-agent row carries a single-agent value; baselines carry none", () => {
    for (const row of view.rows) {
      const expected = row.pairing === "matched" || row.pairing === "alternative-single";
      assert.equal(row.singleAgentValue !== null, expected, `row ${row.id} (${row.study}, ${row.method})`);
    }
  });

  test("each study's matched cells are the evidence summary's count, and its runs are its rows", () => {
    const summary = evidenceSummary(data);
    assert.equal(view.studies.length, data.studies.length);
    for (const s of view.studies) {
      assert.equal(s.findings.matchedCells, summary.cellsByStudy[s.study] ?? 0, s.study);
      assert.equal(s.runs, view.rows.filter((r) => r.study === s.study).length, s.study);
    }
    assert.equal(view.studies[0]?.findings.matchedCells, 54);
    assert.equal(view.studies[0]?.findings.comparisons, 216);
  });

  test("pooled comparisons equal the multi-agent designs of every matched cell", () => {
    const designs = matchedSuccessCells(data).reduce((n, c) => n + c.designs.length, 0);
    assert.equal(
      view.contrast.kinds.reduce((n, k) => n + k.findings.comparisons, 0),
      designs,
    );
    assert.deepEqual(
      view.contrast.kinds.map((k) => k.kind),
      ["evaluation", "method"],
    );
  });

  test("method papers find a larger median gain than evaluations (the reviewer's note in data/README.md)", () => {
    const [evaluation, method] = view.contrast.kinds.map((k) => k.findings.medianGainPoints ?? Number.NaN);
    assert.ok((method ?? Number.NaN) > (evaluation ?? Number.NaN));
  });

  test("the filter choices cover every value the rows hold", () => {
    for (const [key, field] of [
      ["study", "study"],
      ["benchmark", "benchmark"],
      ["model", "model"],
      ["architecture", "architecture"],
    ] as const) {
      const offered = new Set(view.options[key].map((o) => o.value));
      for (const row of view.rows) assert.ok(offered.has(row[field]), `${key} ${row[field]}`);
    }
    assert.equal(view.options.benchmark.length, data.benchmarkCatalog.length);
  });
});
