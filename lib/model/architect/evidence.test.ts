import assert from "node:assert/strict";
import { test } from "node:test";
import { loadDataset } from "../../data/load";
import { KIM_STUDY } from "../../data/study-schemas";
import { evidenceRows, MODELLED_ARCHITECTURES, otherStudiesEvidence } from "./evidence-rows";

const dataset = loadDataset();

test("other studies' rows are success-like matched cells of the calculator's architectures, each with its own study's pilot", () => {
  const rows = otherStudiesEvidence(dataset);
  assert.ok(rows.length > 0);
  const printed = new Map(dataset.studyRuns.map((r) => [`${r.study}|${r.benchmark}|${r.model}|${r.method}|${r.value}`, r]));
  for (const r of rows) {
    assert.notEqual(r.study, KIM_STUDY);
    assert.ok((MODELLED_ARCHITECTURES as readonly string[]).includes(r.architecture), r.architecture);
    const source = printed.get(`${r.study}|${r.benchmark}|${r.model}|${r.method}|${r.successRate}`);
    assert.ok(source !== undefined && source.success_like, `${r.study}/${r.benchmark}/${r.method}`);
    const pilot = dataset.studyRuns.find(
      (s) => s.study === r.study && s.benchmark === r.benchmark && s.model === r.model && s.metric === source.metric && s.pairing === "baseline",
    );
    assert.equal(r.baseline, pilot?.value);
  }
});

test("the evidence choices nest: Kim et al. only within evaluations within all", () => {
  const [kim, evaluations, all] = (["kim", "evaluations", "all"] as const).map((c) => evidenceRows(dataset, c));
  assert.equal(kim?.length, 260);
  assert.ok(kim !== undefined && evaluations !== undefined && all !== undefined);
  assert.ok(kim.length < evaluations.length && evaluations.length < all.length);
  assert.ok(evaluations.every((r) => r.kind === "evaluation"));
  assert.ok(all.some((r) => r.kind === "method"));
});
