import { mean } from "simple-statistics";
import type { Dataset } from "../../data/dataset";
import type { Run } from "../../data/schemas";
import { architectExamples, toExample, type ArchitectExample } from "../architect/architect-examples";
import { admits, otherStudiesEvidence } from "../architect/evidence-rows";
import { DEFAULT_EVIDENCE, type EvidenceChoice } from "../architect/evidence-choice";
import { ARCHITECT_FEATURES, type FeatureName } from "../architect/features";
import { fitArchitect, type ArchitectModel } from "../architect/architect-fit";
import { predictArchitect } from "../architect/architect-predict";
import { paperExamples } from "../paper/paper-examples";
import { fitPaperModel } from "../paper/paper-fit";
import { predictPaperWithSd } from "../paper/model";
import { at } from "../stats/checked";

/**
 * A held-out prediction: point and normal SD (null when the model states no uncertainty), and the
 * level decisions use when it differs from the point (a single agent with a pilot: the pilot).
 */
export type HeldOut = {
  mean: number;
  sd: number | null;
  decisionMean?: number;
  /** The prediction moved by the agent-count rule to the row's own agent count, where that differs from the measured one. */
  meanAtRowAgents?: number;
};

/** How the harness holds runs out: 5-fold, one benchmark, or one model at a time. */
export type Scheme = "cv" | "lobo" | "lomo";

/** Fits on the runs at `train` (indices into the row set) and predicts the runs at `test`. */
export type FoldPredictor = (train: readonly number[], test: readonly number[], scheme: Scheme) => HeldOut[];

/** The models the harness validates (lib/views/labels.ts names them). */
export type ValidatedModelKey = "naive" | "paper" | "architect" | "architectNoPilot";

/** A model the harness validates: prepared once per row set, then fitted and asked fold by fold. */
export type ValidatedModel = {
  key: ValidatedModelKey;
  prepare: (runs: readonly Run[], dataset: Dataset) => FoldPredictor;
};

/** The items at some indices, e.g. a fold's training examples. */
export const pick = <T>(items: readonly T[], indices: readonly number[]): T[] => indices.map((i) => at(items, i));

/** The naive rule "multi-agent = single-agent": every design gets the measured single-agent success. */
export const validatedNaive: ValidatedModel = {
  key: "naive",
  prepare: (runs) => {
    const single = new Map(runs.filter((r) => r.architecture === "single").map((r) => [`${r.benchmark}/${r.model}`, r.success_rate]));
    return (_train, test) => pick(runs, test).map((r) => ({ mean: single.get(`${r.benchmark}/${r.model}`) ?? Number.NaN, sd: null }));
  },
};

/**
 * The paper's Eq. 1, refitted on each training set (I-bar and scaler included). P is computed from
 * the whole row set, as the paper did before splitting (docs/model.md section 1), which the 5-fold figures
 * keep so as to reproduce the paper's. A single-agent run's P is its benchmark's mean single-agent
 * success; when its benchmark or model is held out, that mean leaves the run itself out, so no run
 * predicts itself.
 */
export const validatedPaper: ValidatedModel = {
  key: "paper",
  prepare: (runs, dataset) => {
    const examples = paperExamples(runs, dataset);
    const leaveSelfOut = examples.map((e) => {
      if (e.run.architecture !== "single") return e;
      const others = runs.filter((r) => r.architecture === "single" && r.benchmark === e.run.benchmark && r !== e.run);
      return others.length === 0 ? e : { ...e, input: { ...e.input, baseline: mean(others.map((r) => r.success_rate)) } };
    });
    return (train, test, scheme) => {
      const model = fitPaperModel(pick(examples, train));
      return pick(scheme === "cv" ? examples : leaveSelfOut, test).map((e) => predictPaperWithSd(model, e.input));
    };
  },
};

/**
 * The architect's model. With a pilot, a multi-agent run's baseline is its group's measured single-agent
 * run. A single-agent run is never scored against itself: its prediction is the baseline sub-model's
 * (as without a pilot), while its decisions compare with the pilot, as the calculator does.
 */
