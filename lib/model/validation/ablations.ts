import type { Dataset } from "../../data/dataset";
import type { Run } from "../../data/schemas";
import { ARCHITECT_FEATURES, type FeatureName } from "../architect/features";
import { coverageOf, heldOutPredictions, isMulti, maeOf } from "./harness";
import { decisionScores } from "./decisions";
import { architectPredictor, type HeldOut } from "./models";

/** The feature sets the ablations compare (lib/views/labels.ts names them). */
export type AblationKey = "as-fitted" | "without-d" | "without-interactions" | "printed-d" | "with-D";

/** One feature set's leave-one-benchmark-out figures. */
export type AblationResult = { key: AblationKey; features: FeatureName[]; maeLoboMas: number; decisionLobo: number; coverageLobo: number | null };

/** Leave-one-benchmark-out predictions of the architect's model (with pilot) on a feature set. */
function loboPredictions(runs: readonly Run[], dataset: Dataset, features: readonly FeatureName[]): HeldOut[] {
  return heldOutPredictions(
    architectPredictor(true, features, "kim")(runs, dataset),
    runs.map((r) => r.benchmark),
    "lobo",
  );
}

function score(key: AblationKey, runs: readonly Run[], dataset: Dataset, features: readonly FeatureName[]): AblationResult {
  const held = loboPredictions(runs, dataset, features);
  const decisions = decisionScores(
    runs,
    held.map((h) => h.decisionMean ?? h.mean),
    dataset.architectures.map((a) => a.architecture),
  );
  return {
    key,
    features: [...features],
    maeLoboMas: maeOf(runs, held, isMulti),
    decisionLobo: decisions.singleVsMulti / decisions.groups,
    coverageLobo: coverageOf(runs, held),
  };
}

const without = (...drop: FeatureName[]) => ARCHITECT_FEATURES.filter((f) => !drop.includes(f));

/**
 * The data with Kim et al.'s printed decomposability (benchmarks.csv, `decomposability`) in place of the
 * rubric's d for their six benchmarks. Its version differs, so that its fits are never shared with the
 * rubric's.
 */
export function withPrintedDecomposability(dataset: Dataset): Dataset {
  const printed = new Map(dataset.benchmarks.map((b) => [b.benchmark, b.decomposability]));
  return {
    ...dataset,
    version: `${dataset.version}+printed-d`,
    benchmarkCatalog: dataset.benchmarkCatalog.map((b) => ({ ...b, rubric_d: printed.get(b.benchmark) ?? b.rubric_d })),
  };
}

/**
 * Ablations of the architect's model under leave-one-benchmark-out, fitted to Kim et al.'s runs only:
 * the app's features; without decomposability; without the baseline's interactions; with Kim et al.'s
 * printed d instead of the rubric's; with the paper's domain complexity D (a task property an architect
 * cannot state). Whether a property's gain is more than chance is the permutation test's question
 * (permutation.ts), not a comparison of these rows.
 */
export function runAblations(runs: readonly Run[], dataset: Dataset): { variants: AblationResult[] } {
  return {
    variants: [
      score("as-fitted", runs, dataset, ARCHITECT_FEATURES),
      score("without-d", runs, dataset, without("d", "P·d")),
      score("without-interactions", runs, dataset, without("P·d", "P·log(1+T)", "P·I")),
      score("printed-d", runs, withPrintedDecomposability(dataset), ARCHITECT_FEATURES),
      score("with-D", runs, dataset, [...ARCHITECT_FEATURES, "D"]),
    ],
  };
}
