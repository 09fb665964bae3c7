import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";
import { z } from "zod";
import { measure } from "./bench/measure";
import { kimRows, rubricAnswersOf } from "./data/catalog-checks";
import { isKimBenchmark, KimBenchmarkSchema } from "./data/catalog-schemas";
import { decomposabilityScore, rubricProblems } from "./data/decomposability-rubric";
import { evidenceSummary, matchedSuccessCells } from "./data/evidence-summary";
import { shareFromPrinted, shiftDecimalLeft } from "./data/printed-values";
import { isMultiAgent } from "./data/study-schemas";
import { at, field, got } from "./model/stats/checked";
import { clusteredMae, undercovered, validateEvidence } from "./model/validation/pooled";
import { pilotExpectedError, pilotTasksToBeat } from "./model/validation/pilot-vs-model";
import { trustFigures } from "./model/validation/trust";
import { measuredAgentsOf } from "./model/architect/evidence";
import { methodEffect } from "./views/across-studies";
import { comparedError } from "./views/trust-box";
import { findingsOf, kindContrast, signedPoints, studyFindings } from "./views/evidence-findings";
import { evidenceRows as evidenceTableRows } from "./views/evidence-rows";
import { evidenceView } from "./views/evidence-view";
import { evidenceCsvName, matchText, percentCell } from "./views/evidence-table";
import { formatTextTable } from "./cli/text-table";
import { numberCell } from "./data/cells";
import { describeNumber, isCalendarDate, isDecimalText, parseNumber } from "./data/cell-values";
import { normalizeDataText } from "./data/csv";
import { isPublishedTerm } from "./model/paper/published-check";
import { costFloorNote, plotCost } from "./views/calculator-charts";
import { contentSecurityPolicy, inlineScripts } from "./security/csp";
import { parseCsv } from "./data/csv";
import { loadDataset } from "./data/load";
import { paperFitRuns } from "./data/row-sets";
import { formatDuration, formatFixed, formatP, formatPercent, formatUsd, wholePercent } from "./format/numbers";
import { architectExamples } from "./model/architect/examples";
import { architectFeatureValues } from "./model/architect/features";
import { predictBaseline } from "./model/architect/baseline/predict";
import { designCost, designTurns } from "./model/cost/design-cost";
import { modelPrices } from "./model/cost/prices";
import { turnRatios } from "./model/cost/turn-ratios";
import { paperExamples } from "./model/paper/examples";
import { fitPaperModel } from "./model/paper/fit";
import { predictPaper } from "./model/paper/model";
import { reproducePaperFit } from "./model/paper/reproduce";
import { agentCountSd, atAgents, gainAtAgents, gainScale, overheadAt, turnsAt } from "./model/predict/agent-count";
import { distanceOutside, extrapolationReasons, taskDomain } from "./model/predict/extrapolation";
import { architectFor, versionKey } from "./model/predict/fitted-models";
import { pilotSd } from "./model/predict/prediction";
import { fitModels } from "./model/serving/fit-models";
import { servedCacheFile } from "./model/serving/disk-cache";
import { figureRatio, targetMet } from "./bench/ratio-table";
import { edgeAnswer, queryProblem } from "./security/request-limits";
import { rSquared } from "./model/stats/cross-validation";
import { leastSquares } from "./model/stats/least-squares";
import { normalQuantile } from "./model/stats/normal";
import { seededRandom } from "./model/stats/random";
import { estimateRandomEffects, scaleFromErrors } from "./model/stats/random-intercepts-fit";
import { fitRidge, ridgeFromGram } from "./model/stats/ridge";
import { permutations } from "./model/validation/permutation";
import { decodePilots, encodePilots, pilotModelId, pilotsFromCli, pilotsFromRunLog } from "./scenario/pilots";
import { otherPilotsNotice, pilotsSentence } from "./views/pilots-text";
import { recommendationAnnouncement } from "./views/announcement";
import { summaryNumber } from "./views/scenario-summary";
import { ciede2000 } from "./colour/ciede2000";
import { simulateColourVision } from "./colour/colour-vision";
import { contrastRatio, hexToRgb, relativeLuminance, rgbToLab } from "./colour/srgb";
import { solveSpd, solveSpdShifted } from "./model/stats/linear";
import { breakEven } from "./model/decide/recommend";
import { condition, noiseRate } from "./model/predict/fusion";
import { choleskyFactor, pairedCells, secondGivenFirst } from "./model/decide/paired-draws";
import { singleJoins, type PilotPlan } from "./model/decide/plan";
import { lossText, planMethodText, planSentence, settlingPilot } from "./views/plan-text";
import { fitGainWeight, shrinkGain } from "./model/architect/gain-weight";
import { bestByNetValue, bestBySuccess, breakEvenValue, chanceAbove, normalCdf, valueBands, winnerShares } from "./model/decide/odds";
import { callChance, confidenceCall, valueCall, verdictOf } from "./model/decide/rule";
import { matchesTask, matchingBenchmarks } from "./model/architect/benchmark-effects";
import { validateDecisions } from "./model/validation/decision-regret";
import { cachedEvidenceValidation } from "./model/validation/pooled";
import { decisionTable } from "./views/decision-rows";
import { errorCorrelation } from "./model/architect/fit";
import { fitScaler } from "./model/stats/standardize";
import { decisionScores } from "./model/validation/decisions";
import { validate, type ValidationReport } from "./model/validation/harness";
import { decisionNoiseCeiling, noiseFloor } from "./model/validation/noise";
import { processCached } from "./process-cache";
import { numberField } from "./scenario/fields";
import { applyPatch } from "./scenario/patch";
import { parseScenario, pilotChoices, scenarioChoices } from "./scenario/scenario";
import { scenarioUrlValues } from "./scenario/url";
import { linkNotices } from "./views/notices";
import { cellAt, plainNumberAt, spansOf } from "./pilots/cell-spans";
import { createCsvReader } from "./pilots/csv-reader";
import { createJsonlReader, recordOf } from "./pilots/jsonl-reader";
import { parseRunLogText, runLogKind, runLogSyntax } from "./pilots/parse-run-log";
import { createRecordSink, createRunLogTotals, DEFAULT_READ_RULES } from "./pilots/run-log";
import { judgeScore } from "./pilots/run-log-schema";
import { parseColumnMapping, resolveColumns } from "./pilots/columns";
import { evalInfo, readInspectJson, sampleRow } from "./pilots/inspect-log";
import { attributeMap } from "./pilots/otlp-traces";
import { newTally, summarize } from "./pilots/run-log-summary";
import { filesNeeding, invalidRowsCaption, readRulesOf, runLogPlace, runLogStatus } from "./views/run-log-upload";
import { pilotAgentRange } from "./model/predict/pilots";
import { parseRunsValue } from "./cli/run-logs";
import { compareModelWarning } from "./views/compare";

/*
 * Every @example in lib/ and scripts/ runs here against the value its doc comment states, as
 * simple-statistics keeps its docs honest. A case names the file and the example's text
 * exactly as written (continuation lines that start with // joined by a newline); the guard at the end
 * fails on an @example without a case, and on a case whose example is gone or was edited, so a changed
 * documented value must be changed here too.
 *
 * Precision follows the doc: a plain value is exact, "≈ 0.51" holds to the decimals written
 * (|actual - 0.51| <= 0.005), "(to 1e-12)" to that tolerance.
 */

/** |actual - documented| within half a unit of the documented value's last decimal: approx(0.5075, "0.51"). */
function approx(actual: number | undefined, documented: string, what = "value"): void {
  const decimals = documented.split(".")[1]?.length ?? 0;
  const tolerance = 0.5 * 10 ** -decimals + 1e-12;
  assert.ok(actual !== undefined && Math.abs(actual - Number(documented)) <= tolerance, `${what}: ${actual} is not ${documented} to ${decimals} decimals`);
}

/** |actual - expected| <= tolerance for every entry, and the same length. */
function within(actual: readonly number[], expected: readonly number[], tolerance: number): void {
  assert.equal(actual.length, expected.length, `length ${actual.length}, expected ${expected.length}`);
  actual.forEach((a, i) => assert.ok(Math.abs(a - (expected[i] ?? Number.NaN)) <= tolerance, `entry ${i}: ${a} vs ${expected[i]}`));
}

const dataset = loadDataset();
const v2Runs = paperFitRuns(dataset.runs, "v2");
const v3Runs = paperFitRuns(dataset.runs, "v3");
const architectures = dataset.architectures.map((a) => a.architecture);
/** The fitted runs' domain, as the architect's model and the paper's predictors store it. */
const domain = taskDomain(architectExamples(v3Runs, dataset));
const choices = scenarioChoices(dataset);
/** The v3 harness, run once for the examples that need it (it takes seconds). */
let v3Report: ValidationReport | undefined;
const v3 = () => (v3Report ??= validate(dataset, "v3"));
const defaults = parseScenario({}, choices).scenario;

/** A plan as planPilots returns it, for the planner's sentences: hybrid on 30 tasks reaches an 85% target. */
const exampleOption = { design: "hybrid", tasks: 30, withSingle: true, pilotCost: 2.71, chance: 0.913, chanceSe: 0.006, expectedLoss: 0.0399, expectedLossSe: 0.001 };
const examplePlan: PilotPlan = {
  rule: "confidence",
  valuePerSuccess: null,
  lossUnit: "share",
  target: 0.9,
  draws: 2000,
  seed: 2512,
  now: { call: "single", chance: 0.343, chanceSe: 0.0075, expectedLoss: 0.091, expectedLossSe: 0.0025 },
  options: [exampleOption],
  maxPilotCost: null,
  choice: { kind: "plan", option: exampleOption },
};

type ExampleCase = { file: string; example: string; check: () => void };

