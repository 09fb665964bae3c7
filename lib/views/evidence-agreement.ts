import { wholePercent } from "../format/numbers";
import type { CalculatorCatalog } from "./catalog";
import type { NearbyRun } from "./nearest-runs";
import { signedPoints } from "../format/words";

/** What the card compares against the nearest runs: the predicted multi-agent design and the single agent. */
export type PredictedGap = { architecture: string; successRate: number; singleRate: number };

/** How the nearest measured runs stand against the prediction's single-vs-multi gap. */
export type EvidenceAgreement = {
  /** Predicted multi-agent minus single-agent success (0.09 = 9 points). */
  predictedGap: number;
  /** The nearest run's measured gap (its architecture's run minus its single agent). */
  nearestGap: number | null;
  /** Nearest runs whose measured gap has the prediction's sign (a gap under half a point agrees with either). */
  agreeing: number;
  total: number;
  /** True when the nearest run's measured gap points the other way by at least a point. */
  disagrees: boolean;
  /** The card's sentence when the nearest run disagrees: what it measured and why the model weighs it as it does. */
  sentence: string | null;
};

const TIE = 0.005;
const DISAGREE = 0.01;
const points = (x: number) => signedPoints(100 * x);
const agrees = (measured: number, predicted: number) => Math.abs(measured) < TIE || Math.sign(measured) === Math.sign(predicted);

/**
 * Compares the nearest measured runs (of the predicted multi-agent architecture) with the predicted gap
 * over the single agent. When the nearest run points the other way, says so in one sentence, with the
 * reason the model does not follow it: it is one of `fittedRuns` runs, how many of the nearest agree, and
 * how that run's task differs from the user's (`task`).
 */
export function evidenceAgreement(
  runs: readonly NearbyRun[],
  predicted: PredictedGap,
  task: { tools: number; decomposability: number; capability: number; baseline: number },
  fittedRuns: number,
  catalog: Pick<CalculatorCatalog, "architectures" | "benchmarks" | "models">,
): EvidenceAgreement {
  const predictedGap = predicted.successRate - predicted.singleRate;
  const gaps = runs.map((r) => r.successRate - r.singleRate);
  const agreeing = gaps.filter((g) => agrees(g, predictedGap)).length;
  const nearest = runs[0];
  const nearestGap = gaps[0] ?? null;
  const disagrees =
    nearest !== undefined &&
    nearestGap !== null &&
    Math.abs(predictedGap) >= TIE &&
    Math.abs(nearestGap) >= DISAGREE &&
    Math.sign(nearestGap) !== Math.sign(predictedGap);
  let sentence: string | null = null;
  if (disagrees && nearest !== undefined && nearestGap !== null) {
    const label = catalog.architectures.find((a) => a.architecture === predicted.architecture)?.label ?? predicted.architecture;
    const bench = catalog.benchmarks.find((b) => b.benchmark === nearest.benchmark);
    const model = catalog.models.find((m) => m.model === nearest.model);
    const them = `${bench?.tools ?? "?"} tools, decomposability ${bench?.decomposability ?? "?"}, capability ${model?.capability ?? "?"}, single agent ${wholePercent(nearest.singleRate)}`;
    const yours = `${task.tools} tools, decomposability ${task.decomposability}, capability ${task.capability}, single agent ${wholePercent(task.baseline)}`;
    const benchName = bench?.label ?? nearest.benchmark;
    const why =
      them === yours
        ? `that run matches your task on every input the model reads, so the gap is what those inputs do not capture: ${benchName}'s own effects and the run's sampling noise. If your task is like ${benchName}, choose it under "My task resembles" to apply its measured effects.`
        : `that run's task differs from yours (${them}; yours: ${yours}).`;
    sentence =
      `The nearest measured run disagrees: on ${benchName} with ${model?.label ?? nearest.model}, ${label} scored ${wholePercent(nearest.successRate)} against the single agent's ${wholePercent(nearest.singleRate)} (${points(nearestGap)}), where the prediction is ${points(predictedGap)}. ` +
      `The model weighs it as one of the ${fittedRuns} runs it is fitted to, not as the answer: ${agreeing} of the ${runs.length} nearest runs agree with the prediction, and ${why}`;
  }
  return { predictedGap, nearestGap, agreeing, total: runs.length, disagrees, sentence };
}
