import assert from "node:assert/strict";
import { describe, test } from "node:test";
import fc from "fast-check";
import { bestByNetValue, bestBySuccess, bestShares, breakEvenValue, chanceAbove, normalCdf, valueBands, winnerShares } from "./odds";
import { applyRule, callChance, confidenceCall, valueCall, verdictOf } from "./rule";

const close = (a: number, b: number, tol: number, what: string) => assert.ok(Math.abs(a - b) <= tol, `${what}: ${a} vs ${b} (tolerance ${tol})`);

/** Independent designs with these means and SDs. */
const independent = (mean: number[], sd: number[]) => ({ mean, cov: mean.map((_, i) => mean.map((_, j) => (i === j ? (sd[i] as number) ** 2 : 0))) });

describe("the chances", () => {
  test("chanceAbove is the normal probability of the difference, from the joint covariance", () => {
    const joint = {
      mean: [0.5, 0.6],
      cov: [
        [0.01, 0.005],
        [0.005, 0.01],
      ],
    };
    close(chanceAbove(joint, 1, 0), normalCdf(0.1 / 0.1), 1e-12, "correlated");
    close(chanceAbove(joint, 0, 1), 1 - chanceAbove(joint, 1, 0), 1e-12, "complement");
    // A shared task effect sharpens the gap: independent errors of the same size give a smaller chance.
    assert.ok(chanceAbove(independent([0.5, 0.6], [0.1, 0.1]), 1, 0) < chanceAbove(joint, 1, 0));
    assert.equal(
      chanceAbove(
        {
          mean: [0.5, 0.5],
          cov: [
            [0, 0],
            [0, 0],
          ],
        },
        1,
        0,
      ),
      0.5,
    );
    assert.equal(
      chanceAbove(
        {
          mean: [0.4, 0.5],
          cov: [
            [0, 0],
            [0, 0],
          ],
        },
        1,
        0,
      ),
      1,
    );
  });

  test("Monte Carlo shares match the normal probability for two designs, within their SE", () => {
    const joint = {
      mean: [0.5, 0.55],
      cov: [
        [0.01, 0.002],
        [0.002, 0.02],
      ],
    };
    const shares = winnerShares(joint, (t) => ((t[1] as number) > (t[0] as number) ? 1 : 0));
    close(shares[1] as number, chanceAbove(joint, 1, 0), 3 * Math.sqrt(0.25 / 4000), "share of draws where design 1 wins");
    assert.deepEqual(
      winnerShares(joint, () => 0),
      [1, 0],
    );
  });

  test("bestShares gives winnerShares' shares with the rules' winners, to the last bit, ties and all", () => {
    // Two to eight designs (six and fewer take bestShares' unrolled loops, seven and eight its loops),
    // drawn from a pool of three (so that some are the same design and tie in every draw), each
    // a mean and a row of A (the covariance is A·Aᵀ: a design without spread too), with costs on a grid.
    const kind = fc.record({
      mean: fc.integer({ min: 0, max: 4 }).map((m) => m / 4),
      row: fc.array(
        fc.integer({ min: -2, max: 2 }).map((a) => a / 20),
        { minLength: 3, maxLength: 3 },
      ),
    });
    const design = fc.record({ kind: fc.integer({ min: 0, max: 2 }), cost: fc.integer({ min: 0, max: 3 }).map((c) => c / 10) });
    fc.assert(
      fc.property(
        fc.array(kind, { minLength: 3, maxLength: 3 }),
        fc.array(design, { minLength: 2, maxLength: 8 }),
        fc.option(fc.constantFrom(0, 0.5, 1, 10)),
        (kinds, picked, V) => {
          const designs = picked.map((p) => ({ ...(kinds[p.kind] as { mean: number; row: number[] }), cost: p.cost }));
          const mean = designs.map((d) => d.mean);
          const cov = designs.map((a) => designs.map((b) => a.row.reduce((sum, x, k) => sum + x * (b.row[k] as number), 0) + (a.row === b.row ? 1e-9 : 0)));
          const costs = designs.map((d) => d.cost);
          const joint = { mean, cov };
          const expected = V === null ? winnerShares(joint, bestBySuccess, 500) : winnerShares(joint, (t) => bestByNetValue(t, V, costs), 500);
          assert.deepEqual(bestShares(joint, V, costs, 500), expected);
        },
      ),
      { numRuns: 150 },
    );
  });

  test("bestShares keeps the rules' own answer for a first design without a number", () => {
    // bestBySuccess lets index 0 stand whatever it is; bestByNetValue starts from −∞, so a NaN never stands.
    const joint = {
      mean: [Number.NaN, 0.5, 0.4],
      cov: [
        [1e-4, 0, 0],
        [0, 1e-4, 0],
        [0, 0, 1e-4],
      ],
    };
    for (const V of [null, 2]) {
      const expected = V === null ? winnerShares(joint, bestBySuccess, 200) : winnerShares(joint, (t) => bestByNetValue(t, V, [0, 0, 0]), 200);
      assert.deepEqual(bestShares(joint, V, [0, 0, 0], 200), expected, `V = ${V}`);
    }
    assert.deepEqual(bestShares(joint, null, [0, 0, 0], 200), [1, 0, 0]);
    assert.deepEqual(bestShares(joint, 2, [0, 0, 0], 200), [0, 1, 0]);
  });

  test("break-even values and the value bands are the envelope of the expected net values", () => {
    close(breakEvenValue({ success: 0.5, costUsd: 0.01 }, { success: 0.6, costUsd: 0.05 }) as number, 0.4, 1e-12, "break-even");
    assert.equal(breakEvenValue({ success: 0.5, costUsd: 0.01 }, { success: 0.5, costUsd: 0.05 }), null);
    assert.equal(breakEvenValue({ success: 0.5, costUsd: 0.05 }, { success: 0.6, costUsd: 0.01 }), 0);
    const lines = [
      { success: 0.5, costUsd: 0.01 },
      { success: 0.6, costUsd: 0.05 },
      { success: 0.55, costUsd: 0.2 },
      { success: 0.65, costUsd: 0.3 },
    ];
    const bands = valueBands(lines);
    assert.deepEqual(
      bands.map((b) => b.index),
      [0, 1, 3],
    );
    // Within each band its design has the highest expected net value, and at each edge two designs tie.
    for (const b of bands) {
      const V = b.toUsd === null ? b.fromUsd + 10 : (b.fromUsd + b.toUsd) / 2;
      assert.equal(
        valueCall(
          lines.map((l) => l.success),
          lines.map((l) => l.costUsd),
          V,
        ),
        b.index,
        `at V = ${V}`,
      );
    }
    assert.deepEqual(valueBands([{ success: 0.5, costUsd: 0.01 }]), [{ index: 0, fromUsd: 0, toUsd: null }]);
  });
});