const CASES: ExampleCase[] = [
  // lib/model/stats
  { file: "lib/model/stats/normal.ts", example: "normalQuantile(0.95) // 1.96", check: () => assert.equal(normalQuantile(0.95), 1.96) },
  {
    file: "lib/model/stats/least-squares.ts",
    example: "leastSquares([[1, 0], [1, 1], [1, 2]], [1, 3, 5]).coefficients // [1, 2] (to 1e-12)",
    check: () => within(leastSquares([[1, 0], [1, 1], [1, 2]], [1, 3, 5]).coefficients, [1, 2], 1e-12),
  },
  { file: "lib/model/stats/standardize.ts", example: "fitScaler([[1], [3]]) // { means: [2], sds: [1] }", check: () => assert.deepEqual(fitScaler([[1], [3]]), { means: [2], sds: [1] }) },
  {
    file: "lib/model/stats/ridge.ts",
    example: "fitRidge([[1, 0], [1, 1], [1, 2]], [1, 3, 5], [0, 0]).coefficients // [1, 2] (to 1e-12)",
    check: () => within(fitRidge([[1, 0], [1, 1], [1, 2]], [1, 3, 5], [0, 0]).coefficients, [1, 2], 1e-12),
  },
  {
    file: "lib/model/stats/ridge.ts",
    example: "ridgeFromGram({ xtx: [[3, 3], [3, 5]], xty: [9, 13] }, [0, 0]) // [1, 2] (to 1e-12)",
    // The Gram of the fitRidge example's design: X'X = [[3, 3], [3, 5]], X'y = [9, 13].
    check: () => within(ridgeFromGram({ xtx: [[3, 3], [3, 5]], xty: [9, 13] }, [0, 0]), [1, 2], 1e-12),
  },
  {
    file: "lib/model/stats/linear.ts",
    example: "solveSpd([[4, 2], [2, 3]], [[2], [1]]) // [[0.5], [0]]",
    // By hand: 4·0.5 + 2·0 = 2 and 2·0.5 + 3·0 = 1.
    check: () => within(solveSpd([[4, 2], [2, 3]], [[2], [1]]).flat(), [0.5, 0], 1e-12),
  },
  {
    file: "lib/model/decide/recommend.ts",
    example: "breakEven((P) => 0.3 - P) // 0.3 (to 1e-12)",
    check: () => within([breakEven((P) => 0.3 - P) ?? Number.NaN], [0.3], 1e-12),
  },
  {
    file: "lib/model/stats/linear.ts",
    example: "solveSpdShifted([[3, 2], [2, 2]], [1, 1], [2, 1]) // [0.5, 0]",
    check: () => within(solveSpdShifted([[3, 2], [2, 2]], [1, 1], [2, 1]), [0.5, 0], 1e-12),
  },
  { file: "lib/model/predict/fusion.ts", example: "noiseRate(0, 5) // ≈ 0.143", check: () => approx(noiseRate(0, 5), "0.143") },
  {
    file: "lib/model/predict/fusion.ts",
    example: "condition({ mean: [0.5], cov: [[0.01]] }, [[1]], [0.7], [[0.01]]).mean // [0.6]",
    // Equal precisions: the posterior mean is the average of 0.5 and 0.7.
    check: () => within(condition({ mean: [0.5], cov: [[0.01]] }, [[1]], [0.7], [[0.01]]).mean, [0.6], 1e-12),
  },
  {
    file: "lib/model/decide/paired-draws.ts",
    example: "pairedCells(0.5, 0.5, 0.5) // { both: 0.375, firstOnly: 0.125, secondOnly: 0.125, neither: 0.375 }",
    // By hand: 0.25 + 0.5·sqrt(0.25·0.25) = 0.375; each marginal 0.5 = 0.375 + 0.125.
    check: () => assert.deepEqual(pairedCells(0.5, 0.5, 0.5), { both: 0.375, firstOnly: 0.125, secondOnly: 0.125, neither: 0.375 }),
  },
  {
    file: "lib/model/decide/paired-draws.ts",
    example: "secondGivenFirst(0.5, 0.5, 0.5) // { givenSolved: 0.75, givenFailed: 0.25 }",
    check: () => assert.deepEqual(secondGivenFirst(0.5, 0.5, 0.5), { givenSolved: 0.75, givenFailed: 0.25 }),
  },
  {
    file: "lib/model/decide/paired-draws.ts",
    example: "choleskyFactor([[4, 2], [2, 2]]) // [[2, 0], [1, 1]]",
    check: () => assert.deepEqual(choleskyFactor([[4, 2], [2, 2]]), [[2, 0], [1, 1]]),
  },
  {
    file: "lib/model/decide/plan.ts",
    example: "singleJoins({ mean: [0.4], cov: [[0.0016]] }, 100) // false (SD 0.04 ≤ sqrt(0.24/100) = 0.049)",
    check: () => assert.equal(singleJoins({ mean: [0.4], cov: [[0.0016]] }, 100), false),
  },
  {
    file: "lib/model/architect/fit.ts",
    example: 'errorCorrelation([0.1, 0.1, -0.2, -0.2], [0, 0, 1, 1], ["a", "b", "a", "b"]) // 0.99 (perfectly correlated, clipped)',
    check: () => assert.equal(errorCorrelation([0.1, 0.1, -0.2, -0.2], [0, 0, 1, 1], ["a", "b", "a", "b"]), 0.99),
  },
  {
    file: "lib/scenario/pilots.ts",
    example: 'decodePilots("2*gpt-5-mini_single.1.12.30_centralized.4.15.30*gpt-5-nano_paired", choices, "gpt-5-mini") // { ok: true, pilots: [single 12/30 of gpt-5-mini, centralized 4 agents 15/30 of gpt-5-nano], both paired }',
    check: () =>
      assert.deepEqual(decodePilots("2*gpt-5-mini_single.1.12.30_centralized.4.15.30*gpt-5-nano_paired", pilotChoices(choices), "gpt-5-mini"), {
        ok: true,
        pilots: [
          { architecture: "single", agents: 1, tasks: 30, solved: 12, paired: true, model: "gpt-5-mini" },
          { architecture: "centralized", agents: 4, tasks: 30, solved: 15, paired: true, model: "gpt-5-nano" },
        ],
      }),
  },
  {
    file: "lib/scenario/pilots.ts",
    example: 'encodePilots([{ architecture: "single", agents: 1, tasks: 30, solved: 12, paired: false, model: "gpt-5-mini" }]) // "2*gpt-5-mini_single.1.12.30"',
    check: () => assert.equal(encodePilots([{ architecture: "single", agents: 1, tasks: 30, solved: 12, paired: false, model: "gpt-5-mini" }]), "2*gpt-5-mini_single.1.12.30"),
  },
  {
    file: "lib/scenario/pilots.ts",
    example: 'pilotsFromCli(["single:12/30", "centralized:4:15/30"], true, choices) // { ok: true, pilots: [...] } (paired)',
    // The same pilots as a version 1 link: the CLI form and the link form decode alike (both name no model).
    check: () => assert.deepEqual(pilotsFromCli(["single:12/30", "centralized:4:15/30"], true, pilotChoices(choices)), decodePilots("1_single.1.12.30_centralized.4.15.30_paired", pilotChoices(choices))),
  },
  {
    file: "lib/scenario/pilots.ts",
    example: 'pilotModelId("anthropic/claude-sonnet-4-5-20250929", ["gpt-5-mini", "claude-sonnet-4-5"]) // "claude-sonnet-4-5"',
    check: () => assert.equal(pilotModelId("anthropic/claude-sonnet-4-5-20250929", ["gpt-5-mini", "claude-sonnet-4-5"]), "claude-sonnet-4-5"),
  },
  { file: "lib/scenario/pilots.ts", example: 'pilotModelId("ollama/gemma3", ["gpt-5-mini"]) // "gemma3"', check: () => assert.equal(pilotModelId("ollama/gemma3", ["gpt-5-mini"]), "gemma3") },
  {
    file: "lib/views/plan-text.ts",
    example:
      'planSentence(plan, (d) => d) // "Pilot hybrid on 30 tasks, with the single agent on the same tasks ($2.71): then the call is right with 91% chance (target 90%), against 34% now; it is then expected to give up 4.0 points of success against the best design."',
    check: () =>
      assert.equal(
        planSentence(examplePlan, (d) => d),
        "Pilot hybrid on 30 tasks, with the single agent on the same tasks ($2.71): then the call is right with 91% chance (target 90%), against 34% now; it is then expected to give up 4.0 points of success against the best design.",
      ),
  },
  {
    file: "lib/views/plan-text.ts",
    example:
      'planMethodText(plan) // "How sure: the chance the call is right (a multi-agent call is right when that design beats the single agent, a single-agent call when no multi-agent design beats it); now, exactly as the recommendation gives it; after a pilot, by simulating 2000 draws of the true rates from the model combined with your pilots (seed 2512; ± its Monte Carlo SE). Expected loss: what the call gives up against the best design."',
    check: () =>
      assert.equal(
        planMethodText(examplePlan),
        "How sure: the chance the call is right (a multi-agent call is right when that design beats the single agent, a single-agent call when no multi-agent design beats it); now, exactly as the recommendation gives it; after a pilot, by simulating 2000 draws of the true rates from the model combined with your pilots (seed 2512; ± its Monte Carlo SE). Expected loss: what the call gives up against the best design.",
      ),
  },
  {
    file: "lib/views/plan-text.ts",
    example: 'settlingPilot(plan, (d) => d) // "hybrid on 30 tasks, with the single agent on the same tasks ($2.71)"',
    check: () => assert.equal(settlingPilot(examplePlan, (d) => d), "hybrid on 30 tasks, with the single agent on the same tasks ($2.71)"),
  },
  { file: "lib/views/plan-text.ts", example: 'lossText({ lossUnit: "share" }, 0.04) // "4.0 points of success"', check: () => assert.equal(lossText({ lossUnit: "share" }, 0.04), "4.0 points of success") },
  { file: "lib/model/architect/gain-weight.ts", example: "shrinkGain(0.4, 0.6, 0.5) // 0.5", check: () => assert.equal(shrinkGain(0.4, 0.6, 0.5), 0.5) },
  {
    file: "lib/model/architect/gain-weight.ts",
    example: "fitGainWeight([{ measured: 0.5, baseline: 0.4, predicted: 0.6 }, { measured: 0.4, baseline: 0.4, predicted: 0.6 }]) // 0.25",
    // Σ g r / Σ g² = (0.2·0.1 + 0.2·0) / (0.04 + 0.04) = 0.25.
    check: () => approx(fitGainWeight([{ measured: 0.5, baseline: 0.4, predicted: 0.6 }, { measured: 0.4, baseline: 0.4, predicted: 0.6 }]), "0.25"),
  },
  { file: "lib/model/decide/odds.ts", example: "normalCdf(1.6448536269514722) // ≈ 0.95", check: () => approx(normalCdf(1.6448536269514722), "0.95") },
  {
    file: "lib/model/decide/odds.ts",
    example: "chanceAbove({ mean: [0.5, 0.6], cov: [[0.01, 0.005], [0.005, 0.01]] }, 1, 0) // ≈ 0.841 (z = 0.1 / 0.1)",
    check: () => approx(chanceAbove({ mean: [0.5, 0.6], cov: [[0.01, 0.005], [0.005, 0.01]] }, 1, 0), "0.841"),
  },
  {
    file: "lib/model/decide/odds.ts",
    example: "winnerShares({ mean: [0, 1], cov: [[1e-6, 0], [0, 1e-6]] }, (t) => (t[1]! > t[0]! ? 1 : 0)) // [0, 1]",
    check: () => assert.deepEqual(winnerShares({ mean: [0, 1], cov: [[1e-6, 0], [0, 1e-6]] }, (t) => ((t[1] as number) > (t[0] as number) ? 1 : 0)), [0, 1]),
  },
  { file: "lib/model/decide/odds.ts", example: "bestByNetValue(Float64Array.from([0.5, 0.6]), 1, [0.01, 0.2]) // 0 (0.49 against 0.40)", check: () => assert.equal(bestByNetValue(Float64Array.from([0.5, 0.6]), 1, [0.01, 0.2]), 0) },
  { file: "lib/model/decide/odds.ts", example: "bestBySuccess(Float64Array.from([0.5, 0.5, 0.4])) // 0", check: () => assert.equal(bestBySuccess(Float64Array.from([0.5, 0.5, 0.4])), 0) },
  {
    file: "lib/model/decide/odds.ts",
    example: "breakEvenValue({ success: 0.5, costUsd: 0.01 }, { success: 0.6, costUsd: 0.05 }) // 0.4 (to 1e-12)",
    check: () => within([breakEvenValue({ success: 0.5, costUsd: 0.01 }, { success: 0.6, costUsd: 0.05 }) ?? Number.NaN], [0.4], 1e-12),
  },
  {
    file: "lib/model/decide/odds.ts",
    example:
      "valueBands([{ success: 0.5, costUsd: 0.01 }, { success: 0.6, costUsd: 0.05 }, { success: 0.65, costUsd: 0.3 }]) // [{ index: 0, fromUsd: 0, toUsd: 0.4 }, { index: 1, fromUsd: 0.4, toUsd: 5 }, { index: 2, fromUsd: 5, toUsd: null }] (to 1e-12)",
    check: () => {
      const bands = valueBands([{ success: 0.5, costUsd: 0.01 }, { success: 0.6, costUsd: 0.05 }, { success: 0.65, costUsd: 0.3 }]);
      assert.deepEqual(bands.map((b) => b.index), [0, 1, 2]);
      within(bands.map((b) => b.fromUsd), [0, 0.4, 5], 1e-12);
      within(bands.slice(0, 2).map((b) => b.toUsd ?? Number.NaN), [0.4, 5], 1e-12);
      assert.equal(bands[2]?.toUsd, null);
    },
  },
  { file: "lib/model/decide/rule.ts", example: 'verdictOf(0.95, 0.9) // "better"', check: () => assert.equal(verdictOf(0.95, 0.9), "better") },
  {
    file: "lib/model/decide/rule.ts",
    example: "callChance({ mean: [0.5, 0.6], cov: [[0.01, 0.005], [0.005, 0.01]] }, 1, null, [0.01, 0.05]) // ≈ 0.841",
    check: () => approx(callChance({ mean: [0.5, 0.6], cov: [[0.01, 0.005], [0.005, 0.01]] }, 1, null, [0.01, 0.05]), "0.841"),
  },
  { file: "lib/model/decide/rule.ts", example: "valueCall([0.5, 0.6], [0.01, 0.05], 1) // 1 (0.55 against 0.49)", check: () => assert.equal(valueCall([0.5, 0.6], [0.01, 0.05], 1), 1) },
  {
    file: "lib/model/decide/rule.ts",
    example: "confidenceCall({ mean: [0.5, 0.6], cov: [[0.01, 0.005], [0.005, 0.01]] }, [0.01, 0.05], 0.8) // { contender: 1, call: 1, beats: [null, ≈ 0.841] }",
    check: () => {
      const c = confidenceCall({ mean: [0.5, 0.6], cov: [[0.01, 0.005], [0.005, 0.01]] }, [0.01, 0.05], 0.8);
      assert.deepEqual([c.contender, c.call, c.beats[0]], [1, 1, null]);
      approx(c.beats[1] ?? undefined, "0.841");
    },
  },
  { file: "lib/model/architect/benchmark-effects.ts", example: "matchesTask({ tools: 3, decomposability: 0.75 }, { tools: 3, decomposability: 0.7 }) // true", check: () => assert.equal(matchesTask({ tools: 3, decomposability: 0.75 }, { tools: 3, decomposability: 0.7 }), true) },
  {
    file: "lib/model/architect/benchmark-effects.ts",
    example: 'matchingBenchmarks(models.architect, { tools: 3, decomposability: 0.75 }) // ["browsecomp-plus"]',
    check: () => assert.deepEqual(matchingBenchmarks(fitModels(dataset).architect, { tools: 3, decomposability: 0.75 }), ["browsecomp-plus"]),
  },
  {
    file: "lib/views/decision-rows.ts",
    example: 'decisionTable(score).columns[0] // "single vs multi right"',
    check: () => {
      const runs = v3().runs;
      const scores = validateDecisions(runs, cachedEvidenceValidation(dataset).rows, dataset);
      assert.equal(decisionTable(scores.listed.kimLoboPilot).columns[0], "single vs multi right");
    },
  },
  {
    file: "lib/scenario/pilots.ts",
    example:
      'pilotsFromRunLog({ designs: [{ architecture: "single", agents: 1, tasks: 20, solved: 9, means: { turns: 7 } }], paired: false }, [], { model: "gpt-5-mini", models: [] }) // [{ architecture: "single", agents: 1, tasks: 20, solved: 9, paired: false, measured: { turns: 7 }, model: "gpt-5-mini" }]',
    check: () =>
      assert.deepEqual(pilotsFromRunLog({ designs: [{ architecture: "single", agents: 1, tasks: 20, solved: 9, means: { turns: 7 } }], paired: false }, [], { model: "gpt-5-mini", models: [] }), [
        { architecture: "single", agents: 1, tasks: 20, solved: 9, paired: false, measured: { turns: 7 }, model: "gpt-5-mini" },
      ]),
  },
  {
    file: "lib/views/pilots-text.ts",
    example:
      'otherPilotsNotice([{ architecture: "single", agents: 1, tasks: 30, solved: 17, paired: false, model: "gpt-5-mini" }], "gpt-5-nano", (m) => m) // "1 pilot ran with gpt-5-mini, not gpt-5-nano (the model you predict for): it is shown, not fused. Predict for gpt-5-mini to fuse it."',
    check: () =>
      assert.equal(
        otherPilotsNotice([{ architecture: "single", agents: 1, tasks: 30, solved: 17, paired: false, model: "gpt-5-mini" }], "gpt-5-nano", (m) => m),
        "1 pilot ran with gpt-5-mini, not gpt-5-nano (the model you predict for): it is shown, not fused. Predict for gpt-5-mini to fuse it.",
      ),
  },
  {
    file: "lib/views/compare.ts",
    example:
      'compareModelWarning({ model: "gpt-5-mini", pilots: [pilot], otherPilots: [] }, { model: "gpt-5-nano", pilots: [], otherPilots: [pilot] }, (m) => m) // "A and B predict for different models (A gpt-5-mini, B gpt-5-nano): the difference is partly the model\'s. Pilots of gpt-5-mini are fused in A only; B shows them without fusing."',
    check: () => {
      const pilot = { architecture: "single", agents: 1, tasks: 30, solved: 17, paired: false, model: "gpt-5-mini" };
      assert.equal(
        compareModelWarning({ model: "gpt-5-mini", pilots: [pilot], otherPilots: [] }, { model: "gpt-5-nano", pilots: [], otherPilots: [pilot] }, (m) => m),
        "A and B predict for different models (A gpt-5-mini, B gpt-5-nano): the difference is partly the model's. Pilots of gpt-5-mini are fused in A only; B shows them without fusing.",
      );
    },
  },
  { file: "lib/model/predict/pilots.ts", example: 'pilotAgentRange("hybrid") // [3, 16]', check: () => assert.deepEqual(pilotAgentRange("hybrid"), [3, 16]) },
  {
    file: "lib/cli/run-logs.ts",
    example: 'parseRunsValue("team.eval=centralized:4", { centralized: 4 }) // { ok: true, spec: { path: "team.eval", design: { architecture: "centralized", agents: 4 }, model: null } }',
    check: () => assert.deepEqual(parseRunsValue("team.eval=centralized:4", { centralized: 4 }), { ok: true, spec: { path: "team.eval", design: { architecture: "centralized", agents: 4 }, model: null } }),
  },
  {
    file: "lib/views/pilots-text.ts",
    example: 'pilotsSentence([{ architecture: "single", agents: 1, tasks: 30, solved: 12, paired: false }], (a) => a) // "Measured on your task: single, 1 agent, 12 of 30 tasks (40%). Every figure combines it with the model (fused: the model\'s joint prediction of every design, conditioned on what was measured)."',
    check: () =>
      assert.equal(pilotsSentence([{ architecture: "single", agents: 1, tasks: 30, solved: 12, paired: false }], (a) => a), "Measured on your task: single, 1 agent, 12 of 30 tasks (40%). Every figure combines it with the model (fused: the model's joint prediction of every design, conditioned on what was measured)."),
  },
  {
    file: "lib/model/validation/permutation.ts",
    example: "permutations([1, 2, 3]).length // 6",
    check: () => assert.equal(permutations([1, 2, 3]).length, 6),
  },
  {
    file: "lib/model/stats/random-intercepts-fit.ts",
    example: 'estimateRandomEffects([0.1, 0.1, -0.1, -0.1], ["a", "a", "b", "b"]).betweenVariance // 0.01 (to 1e-12)',
    check: () => within([estimateRandomEffects([0.1, 0.1, -0.1, -0.1], ["a", "a", "b", "b"]).betweenVariance], [0.01], 1e-12),
  },
  {
    file: "lib/model/stats/random-intercepts-fit.ts",
    example: "scaleFromErrors([0.1, -0.1, 0.2, -0.2]) // ≈ 0.122",
    // By hand: the 90th percentile of |errors| = [0.1, 0.1, 0.2, 0.2] is 0.2; 0.2 / 1.6449 = 0.1216.
    check: () => approx(scaleFromErrors([0.1, -0.1, 0.2, -0.2]), "0.122"),
  },
  { file: "lib/model/stats/random.ts", example: "seededRandom(1)() // 0.6270739405881613", check: () => assert.equal(seededRandom(1)(), 0.6270739405881613) },
  { file: "lib/model/stats/cross-validation.ts", example: "rSquared([1, 2, 3], [1, 2, 4]) // 0.5", check: () => assert.equal(rSquared([1, 2, 3], [1, 2, 4]), 0.5) },

  // lib/model/paper
  {
    file: "lib/model/paper/model.ts",
    example: "predictPaper(v3Model, gpt5CentralizedOnFinance) // ≈ 0.51",
    check: () => {
      const examples = paperExamples(v3Runs, dataset);
      const run = examples.find((e) => e.run.benchmark === "finance-agent" && e.run.architecture === "centralized" && e.run.model === "gpt-5");
      assert.ok(run, "the v3 runs hold GPT-5 centralized on Finance-Agent");
      approx(predictPaper(fitPaperModel(examples), run.input), "0.51");
    },
  },
  { file: "lib/model/paper/fit.ts", example: "fitPaperModel(paperExamples(v2Runs, dataset)).rank // 17", check: () => assert.equal(fitPaperModel(paperExamples(v2Runs, dataset)).rank, 17) },
  {
    file: "lib/model/paper/reproduce.ts",
    example: 'reproducePaperFit(dataset, "v2").r2CvMean // 0.5241 (to 4 decimals)',
    check: () => approx(reproducePaperFit(dataset, "v2").r2CvMean, "0.5241"),
  },

  // lib/model/validation
  {
    file: "lib/model/validation/decisions.ts",
    example: "decisionScores(v3Runs, measuredRates, architectures) // { groups: 52, exactBest: 52, singleVsMulti: 52 }",
    check: () => assert.deepEqual(decisionScores(v3Runs, v3Runs.map((r) => r.success_rate), architectures), { groups: 52, exactBest: 52, singleVsMulti: 52 }),
  },
  { file: "lib/model/validation/noise.ts", example: "noiseFloor(v3Runs, dataset).maeMas // ≈ 0.052", check: () => approx(noiseFloor(v3Runs, dataset).maeMas, "0.052") },
  {
    file: "lib/model/validation/noise.ts",
    example: "decisionNoiseCeiling(v3Runs, dataset, architectures).mean // ≈ 0.84",
    check: () => approx(decisionNoiseCeiling(v3Runs, dataset, architectures).mean, "0.84"),
  },
  {
    file: "lib/model/validation/harness.ts",
    example: 'validate(dataset, "v3").models.find((m) => m.key === "paper")?.maeLoboMas // ≈ 0.165',
    check: () => approx(v3().models.find((m) => m.key === "paper")?.maeLoboMas, "0.165"),
  },
  { file: "lib/model/validation/pilot-vs-model.ts", example: "pilotExpectedError(0.4, 10) // ≈ 0.124", check: () => approx(pilotExpectedError(0.4, 10), "0.124") },
  {
    file: "lib/model/validation/pilot-vs-model.ts",
    example: "pilotTasksToBeat(0.11) // 13 (at p = 0.4: 0.8·sqrt(0.24/13) = 0.108, at 12 tasks 0.113)",
    check: () => {
      assert.equal(pilotTasksToBeat(0.11), 13);
      approx(pilotExpectedError(0.4, 13), "0.108", "13 tasks");
      approx(pilotExpectedError(0.4, 12), "0.113", "12 tasks");
    },
  },
  {
    file: "lib/model/validation/trust.ts",
    example: 'trustFigures(validate(dataset, "v3"), validateEvidence(dataset, agents), architectures, decisions).pilot.tasks // 17',
    check: () => {
      const evidence = validateEvidence(dataset, measuredAgentsOf(dataset));
      assert.equal(trustFigures(v3(), evidence, architectures, validateDecisions(v3().runs, evidence.rows, dataset)).pilot.tasks, 17);
    },
  },
  { file: "lib/model/validation/pooled.ts", example: "undercovered({ rows: 36, coverage: 0.556 }) // true", check: () => assert.equal(undercovered({ rows: 36, coverage: 0.556 }), true) },

  // lib/model/predict
  { file: "lib/model/predict/agent-count.ts", example: "turnsAt(1) // ≈ 5.47", check: () => approx(turnsAt(1), "5.47") },
  { file: "lib/model/predict/agent-count.ts", example: "overheadAt(4) // ≈ 5.65", check: () => approx(overheadAt(4), "5.65") },
  {
    file: "lib/model/predict/agent-count.ts",
    example: "gainAtAgents(0.1, 4, 6) // ≈ 0.11 (the peak); gainAtAgents(-0.2, 3, 16) // ≈ -0.57",
    check: () => {
      approx(gainAtAgents(0.1, 4, 6), "0.11");
      approx(gainAtAgents(-0.2, 3, 16), "-0.57");
      for (const n of [5, 7]) assert.ok(gainAtAgents(0.1, 4, n) < gainAtAgents(0.1, 4, 6), `6 agents is the peak, not ${n}`);
    },
  },
  {
    file: "lib/model/predict/agent-count.ts",
    example: "gainScale(0.1, 4, 6) // ≈ 1.10; gainScale(-0.2, 3, 16) // ≈ 2.83",
    check: () => {
      approx(gainScale(0.1, 4, 6), "1.10");
      approx(gainScale(-0.2, 3, 16), "2.83");
    },
  },
  { file: "lib/model/predict/agent-count.ts", example: "agentCountSd(0.1, 4, 8) // ≈ 0.055", check: () => approx(agentCountSd(0.1, 4, 8), "0.055") },
  {
    file: "lib/model/predict/agent-count.ts",
    example: "atAgents({ mean: 0.4, variance: 0 }, { mean: 0.5, variance: 0.01 }, 0, 4, 6) // { mean: ≈ 0.51, sd: ≈ 0.12 }",
    check: () => {
      const at = atAgents({ mean: 0.4, variance: 0 }, { mean: 0.5, variance: 0.01 }, 0, 4, 6);
      approx(at.mean, "0.51", "mean");
      approx(at.sd, "0.12", "sd");
    },
  },
  {
    file: "lib/model/predict/extrapolation.ts",
    example: 'extrapolationReasons(domain, { tools: 40, ... })[0] // { kind: "outside", input: "tools", value: 40, range: [2, 16] }',
    check: () => {
      // "...": every other input inside the runs' ranges, at the architecture's measured agent count.
      const reasons = extrapolationReasons(domain, { tools: 40, decomposability: 0.5, capability: 60, baseline: null, architecture: "centralized", agents: 4, measuredAgents: 4 });
      assert.deepEqual(reasons[0], { kind: "outside", input: "tools", value: 40, range: [2, 16] });
    },
  },
  {
    file: "lib/model/predict/extrapolation.ts",
    example: "distanceOutside(domain, { tools: 40, decomposability: 0.5, capability: 60, baseline: null }) // ≈ 0.51",
    // By hand: (ln 41 - ln 17) / (ln 17 - ln 3) = (3.7136 - 2.8332) / (2.8332 - 1.0986) = 0.8804 / 1.7346 = 0.5075.
    check: () => approx(distanceOutside(domain, { tools: 40, decomposability: 0.5, capability: 60, baseline: null }), "0.51"),
  },
  { file: "lib/model/predict/fitted-models.ts", example: 'versionKey("e1813ac7a384") // "e1813ac7a384.4"', check: () => assert.equal(versionKey("e1813ac7a384"), "e1813ac7a384.4") },
  { file: "lib/bench/ratio-table.ts", example: "figureRatio({ value: 50, reference: 200 }) // 0.25", check: () => assert.equal(figureRatio({ value: 50, reference: 200 }), 0.25) },
  {
    file: "lib/bench/ratio-table.ts",
    example: 'targetMet({ value: 0.4, reference: null, better: "lower", target: { on: "value", bound: 0.5, text: "≤ 0.5 s" } }) // true',
    check: () => assert.equal(targetMet({ value: 0.4, reference: null, better: "lower", target: { on: "value", bound: 0.5, text: "≤ 0.5 s" } }), true),
  },
  { file: "lib/security/request-limits.ts", example: 'queryProblem("tools=8&decomp=0.6") // null', check: () => assert.equal(queryProblem("tools=8&decomp=0.6"), null) },
  { file: "lib/security/request-limits.ts", example: 'edgeAnswer("TRACE", "/")?.status // 405', check: () => assert.equal(edgeAnswer("TRACE", "/")?.status, 405) },
  {
    file: "lib/model/serving/disk-cache.ts",
    example: 'servedCacheFile("/c", "models", "e1813ac7a384", "3f2a") // "/c/models-e1813ac7a384.4-3f2a.json"',
    check: () => assert.equal(servedCacheFile("/c", "models", "e1813ac7a384", "3f2a"), "/c/models-e1813ac7a384.4-3f2a.json"),
  },
  { file: "lib/model/predict/prediction.ts", example: "pilotSd(0.5) // 0.05", check: () => assert.equal(pilotSd(0.5), 0.05) },

  // lib/model/architect
  {
    file: "lib/model/architect/features.ts",
    example: "architectFeatureValues({ tools: 3, decomposability: 0.5, capability: 60, baseline: 0.4 }, 58)\n// [0.4, 0.5, 1.386..., 0.2, 0.554..., 0, 0, 0]",
    check: () => {
      const values = architectFeatureValues({ tools: 3, decomposability: 0.5, capability: 60, baseline: 0.4 }, 58);
      assert.equal(values.length, 8);
      assert.deepEqual([values[0], values[1], values[3], values[5], values[6], values[7]], [0.4, 0.5, 0.2, 0, 0, 0]);
      // "1.386..." and "0.554...": the digits shown, the rest cut.
      assert.match(String(values[2]), /^1\.386\d/);
      assert.match(String(values[4]), /^0\.554\d/);
    },
  },
  {
    file: "lib/model/architect/baseline/predict.ts",
    example: "predictBaseline(model, { tools: 5, decomposability: 0.7, capability: 68 }) // { mean: ≈ 0.47, sd: ≈ 0.21 }",
    check: () => {
      const estimate = predictBaseline(fitModels(dataset).architect.baselineModel, { tools: 5, decomposability: 0.7, capability: 68 });
      approx(estimate.mean, "0.47", "mean");
      approx(estimate.sd, "0.21", "sd");
    },
  },

  // lib/model/cost
  {
    file: "lib/model/cost/design-cost.ts",
    example: 'designTurns({ architecture: "centralized", turnRatio: 27.7 / 7.2, agents: 4 }, 4, 7.2) // 27.7',
    check: () => assert.equal(designTurns({ architecture: "centralized", turnRatio: 27.7 / 7.2, agents: 4 }, 4, 7.2), 27.7),
  },
  {
    file: "lib/model/cost/design-cost.ts",
    example: "designCost(single, 1, 0.5, inputs).costUsd // 0.07524 for 7.2 turns of 3,000 in / 670 out at $1.25/$10, no cache",
    check: () => {
      const single = { architecture: "single", turnRatio: 1, agents: 1 };
      const inputs = { singleAgentTurns: 7.2, inputTokensPerTurn: 3000, outputTokensPerTurn: 670, cacheHitRate: 0, secondsPerTurn: 6, price: { input: 1.25, output: 10, cached: 0.125 } };
      // By hand: 21,600 in x $1.25 / 1e6 = 0.027; 4,824 out x $10 / 1e6 = 0.04824; sum 0.07524.
      assert.equal(designCost(single, 1, 0.5, inputs).costUsd, 0.07524);
    },
  },
  {
    file: "lib/model/cost/turn-ratios.ts",
    example: 'turnRatios(dataset).find((r) => r.architecture === "centralized") // { predicted: ≈ 3.85, measured: ≈ 0.78, ... }',
    check: () => {
      const centralized = turnRatios(dataset).find((r) => r.architecture === "centralized");
      approx(centralized?.predicted, "3.85", "predicted");
      approx(centralized?.measured, "0.78", "measured");
    },
  },
  {
    file: "lib/model/cost/prices.ts",
    example: 'modelPrices(dataset)["gpt-5-mini"] // { input: 0.25, output: 2, cached: 0.025, date: "2026-08-05", ... }',
    check: () => {
      const price = modelPrices(dataset)["gpt-5-mini"];
      assert.deepEqual([price?.input, price?.output, price?.cached, price?.date], [0.25, 2, 0.025, "2026-08-05"]);
    },
  },

  // lib/data, lib/scenario
  {
    file: "lib/data/csv.ts",
    example: 'parseCsv("a,b\\n1,2\\n", "data/x.csv", z.object({ a: numberCell(), b: numberCell() })) // { rows: [{ a: 1, b: 2 }], issues: [] }',
    check: () => assert.deepEqual(parseCsv("a,b\n1,2\n", "data/x.csv", z.object({ a: numberCell(), b: numberCell() })), { rows: [{ a: 1, b: 2 }], issues: [] }),
  },
  { file: "lib/data/cells.ts", example: 'numberCell({ min: 0, max: 1 }).parse("0.25") // 0.25', check: () => assert.equal(numberCell({ min: 0, max: 1 }).parse("0.25"), 0.25) },
  {
    file: "lib/data/cell-values.ts",
    example: 'describeNumber({ min: 1, max: 64, integer: true }) // "an integer in [1, 64]"',
    check: () => assert.equal(describeNumber({ min: 1, max: 64, integer: true }), "an integer in [1, 64]"),
  },
  { file: "lib/data/cell-values.ts", example: 'parseNumber("1e309", {}) // undefined (not finite)', check: () => assert.equal(parseNumber("1e309", {}), undefined) },
  { file: "lib/data/cell-values.ts", example: 'isDecimalText("-1.5e-3") // true', check: () => assert.equal(isDecimalText("-1.5e-3"), true) },
  { file: "lib/data/cell-values.ts", example: 'isCalendarDate("2026-02-30") // false', check: () => assert.equal(isCalendarDate("2026-02-30"), false) },
  { file: "lib/data/csv.ts", example: 'normalizeDataText("\\uFEFFa,b\\r\\n1,2\\r\\n") // "a,b\\n1,2\\n"', check: () => assert.equal(normalizeDataText("\uFEFFa,b\r\n1,2\r\n"), "a,b\n1,2\n") },
  {
    file: "lib/security/csp.ts",
    example: 'contentSecurityPolicy({ nonce: "abc", scriptHashes: [], development: false }).split("; ")[1] // "script-src \'self\' \'nonce-abc\'"',
    check: () => assert.equal(contentSecurityPolicy({ nonce: "abc", scriptHashes: [], development: false }).split("; ")[1], "script-src 'self' 'nonce-abc'"),
  },
  {
    file: "lib/security/csp.ts",
    example: 'inlineScripts(\'<script>a()</script><script src="/x.js"></script><script type="application/json">{}</script>\') // ["a()"]',
    check: () => assert.deepEqual(inlineScripts('<script>a()</script><script src="/x.js"></script><script type="application/json">{}</script>'), ["a()"]),
  },
  { file: "lib/views/calculator-charts.ts", example: "plotCost(0) // 0.000001", check: () => assert.equal(plotCost(0), 0.000001) },
  {
    file: "lib/views/calculator-charts.ts",
    example:
      'costFloorNote([{ costUsd: 0 }, { costUsd: 0.02 }], 0) // "1 design costs less than $0.000001 per task (zero prices or tokens) and is drawn at $0.000001: a log scale has no zero. Your budget of $0 per task is drawn there too."',
    check: () =>
      assert.equal(
        costFloorNote([{ costUsd: 0 }, { costUsd: 0.02 }], 0),
        "1 design costs less than $0.000001 per task (zero prices or tokens) and is drawn at $0.000001: a log scale has no zero. Your budget of $0 per task is drawn there too.",
      ),
  },
  { file: "lib/model/paper/published-check.ts", example: 'isPublishedTerm("logN") // false', check: () => assert.equal(isPublishedTerm("logN"), false) },
  {
    file: "lib/scenario/fields.ts",
    example: 'numberField({ min: 1, max: 64, integer: true }).parse("12") // 12',
    check: () => assert.equal(numberField({ min: 1, max: 64, integer: true }).parse("12"), 12),
  },
  {
    file: "lib/scenario/url.ts",
    example: 'scenarioUrlValues({ ...defaults, tools: 8 }, choices) // { tools: "8", decomposability: null, ... }',
    check: () => {
      const values = scenarioUrlValues({ ...defaults, tools: 8 }, choices);
      // "...": every other parameter is at its default, so null as well.
      assert.deepEqual(values, { ...Object.fromEntries(Object.keys(values).map((key) => [key, null])), tools: "8" });
    },
  },
  {
    file: "lib/scenario/patch.ts",
    example: 'applyPatch({ tools: 8 }, { architecture: "single", agents: null }, choices).urlState // { tools: 8, architecture: "single", agents: null, ... }',
    check: () => {
      const { urlState } = applyPatch({ tools: 8 }, { architecture: "single", agents: null }, choices);
      // "...": every other parameter is at its default, so null as well.
      assert.deepEqual(urlState, { ...Object.fromEntries(Object.keys(urlState).map((key) => [key, null])), tools: 8, architecture: "single", agents: null });
    },
  },

  // lib/views, lib/cli, lib/format, lib/bench, lib/process-cache.ts
  {
    file: "lib/views/notices.ts",
    example: `linkNotices([{ key: "tools", message: 'expected an integer in [0, 64], got "abc"' }], scenario, null, "e1.1")\n// ['Tools: expected an integer in [0, 64], got "abc". Showing 5 instead.']`,
    check: () =>
      assert.deepEqual(linkNotices([{ key: "tools", message: 'expected an integer in [0, 64], got "abc"' }], defaults, null, "e1.1"), ['Tools: expected an integer in [0, 64], got "abc". Showing 5 instead.']),
  },
  {
    file: "lib/cli/text-table.ts",
    example: 'formatTextTable([{ header: "a", align: "left" }], [["x"]]) // "a\\n─\\nx"',
    check: () => assert.equal(formatTextTable([{ header: "a", align: "left" }], [["x"]]), "a\n─\nx"),
  },
  { file: "lib/format/numbers.ts", example: 'formatFixed(-0.40427, 4) // "−0.4043"', check: () => assert.equal(formatFixed(-0.40427, 4), "\u22120.4043") },
  { file: "lib/format/numbers.ts", example: 'formatP(0.0000044) // "<0.001"', check: () => assert.equal(formatP(0.0000044), "<0.001") },
  { file: "lib/format/numbers.ts", example: 'formatP(0.0532) // "0.053"', check: () => assert.equal(formatP(0.0532), "0.053") },
  { file: "lib/format/numbers.ts", example: 'formatPercent(0.4633, 1) // "46.3%"', check: () => assert.equal(formatPercent(0.4633, 1), "46.3%") },
  { file: "lib/format/numbers.ts", example: 'wholePercent(0.4633) // "46%"', check: () => assert.equal(wholePercent(0.4633), "46%") },
  { file: "lib/colour/srgb.ts", example: 'hexToRgb("#ff8000") // ≈ [1, 0.50196, 0]', check: () => assert.deepEqual(hexToRgb("#ff8000").map((c) => Number(c.toFixed(5))), [1, 0.50196, 0]) },
  { file: "lib/colour/srgb.ts", example: 'relativeLuminance(hexToRgb("#777777")) // ≈ 0.1845', check: () => assert.equal(relativeLuminance(hexToRgb("#777777")).toFixed(4), "0.1845") },
  { file: "lib/colour/srgb.ts", example: 'contrastRatio("#777777", "#ffffff") // ≈ 4.48', check: () => assert.equal(contrastRatio("#777777", "#ffffff").toFixed(2), "4.48") },
  { file: "lib/colour/srgb.ts", example: "rgbToLab([1, 1, 1]) // ≈ [100, 0, 0]", check: () => assert.deepEqual(rgbToLab([1, 1, 1]).map((c) => Math.abs(Number(c.toFixed(2)))), [100, 0, 0]) },
  {
    file: "lib/colour/colour-vision.ts",
    example: 'simulateColourVision([1, 0, 0], "protanopia") // ≈ [0.42661, 0.37265, 0]',
    check: () => assert.deepEqual(simulateColourVision([1, 0, 0], "protanopia").map((c) => Number(c.toFixed(5))), [0.42661, 0.37265, 0]),
  },
  { file: "lib/colour/ciede2000.ts", example: "ciede2000([50, 2.6772, -79.7751], [50, 0, -82.7485]) // ≈ 2.0425", check: () => assert.equal(ciede2000([50, 2.6772, -79.7751], [50, 0, -82.7485]).toFixed(4), "2.0425") },
  { file: "lib/views/scenario-summary.ts", example: 'summaryNumber(0.5, "share of input") // "50.0%"', check: () => assert.equal(summaryNumber(0.5, "share of input"), "50.0%") },
  { file: "lib/views/scenario-summary.ts", example: 'summaryNumber(3000, "tokens") // "3,000 tokens"', check: () => assert.equal(summaryNumber(3000, "tokens"), "3,000 tokens") },
  {
    file: "lib/views/announcement.ts",
    example:
      'recommendationAnnouncement({ lead: "Centralized, 4 agents", successRate: 0.623, interval: [0.5, 0.71], costUsd: 0.04512, constraintMet: true, chance: 0.93 }) // "Recommendation: Centralized, 4 agents: 62% success (90% interval 50%-71%), $0.0451 per task; how sure: 93%."',
    check: () =>
      assert.equal(
        recommendationAnnouncement({ lead: "Centralized, 4 agents", successRate: 0.623, interval: [0.5, 0.71], costUsd: 0.04512, constraintMet: true, chance: 0.93 }),
        "Recommendation: Centralized, 4 agents: 62% success (90% interval 50%-71%), $0.0451 per task; how sure: 93%.",
      ),
  },
  { file: "lib/format/numbers.ts", example: 'formatUsd(0.012634) // "$0.0126"', check: () => assert.equal(formatUsd(0.012634), "$0.0126") },
  { file: "lib/format/numbers.ts", example: 'formatUsd(null) // "—"', check: () => assert.equal(formatUsd(null), "\u2014") },
  { file: "lib/format/numbers.ts", example: 'formatDuration(43.2) // "43 s"', check: () => assert.equal(formatDuration(43.2), "43 s") },
  {
    file: "lib/bench/measure.ts",
    example: 'measure("noop", () => {}, 100) // { name: "noop", runs: 100, medianMs: < 0.01, ... }',
    check: () => {
      const timing = measure("noop", () => {}, 100);
      assert.deepEqual([timing.name, timing.runs], ["noop", 100]);
      assert.ok(timing.medianMs < 0.01, `median ${timing.medianMs} ms`);
      assert.ok(timing.minMs <= timing.medianMs && timing.medianMs <= timing.p95Ms);
    },
  },
  {
    file: "lib/process-cache.ts",
    example: 'processCached("models", dataset.version, () => fitModels(dataset)) // fits once per data version; later calls return that fit',
    check: () => {
      const first = processCached("models", dataset.version, () => fitModels(dataset));
      const again = processCached("models", dataset.version, () => assert.fail("a second call must not fit again"));
      assert.equal(again, first);
      assert.equal(first.dataVersion, dataset.version);
    },
  },
  // lib/data: the evidence catalogs, the rubric, printed values
  {
    file: "lib/data/catalog-checks.ts",
    example: 'kimRows(dataset.benchmarkCatalog, isKimBenchmark, KimBenchmarkSchema, "data/benchmarks.csv").rows.length // 6',
    check: () => assert.equal(kimRows(dataset.benchmarkCatalog, isKimBenchmark, KimBenchmarkSchema, "data/benchmarks.csv").rows.length, 6),
  },
  {
    file: "lib/data/catalog-checks.ts",
    example: "rubricAnswersOf(workbenchRow).split // true",
    check: () => assert.equal(rubricAnswersOf(at(dataset.benchmarkCatalog.filter((b) => b.benchmark === "workbench"), 0)).split, true),
  },
  {
    file: "lib/data/decomposability-rubric.ts",
    example: "rubricProblems({ split: false, independent: null, mostWork: null, noSharedState: null, simpleJoin: null }) // []",
    check: () => assert.deepEqual(rubricProblems({ split: false, independent: null, mostWork: null, noSharedState: null, simpleJoin: null }), []),
  },
  {
    file: "lib/data/decomposability-rubric.ts",
    example: "decomposabilityScore({ split: true, independent: true, mostWork: true, noSharedState: true, simpleJoin: false }) // 0.75",
    check: () => assert.equal(decomposabilityScore({ split: true, independent: true, mostWork: true, noSharedState: true, simpleJoin: false }), 0.75),
  },
  {
    file: "lib/data/evidence-summary.ts",
    example: 'matchedSuccessCells(loadDataset()).filter((c) => c.study === "kim-2512.08296").length // 54',
    check: () => assert.equal(matchedSuccessCells(dataset).filter((c) => c.study === "kim-2512.08296").length, 54),
  },
  { file: "lib/data/evidence-summary.ts", example: "evidenceSummary(loadDataset()).studies // 11", check: () => assert.equal(evidenceSummary(dataset).studies, 11) },
  { file: "lib/data/printed-values.ts", example: 'shiftDecimalLeft("53.41", 2) // "0.5341"', check: () => assert.equal(shiftDecimalLeft("53.41", 2), "0.5341") },
  { file: "lib/data/printed-values.ts", example: 'shareFromPrinted("53.41±1.73", "percent") // 0.5341', check: () => assert.equal(shareFromPrinted("53.41±1.73", "percent"), 0.5341) },
  { file: "lib/data/study-schemas.ts", example: 'isMultiAgent("independent") // true', check: () => assert.equal(isMultiAgent("independent"), true) },
  // checked access and the pooled harness
  { file: "lib/model/stats/checked.ts", example: "at([0.2, 0.4], 1) // 0.4", check: () => assert.equal(at([0.2, 0.4], 1), 0.4) },
  { file: "lib/model/stats/checked.ts", example: 'got(new Map([["a", 1]]), "a") // 1', check: () => assert.equal(got(new Map([["a", 1]]), "a"), 1) },
  { file: "lib/model/stats/checked.ts", example: 'field({ centralized: 4 }, "centralized") // 4', check: () => assert.equal(field({ centralized: 4 }, "centralized"), 4) },
  {
    file: "lib/model/validation/pooled.ts",
    example: 'clusteredMae([0.1, 0.3, 0.2, 0.2], ["a", "a", "b", "b"]) // { mae: 0.2, se: 0, rows: 4, groups: 2 }',
    check: () => {
      const c = clusteredMae([0.1, 0.3, 0.2, 0.2], ["a", "a", "b", "b"]);
      within([c.mae, c.se, c.rows, c.groups], [0.2, 0, 4, 2], 1e-12);
    },
  },
  // lib/views: the evidence page
  {
    file: "lib/views/evidence-findings.ts",
    example: "findingsOf([cell]) // { matchedCells: 1, comparisons: 3, beat: 2, medianGainPoints: 10 }\n// where cell has baseline 0.5 and multi-agent designs at 0.6, 0.45 and 0.7",
    check: () => {
      const design = (successRate: number) => ({ method: "m", architecture: "centralized" as const, agents: 3, successRate });
      const f = findingsOf([{ study: "s", benchmark: "b", model: "x", baseline: 0.5, designs: [design(0.6), design(0.45), design(0.7)] }]);
      assert.deepEqual([f.matchedCells, f.comparisons, f.beat], [1, 3, 2]);
      approx(f.medianGainPoints ?? undefined, "10", "median gain");
    },
  },
  { file: "lib/views/evidence-findings.ts", example: 'signedPoints(2.35) // "+2.4 points"', check: () => assert.equal(signedPoints(2.35), "+2.4 points") },
  { file: "lib/views/evidence-findings.ts", example: 'signedPoints(-1) // "−1.0 points"', check: () => assert.equal(signedPoints(-1), "−1.0 points") },
  {
    file: "lib/views/evidence-findings.ts",
    example: "studyFindings(loadDataset(), counts)[0].findings.matchedCells // 54 (Kim et al.)",
    check: () => assert.equal(at(studyFindings(dataset, new Map()), 0).findings.matchedCells, 54),
  },
  {
    file: "lib/views/evidence-findings.ts",
    example: 'kindContrast(loadDataset()).kinds.map((k) => k.kind) // ["evaluation", "method"]',
    check: () => assert.deepEqual(kindContrast(dataset).kinds.map((k) => k.kind), ["evaluation", "method"]),
  },
  { file: "lib/views/evidence-rows.ts", example: "evidenceRows(loadDataset()).length // 1017 (270 + 747)", check: () => assert.equal(evidenceTableRows(dataset).length, dataset.runs.length + dataset.studyRuns.length) },
  { file: "lib/views/evidence-table.ts", example: 'matchText(412, 1017) // "412 of 1,017 stored runs match the filters."', check: () => assert.equal(matchText(412, 1017), "412 of 1,017 stored runs match the filters.") },
  { file: "lib/views/evidence-table.ts", example: 'percentCell(0.5341) // "53.4"', check: () => assert.equal(percentCell(0.5341), "53.4") },
  { file: "lib/views/evidence-table.ts", example: 'evidenceCsvName("3f9a1c07b2e4") // "evidence-runs-3f9a1c07b2e4.csv"', check: () => assert.equal(evidenceCsvName("3f9a1c07b2e4"), "evidence-runs-3f9a1c07b2e4.csv") },
  { file: "lib/views/evidence-view.ts", example: "evidenceView(loadDataset()).rows.length // 1017", check: () => assert.equal(evidenceView(dataset).rows.length, 1017) },
  {
    file: "lib/model/predict/fitted-models.ts",
    example: 'architectFor(models, "all") === models.architect // true',
    check: () => {
      const models = fitModels(dataset);
      assert.equal(architectFor(models, "all") === models.architect, true);
    },
  },
  // lib/views: the methodology page's trust box and pooled section
  {
    file: "lib/views/trust-box.ts",
    example: 'comparedError({ mae: 0.110, se: 0.019 }, { mae: 0.107, se: 0.024 }) // "about as far off as"',
    check: () => assert.equal(comparedError({ mae: 0.11, se: 0.019 }, { mae: 0.107, se: 0.024 }), "about as far off as"),
  },
  {
    file: "lib/views/across-studies.ts",
    example:
      'methodEffect({ features: ["P", "M"], architectures: ["a"], scaler: { means: [0, 0.1], sds: [1, 0.25] }, perArchitecture: { a: { coefficients: [0.4, 0.1, 0.01], covariance: [] } } })\n// { points: 4, byArchitecture: [{ architecture: "a", points: 4 }] }',
    check: () => {
      const effect = methodEffect({ features: ["P", "M"], architectures: ["a"], scaler: { means: [0, 0.1], sds: [1, 0.25] }, perArchitecture: { a: { coefficients: [0.4, 0.1, 0.01], covariance: [] } } });
      // By hand: 100 · 0.01 / 0.25 = 4 points.
      within([effect?.points ?? Number.NaN, effect?.byArchitecture[0]?.points ?? Number.NaN], [4, 4], 1e-12);
      assert.equal(effect?.byArchitecture[0]?.architecture, "a");
    },
  },
  // lib/pilots: the architect's own pilot logs
  { file: "lib/pilots/run-log-schema.ts", example: 'judgeScore("0.75", { threshold: 0.5, partialSolved: false }) // 1', check: () => assert.equal(judgeScore("0.75", { threshold: 0.5, partialSolved: false }), 1) },
  {
    file: "lib/pilots/columns.ts",
    example: 'resolveColumns(["instance_id", "architecture", "agents", "resolved"]).format // "per-task"',
    check: () => assert.equal(resolveColumns(["instance_id", "architecture", "agents", "resolved"]).format, "per-task"),
  },
  {
    file: "lib/pilots/columns.ts",
    example: 'parseColumnMapping("task=instance_id,solved=resolved") // { ok: true, mapping: { task: "instance_id", solved: "resolved" } }',
    check: () => assert.deepEqual(parseColumnMapping("task=instance_id,solved=resolved"), { ok: true, mapping: { task: "instance_id", solved: "resolved" } }),
  },
  {
    file: "lib/pilots/run-log-summary.ts",
    example: 'summarize([newTally("hybrid", 3)], 0, { valid: 0, invalid: 0 }, [], 0, []).designs\n// [{ architecture: "hybrid", agents: 3, model: null, tasks: 0, solved: 0, means: {} }]',
    check: () => assert.deepEqual(summarize([newTally("hybrid", 3)], 0, { valid: 0, invalid: 0 }, [], 0, []).designs, [{ architecture: "hybrid", agents: 3, model: null, tasks: 0, solved: 0, means: {} }]),
  },
  {
    file: "lib/pilots/cell-spans.ts",
    example: 'spansOf(["t1", undefined, "3"]) // { text: "t13", starts: [0, 2, 2], ends: [2, 2, 3], count: 3 }',
    check: () => {
      const row = spansOf(["t1", undefined, "3"]);
      assert.deepEqual({ text: row.text, starts: [...row.starts], ends: [...row.ends], count: row.count }, { text: "t13", starts: [0, 2, 2], ends: [2, 2, 3], count: 3 });
    },
  },
  { file: "lib/pilots/cell-spans.ts", example: 'plainNumberAt("x,0.0421,", 2, 8) // 0.0421', check: () => assert.equal(plainNumberAt("x,0.0421,", 2, 8), 0.0421) },
  {
    file: "lib/pilots/csv-reader.ts",
    example:
      'const rows: string[][] = []; const csv = createCsvReader({ onHeader: () => true, onRow: (r) => rows.push([cellAt(r, 0), cellAt(r, 1)]), onBadRow: () => {} }); csv.push("a;b\\n1;"); csv.push("2\\n"); csv.end(); rows\n// [["1", "2"]]',
    check: () => {
      const rows: string[][] = [];
      const csv = createCsvReader({ onHeader: () => true, onRow: (r) => rows.push([cellAt(r, 0), cellAt(r, 1)]), onBadRow: () => {} });
      csv.push("a;b\n1;");
      csv.push("2\n");
      csv.end();
      assert.deepEqual(rows, [["1", "2"]]);
    },
  },
  {
    file: "lib/pilots/jsonl-reader.ts",
    example: 'recordOf({ Task: "t1", agents: 3, solved: true, cost: null }) // { task: "t1", agents: "3", solved: "true", cost: undefined }',
    check: () => assert.deepEqual(recordOf({ Task: "t1", agents: 3, solved: true, cost: null }), { task: "t1", agents: "3", solved: "true", cost: undefined }),
  },
  {
    file: "lib/pilots/jsonl-reader.ts",
    example:
      'const seen: string[] = []; const jsonl = createJsonlReader({ onValue: (v, line) => seen.push(`${line}: ${JSON.stringify(v)}`), onBadLine: (line) => seen.push(`bad ${line}`) }); jsonl.push(\'{"agents": 3}\\n\\nnot json\\n[1]\'); jsonl.end(); seen\n// [\'1: {"agents":3}\', "bad 3", "4: [1]"]',
    check: () => {
      const seen: string[] = [];
      const jsonl = createJsonlReader({ onValue: (v, line) => seen.push(`${line}: ${JSON.stringify(v)}`), onBadLine: (line) => seen.push(`bad ${line}`) });
      jsonl.push('{"agents": 3}\n\nnot json\n[1]');
      jsonl.end();
      assert.deepEqual(seen, ['1: {"agents":3}', "bad 3", "4: [1]"]);
    },
  },
  {
    file: "lib/pilots/inspect-log.ts",
    example: 'evalInfo({ model: "openai/gpt-4o-mini", task_args: { architecture: "centralized", agents: 4 } }) // { model: "openai/gpt-4o-mini", architecture: "centralized", agents: "4" }',
    check: () => assert.deepEqual(evalInfo({ model: "openai/gpt-4o-mini", task_args: { architecture: "centralized", agents: 4 } }), { model: "openai/gpt-4o-mini", architecture: "centralized", agents: "4" }),
  },
  {
    file: "lib/pilots/inspect-log.ts",
    example:
      'sampleRow({ id: 7, epoch: 2, scores: { match: { value: "C" } }, model_usage: { "openai/gpt-4o": { input_tokens: 120, output_tokens: 8 } }, working_time: 1.5, events: [{ event: "model" }] }).record\n// { task: "7#2", solved: "C", tokens_in: "120", tokens_out: "8", seconds: "1.5", turns: "1" }',
    check: () => {
      const row = sampleRow({ id: 7, epoch: 2, scores: { match: { value: "C" } }, model_usage: { "openai/gpt-4o": { input_tokens: 120, output_tokens: 8 } }, working_time: 1.5, events: [{ event: "model" }] });
      assert.deepEqual("record" in row ? row.record : null, { task: "7#2", solved: "C", tokens_in: "120", tokens_out: "8", seconds: "1.5", turns: "1" });
    },
  },
  {
    file: "lib/pilots/inspect-log.ts",
    example: `readInspectJson('{"version": 2, "eval": {"model": "x"}, "samples": []}', sink, totals) // false (a log without samples: one problem)`,
    check: () => {
      const totals = createRunLogTotals();
      const report = totals.startFile("log.json", "inspect-json");
      assert.equal(readInspectJson('{"version": 2, "eval": {"model": "x"}, "samples": []}', createRecordSink(totals, report, DEFAULT_READ_RULES, {}), totals), false);
      assert.equal(totals.summary().errors.length, 1);
    },
  },
  {
    file: "lib/pilots/otlp-traces.ts",
    example: 'attributeMap([{ key: "gen_ai.usage.input_tokens", value: { intValue: "1200" } }, { key: "task.success", value: { boolValue: true } }]) // Map { "gen_ai.usage.input_tokens" => 1200, "task.success" => true }',
    check: () =>
      assert.deepEqual(
        attributeMap([{ key: "gen_ai.usage.input_tokens", value: { intValue: "1200" } }, { key: "task.success", value: { boolValue: true } }]),
        new Map<string, string | number | boolean>([["gen_ai.usage.input_tokens", 1200], ["task.success", true]]),
      ),
  },
  { file: "lib/pilots/parse-run-log.ts", example: `runLogSyntax("pilot.txt", '  {"task": "t1"}') // "jsonl"`, check: () => assert.equal(runLogSyntax("pilot.txt", '  {"task": "t1"}'), "jsonl") },
  {
    file: "lib/pilots/parse-run-log.ts",
    example: `runLogKind("traces.json", new TextEncoder().encode('{"resourceSpans": []}')) // "otlp"`,
    check: () => assert.equal(runLogKind("traces.json", new TextEncoder().encode('{"resourceSpans": []}')), "otlp"),
  },
  {
    file: "lib/pilots/parse-run-log.ts",
    example: 'parseRunLogText("task,architecture,agents,solved\\nt1,single,1,1\\nt2,single,1,0\\n", "pilot.csv").designs\n// [{ architecture: "single", agents: 1, model: null, tasks: 2, solved: 1, means: {} }]',
    check: () => assert.deepEqual(parseRunLogText("task,architecture,agents,solved\nt1,single,1,1\nt2,single,1,0\n", "pilot.csv").designs, [{ architecture: "single", agents: 1, model: null, tasks: 2, solved: 1, means: {} }]),
  },
  {
    file: "lib/views/run-log-upload.ts",
    example: 'runLogPlace({ line: null, sample: "12 (epoch 1)" }) // "sample 12 (epoch 1)"',
    check: () => assert.equal(runLogPlace({ line: null, sample: "12 (epoch 1)" }), "sample 12 (epoch 1)"),
  },
  {
    file: "lib/views/run-log-upload.ts",
    example:
      'runLogStatus({ format: "per-task", designs: [design, design], paired: true, rows: { valid: 1200, invalid: 3 }, errors: [], moreErrors: 0, files: [{ name: "pilot.csv", kind: "csv", rows: { valid: 1200, invalid: 3 }, models: [], design: "log", columns: null, missing: [] }] })\n// "pilot.csv: 1,200 valid rows, 3 invalid. A per-task log of 2 designs, all on the same tasks."',
    check: () => {
      const design = { architecture: "single" as const, agents: 1, model: null, tasks: 600, solved: 300, means: {} };
      const file = { name: "pilot.csv", kind: "csv" as const, rows: { valid: 1200, invalid: 3 }, models: [], design: "log" as const, columns: null, missing: [] };
      assert.equal(runLogStatus({ format: "per-task", designs: [design, design], paired: true, rows: { valid: 1200, invalid: 3 }, errors: [], moreErrors: 0, files: [file] }), "pilot.csv: 1,200 valid rows, 3 invalid. A per-task log of 2 designs, all on the same tasks.");
    },
  },
  {
    file: "lib/views/run-log-upload.ts",
    example:
      'filesNeeding({ files: [{ name: "a.csv", kind: "csv", rows: { valid: 0, invalid: 0 }, models: [], design: "log", columns: ["id", "ok"], missing: ["architecture", "agents", "solved"] }] }) // [{ name: "a.csv", design: true, missing: ["solved"] }]',
    check: () =>
      assert.deepEqual(filesNeeding({ files: [{ name: "a.csv", kind: "csv", rows: { valid: 0, invalid: 0 }, models: [], design: "log", columns: ["id", "ok"], missing: ["architecture", "agents", "solved"] }] }), [{ name: "a.csv", design: true, missing: ["solved"] }]),
  },
  {
    file: "lib/views/run-log-upload.ts",
    example: 'readRulesOf({ threshold: "0.5", partialSolved: true, successAttribute: "task.success" }, { centralized: 4 }).ok // true',
    check: () => assert.equal(readRulesOf({ threshold: "0.5", partialSolved: true, successAttribute: "task.success" }, { centralized: 4 }).ok, true),
  },
  {
    file: "lib/views/run-log-upload.ts",
    example: 'invalidRowsCaption({ errors: new Array(1000), moreErrors: 4000 }) // "The first 1,000 problems, in file order; 4,000 more are not listed."',
    check: () => assert.equal(invalidRowsCaption({ errors: new Array(1000), moreErrors: 4000 }), "The first 1,000 problems, in file order; 4,000 more are not listed."),
  },
];
describe("every @example runs and gives its documented value", () => {
  for (const c of CASES) test(`${c.file}: ${c.example}`, () => c.check());
});

