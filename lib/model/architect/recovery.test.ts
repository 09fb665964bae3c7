import assert from "node:assert/strict";
import { test } from "node:test";
import { seededRandom } from "../stats/random";
import { seenBenchmarkEffect } from "./benchmark-effects";
import type { ArchitectExample } from "./architect-examples";
import { fitArchitect } from "./architect-fit";
import { predictArchitect } from "./architect-predict";

/**
 * Synthetic evidence with known effects: six studies (three method papers), two benchmarks each, six
 * models, four architectures. success = P + architecture offset + 0.08 · method paper + benchmark effect
 * u_b + noise (SD 0.01). The fit must recover the method-paper effect and each benchmark's effect.
 */
const ARCHITECTURES = { single: 1, independent: 3, centralized: 4, decentralized: 3, hybrid: 4 };
const OFFSET: Record<string, number> = { independent: -0.02, centralized: 0.03, decentralized: 0.01, hybrid: 0 };
const METHOD_EFFECT = 0.08;
const random = seededRandom(11);
const benchmarkEffect: Record<string, number> = {};
const examples: ArchitectExample[] = [];
for (let s = 0; s < 6; s++) {
  const kind = s < 3 ? "method" : "evaluation";
  for (let b = 0; b < 2; b++) {
    const benchmark = `b${s}-${b}`;
    benchmarkEffect[benchmark] = (random() - 0.5) * 0.2;
    const tools = [0, 2, 5, 10][(s + b) % 4] ?? 0;
    const decomposability = [0, 0.25, 0.5, 0.75, 1][(2 * s + b) % 5] ?? 0;
    for (let m = 0; m < 6; m++) {
      const P = 0.2 + 0.1 * m;
      for (const [architecture, agents] of Object.entries(ARCHITECTURES)) {
        const success =
          architecture === "single"
            ? P
            : P + (OFFSET[architecture] ?? 0) + (kind === "method" ? METHOD_EFFECT : 0) + (benchmarkEffect[benchmark] ?? 0) + (random() - 0.5) * 0.02;
        examples.push({
          study: `s${s}`,
          kind,
          model: `m${m}`,
          task: { tools, decomposability, capability: 50 + 5 * m, baseline: P, method: kind === "method" ? 1 : 0 },
          architecture,
          agents,
          benchmark,
          successRate: success,
          run: null,
        });
      }
    }
  }
}
const model = fitArchitect(examples, ARCHITECTURES);
/** The fitted effects themselves, before the out-of-study shrinkage of the gain (gain-weight.ts). */
const fitted = { ...model, gainWeight: 1 };

test("recovers the method-paper effect: a method paper's design is predicted 0.08 above an evaluation's, less ridge shrinkage", () => {
  const task = { tools: 5, decomposability: 0.5, capability: 60, baseline: 0.5 };
  for (const architecture of ["independent", "centralized", "decentralized", "hybrid"]) {
    const at = (method: number) =>
      predictArchitect(fitted, { task: { ...task, method }, architecture, agents: ARCHITECTURES[architecture as keyof typeof ARCHITECTURES] }).successRate;
    const effect = at(1) - at(0);
    assert.ok(effect > 0.05 && effect < 0.09, `${architecture}: ${effect}`);
  }
});

test("recovers each benchmark's success when the task is named as that benchmark (features plus its shrunken effects)", () => {
  const errors = Object.entries(benchmarkEffect).flatMap(([benchmark, truth]) => {
    const row = examples.find((e) => e.benchmark === benchmark && e.architecture === "centralized" && e.model === "m3");
    assert.ok(row !== undefined, benchmark);
    const expected = row.task.baseline + (OFFSET.centralized ?? 0) + (row.task.method === 1 ? METHOD_EFFECT : 0) + truth;
    const named = predictArchitect(model, { task: row.task, architecture: "centralized", agents: 4, benchmark }).successRate;
    assert.ok(seenBenchmarkEffect(model, benchmark, "centralized", row.task.baseline) !== null, benchmark);
    return [Math.abs(named - expected)];
  });
  assert.equal(errors.length, 12);
  assert.ok(Math.max(...errors) < 0.03, `largest error ${Math.max(...errors)}`);
});

test("a named benchmark's interval is narrower than a new task's", () => {
  const query = { task: { tools: 5, decomposability: 0.5, capability: 60, baseline: 0.5, method: 0 }, architecture: "centralized", agents: 4 };
  const width = (p: { interval: [number, number] }) => p.interval[1] - p.interval[0];
  assert.ok(width(predictArchitect(model, { ...query, benchmark: "b0-0" })) < width(predictArchitect(model, query)));
});

/** Evidence whose multi-agent gain is `gain(study, architecture)` plus small noise, on four tool-using benchmarks per study. */
function gainEvidence(gain: (study: number, architecture: string) => number, seed: number): ArchitectExample[] {
  const r = seededRandom(seed);
  const rows: ArchitectExample[] = [];
  for (let s = 0; s < 6; s++) {
    for (let b = 0; b < 4; b++) {
      const tools = [1, 3, 6, 12][b] ?? 1;
      const decomposability = [0, 0.25, 0.5, 0.75, 1][(s + b) % 5] ?? 0;
      for (let m = 0; m < 4; m++) {
        const P = 0.25 + 0.15 * m;
        for (const [architecture, agents] of Object.entries(ARCHITECTURES)) {
          rows.push({
            study: `s${s}`,
            kind: "evaluation",
            model: `m${m}`,
            task: { tools, decomposability, capability: 55 + 4 * m, baseline: P, method: 0 },
            architecture,
            agents,
            benchmark: `s${s}-b${b}`,
            successRate: architecture === "single" ? P : P + gain(s, architecture) + 0.15 * decomposability - 0.075 + (r() - 0.5) * 0.01,
            run: null,
          });
        }
      }
    }
  }
  return rows;
}

test("the gain weight, learned out of study: near 1 when the gains carry over to a new study, near 0 when they are each study's own", () => {
  const carries = fitArchitect(
    gainEvidence((_s, a) => OFFSET[a] ?? 0, 5),
    ARCHITECTURES,
  );
  assert.equal(carries.gainWeightFrom, "new-study");
  assert.ok(carries.gainWeight > 0.8, `carries over: ${carries.gainWeight}`);
  // Each study's gains are its own (a random level per study, nothing the task explains): held out, the
  // fitted gain predicts nothing, and the weight falls toward the naive rule's 0.
  const levels = Array.from({ length: 6 }, (_, s) => [0.2, -0.15, 0.1, -0.2, 0.15, -0.1][s] ?? 0);
  const own = fitArchitect(
    gainEvidence((s) => levels[s] ?? 0, 5),
    ARCHITECTURES,
  );
  assert.ok(own.gainWeight < 0.3, `a study's own: ${own.gainWeight}`);
  assert.equal(
    fitArchitect(
      gainEvidence((_s, a) => OFFSET[a] ?? 0, 5),
      ARCHITECTURES,
      undefined,
      undefined,
      { gainWeight: 1 },
    ).gainWeightFrom,
    "given",
  );
});