export function architectPredictor(pilot: boolean, features: readonly FeatureName[] = ARCHITECT_FEATURES, evidence: EvidenceChoice = DEFAULT_EVIDENCE) {
  return (runs: readonly Run[], dataset: Dataset): FoldPredictor => {
    const examples = architectExamples(runs, dataset);
    // Other studies' cells join every training set, except those of a held-out benchmark (LOBO) or
    // model (LOMO): nothing about a held-out group reaches its own prediction.
    const others =
      evidence === "kim"
        ? []
        : otherStudiesEvidence(dataset)
            .filter((r) => admits(evidence, r))
            .map((r) => toExample(r));
    const agents = Object.fromEntries(dataset.architectures.map((a) => [a.architecture, a.agents]));
    // The with- and without-pilot predictors fit the same model per fold (only prediction differs), as
    // does the ablations' "as fitted" row: fits are shared per run set.
    const fits = sharedFits(runs);
    return (train, test, scheme) => {
      const tested = pick(examples, test);
      const held = new Set(scheme === "lobo" ? tested.map((e) => e.benchmark) : scheme === "lomo" ? tested.map((e) => e.model) : []);
      const model = foldFit(fits, dataset, { examples, others, agents }, train, scheme, held, features, evidence);
      return pick(examples, test).map((e) => {
        const isSingle = e.architecture === "single";
        const p = predictArchitect(model, {
          task: { ...e.task, baseline: pilot && !isSingle ? e.task.baseline : null },
          architecture: e.architecture,
          agents: e.agents ?? agents[e.architecture] ?? 1,
          benchmark: e.benchmark,
        });
        return { mean: p.successRate, sd: p.sd, ...(pilot && isSingle ? { decisionMean: e.task.baseline } : {}) };
      });
    };
  };
}

type FoldData = { examples: readonly ArchitectExample[]; others: readonly ArchitectExample[]; agents: Record<string, number> };

/** One fold's fit, shared through `fits` (keyed by data version, evidence, scheme, features and training rows). */
function foldFit(
  fits: Map<string, ArchitectModel>,
  dataset: Dataset,
  { examples, others, agents }: FoldData,
  train: readonly number[],
  scheme: Scheme,
  held: ReadonlySet<string>,
  features: readonly FeatureName[],
  evidence: EvidenceChoice,
): ArchitectModel {
  const extra = others.filter((e) => !held.has(scheme === "lobo" ? e.benchmark : e.model));
  const key = `${dataset.version}|${evidence}|${scheme}|${features.join(",")}|${train.join(",")}`;
  const model = fits.get(key) ?? fitArchitect([...pick(examples, train), ...extra], agents, features);
  fits.set(key, model);
  return model;
}

/**
 * The architect's model the harness fits when it holds `benchmark` out (LOBO): Kim et al.'s runs of the
 * other benchmarks plus every other study's rows except that benchmark's, the app's features and the
 * default evidence. The fit is the harness's own (shared per run set), so a simulation on the report's
 * runs reuses it.
 */
export function loboArchitectModel(runs: readonly Run[], dataset: Dataset, benchmark: string, evidence: EvidenceChoice = DEFAULT_EVIDENCE): ArchitectModel {
  const examples = architectExamples(runs, dataset);
  const others =
    evidence === "kim"
      ? []
      : otherStudiesEvidence(dataset)
          .filter((r) => admits(evidence, r))
          .map((r) => toExample(r));
  const agents = Object.fromEntries(dataset.architectures.map((a) => [a.architecture, a.agents]));
  const train = runs.flatMap((r, i) => (r.benchmark === benchmark ? [] : [i]));
  return foldFit(sharedFits(runs), dataset, { examples, others, agents }, train, "lobo", new Set([benchmark]), ARCHITECT_FEATURES, evidence);
}

const fitsByRuns = new WeakMap<readonly Run[], Map<string, ArchitectModel>>();

/** The architect fits made on a run set, by data version, features and training rows (freed with the run set). */
function sharedFits(runs: readonly Run[]): Map<string, ArchitectModel> {
  const fits = fitsByRuns.get(runs) ?? new Map<string, ArchitectModel>();
  fitsByRuns.set(runs, fits);
  return fits;
}

/** The architect's model with a measured single-agent baseline (a pilot), the default. */
export const validatedArchitect: ValidatedModel = { key: "architect", prepare: architectPredictor(true) };

/** The architect's model without a pilot: the baseline is estimated by its sub-model. */
export const validatedArchitectNoPilot: ValidatedModel = { key: "architectNoPilot", prepare: architectPredictor(false) };

export const VALIDATED_MODELS: readonly ValidatedModel[] = [validatedNaive, validatedPaper, validatedArchitect, validatedArchitectNoPilot];