/** Source files whose doc comments the guard reads: lib/ and scripts/, tests excluded. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** The @example texts of a file: the line after the tag, plus any following comment lines that start with //. */
function documentedExamples(text: string): string[] {
  const lines = text.split("\n");
  return lines.flatMap((line, i) => {
    if (!line.includes("@example")) return [];
    const match = /^\s*(?:\/\*\*)?\s*\*?\s*@example\s+(.*?)\s*(?:\*\/)?\s*$/.exec(line);
    if (match?.[1] === undefined || match[1] === "") return [`(unreadable @example) ${line.trim()}`];
    const parts = [match[1]];
    for (const next of lines.slice(i + 1)) {
      const continued = /^\s*\*\s*(\/\/.*?)\s*$/.exec(next);
      if (continued?.[1] === undefined) break;
      parts.push(continued[1]);
    }
    return [parts.join("\n")];
  });
}

/** Doc-comment lines that show a call and its value inline ("e.g. f(x) // 1") instead of as an @example. */
function inlineExamples(text: string): string[] {
  return text.split("\n").filter((line) => /^\s*(\/\*\*|\*)/.test(line) && !line.includes("@example") && /e\.g\.\s+`?[A-Za-z_$][\w$.]*\(.*\)`?\s*\/\/\s/.test(line));
}