describe("the rule", () => {
  test("verdicts at the target", () => {
    assert.equal(verdictOf(0.95, 0.9), "better");
    assert.equal(verdictOf(0.05, 0.9), "worse");
    assert.equal(verdictOf(0.5, 0.9), "unsure");
    assert.equal(verdictOf(0.9, 0.9), "better");
  });

  test("no value: four noisy multi-agent designs no better than one agent give the single agent (no winner's curse)", () => {
    const joint = independent([0.5, 0.52, 0.49, 0.55, 0.51], [0.02, 0.2, 0.2, 0.2, 0.2]);
    const out = applyRule({ joint, success: joint.mean, costUsd: [0.01, 0.02, 0.05, 0.05, 0.08], valuePerSuccess: null, confidence: 0.9 });
    assert.equal(out.rule, "confidence");
    assert.equal(out.call, 0);
    assert.equal(out.shownBetter, false);
    assert.equal(out.contender, 3);
    // How sure a single-agent call is: the chance that no multi-agent design beats it (four coin flips, most likely not).
    close(
      out.chance,
      winnerShares(joint, (t) => (Math.max(...Array.from(t).slice(1)) > (t[0] as number) ? 1 : 0))[0] as number,
      1e-12,
      "chance no multi beats the single agent",
    );
    assert.ok(out.chance < 0.2, `${out.chance}`);
    assert.deepEqual(
      out.odds.map((o) => o.verdict),
      [null, "unsure", "unsure", "unsure", "unsure"],
    );
  });

  test("no value: a multi-agent design is built only when it beats the single agent with the target, the surest first", () => {
    const joint = independent([0.4, 0.7, 0.72, 0.45], [0.05, 0.05, 0.09, 0.05]);
    const out = applyRule({ joint, success: joint.mean, costUsd: [1, 2, 3, 4], valuePerSuccess: null, confidence: 0.9 });
    assert.equal(out.call, 1);
    close(out.chance, chanceAbove(joint, 1, 0), 1e-12, "how sure a multi-agent call is");
    assert.ok(out.chance >= 0.9);
    assert.deepEqual(
      out.odds.map((o) => o.verdict),
      [null, "better", "better", "unsure"],
    );
    assert.equal(applyRule({ joint, success: joint.mean, costUsd: [1, 2, 3, 4], valuePerSuccess: null, confidence: 0.99999 }).call, 0);
  });

  test("with a value: the highest expected net value is built, and how sure is its chance of the highest net value", () => {
    const joint = independent([0.5, 0.6], [0.05, 0.05]);
    const costUsd = [0.01, 0.05];
    const cheap = applyRule({ joint, success: joint.mean, costUsd, valuePerSuccess: 0.1, confidence: 0.9 });
    assert.equal(cheap.rule, "value");
    assert.equal(cheap.call, 0);
    const dear = applyRule({ joint, success: joint.mean, costUsd, valuePerSuccess: 10, confidence: 0.9 });
    assert.equal(dear.call, 1);
    // Two designs: P(V θ1 − c1 > V θ0 − c0) = Φ((V·0.1 − 0.04) / (V·sqrt(0.005))).
    const exact = normalCdf((10 * 0.1 - 0.04) / (10 * Math.sqrt(0.005)));
    close(dear.chance, exact, 3 * Math.sqrt(0.25 / 4000), "chance of the highest net value");
    close(dear.odds[1]?.expectedNetValueUsd as number, 10 * 0.6 - 0.05, 1e-12, "expected net value");
    close(callChance(joint, 1, 10, costUsd), dear.chance, 0, "callChance is the rule's chance");
    assert.deepEqual(
      dear.valueBands.map((b) => b.index),
      [0, 1],
    );
  });

  test("callChance answers from its recent shares only for the very same inputs", () => {
    const joint = independent([0.5, 0.52, 0.48], [0.05, 0.06, 0.07]);
    // The same means, another covariance; the same joint, other costs: each its own draws.
    const wider = independent([0.5, 0.52, 0.48], [0.05, 0.2, 0.07]);
    const costs = [0.01, 0.05, 0.02];
    const dearer = [0.01, 0.2, 0.02];
    const fresh = (j: typeof joint, V: number | null, c: number[]) =>
      V === null
        ? (winnerShares(j, (t) => (t[1]! > t[0]! || t[2]! > t[0]! ? 1 : 0))[0] as number)
        : (winnerShares(j, (t) => [0, 1, 2].reduce((b, i) => (V * t[i]! - c[i]! > V * t[b]! - c[b]! ? i : b), 0))[2] as number);
    for (let round = 0; round < 2; round++) {
      assert.equal(callChance(joint, 0, null, costs), fresh(joint, null, costs));
      assert.equal(callChance(wider, 0, null, costs), fresh(wider, null, costs));
      assert.equal(callChance(joint, 2, 1, costs), fresh(joint, 1, costs));
      assert.equal(callChance(joint, 2, 1, dearer), fresh(joint, 1, dearer));
    }
    assert.notEqual(callChance(joint, 0, null, costs), callChance(wider, 0, null, costs));
    assert.notEqual(callChance(joint, 2, 1, costs), callChance(joint, 2, 1, dearer));
  });

  test("confidenceCall picks the cheaper of two equally sure designs", () => {
    const joint = independent([0.4, 0.8, 0.8], [0.01, 0.01, 0.01]);
    assert.deepEqual(confidenceCall(joint, [1, 5, 2], 0.9), { contender: 2, call: 2, beats: [null, 1, 1] });
  });

  test("bad inputs throw", () => {
    const joint = independent([0.4, 0.5], [0.1, 0.1]);
    assert.throws(() => applyRule({ joint, success: [0.4], costUsd: [1, 2], valuePerSuccess: null, confidence: 0.9 }), RangeError);
    assert.throws(() => applyRule({ joint, success: joint.mean, costUsd: [1, 2], valuePerSuccess: null, confidence: 1 }), /confidence target/);
    assert.throws(() => applyRule({ joint, success: joint.mean, costUsd: [1, 2], valuePerSuccess: -1, confidence: 0.9 }), /value per solved task/);
  });
});
