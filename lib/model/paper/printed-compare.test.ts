import assert from "node:assert/strict";
import { test } from "node:test";
import { loadDataset } from "../../data/load";
import { reproducePaperFit } from "./reproduce";
import { compareCoefficients, compareFitFigures } from "./printed-compare";

const dataset = loadDataset();

test("every printed fit figure and identified coefficient of both fits is matched", () => {
  for (const fit of ["v2", "v3"] as const) {
    const report = reproducePaperFit(dataset, fit);
    const figures = compareFitFigures(report, dataset);
    assert.equal(figures.length, 7);
    assert.ok(
      figures.every((f) => f.matches === true),
      `${fit}: ${JSON.stringify(figures.filter((f) => !f.matches))}`,
    );
    const coefficients = compareCoefficients(report, dataset);
    assert.equal(coefficients.length, 20);
    assert.equal(coefficients.filter((c) => c.matches === true).length, 13);
    assert.ok(coefficients.every((c) => (c.printed === null) === !c.identified));
  }
});

test("a printed figure off by more than the tolerance is reported as a mismatch", () => {
  const report = reproducePaperFit(dataset, "v2");
  const shifted = { paperFits: dataset.paperFits.map((f) => ({ ...f, r2_train: f.r2_train + 0.001 })) };
  const r2 = compareFitFigures(report, shifted).find((f) => f.key === "r2Train");
  assert.equal(r2?.matches, false);
});