describe("the @example guard", () => {
  const files = ["lib", "scripts"].flatMap(sourceFiles).sort();
  const documented = files.flatMap((file) => documentedExamples(readFileSync(file, "utf8")).map((example) => ({ file: file.split(path.sep).join("/"), example })));
  const key = (e: { file: string; example: string }) => `${e.file}: ${e.example}`;

  test("reads the examples it is meant to (a sanity check on the scan itself)", () => {
    assert.ok(files.includes(path.join("lib", "model", "stats", "normal.ts")), "lib/model/stats/normal.ts is scanned");
    assert.ok(!files.some((f) => f.endsWith(".test.ts")), "test files are not scanned");
    assert.deepEqual(documentedExamples("/**\n * @example f(1) // 2\n * // (more)\n */\n/** @example g() // 3 */"), ["f(1) // 2\n// (more)", "g() // 3"]);
    assert.deepEqual(inlineExamples("/** Doubles, e.g. twice(2) // 4. */"), ["/** Doubles, e.g. twice(2) // 4. */"]);
    assert.ok(documented.length >= CASES.length, `${documented.length} examples found`);
  });

  test("every @example in lib/ and scripts/ has a case here", () => {
    const covered = new Set(CASES.map(key));
    assert.deepEqual(documented.map(key).filter((k) => !covered.has(k)), [], "add a case to lib/examples.test.ts for each");
  });

  test("every case still matches an @example (a changed documented value must change here too)", () => {
    const present = new Set(documented.map(key));
    assert.deepEqual(CASES.map(key).filter((k) => !present.has(k)), []);
    assert.equal(new Set(CASES.map(key)).size, CASES.length, "each example has one case");
  });

  test("no doc comment shows a call and its value inline: such examples are written as @example, so they run here", () => {
    assert.deepEqual(files.flatMap((file) => inlineExamples(readFileSync(file, "utf8")).map((line) => `${file}: ${line.trim()}`)), []);
  });
});
