import type { Dataset } from "../data/dataset";
import type { Run } from "../data/schemas";
import { architectExamples } from "./architect-examples";
import { fitArchitect } from "./architect-fit";
import { predictArchitect } from "./architect-predict";
import { paperExamples } from "./paper-inputs";
import { fitPaperModel, predictPaperWithSd } from "./paper-model";

/** A held-out prediction: point and normal SD (null when the model states no uncertainty). */
export type HeldOut = { mean: number; sd: number | null };

/** Fits on the runs at `train` (indices into the row set) and predicts the runs at `test`. */
export type FoldPredictor = (train: readonly number[], test: readonly number[]) => HeldOut[];

/** A model the harness validates: prepared once per row set, then fitted and asked fold by fold. */
export type ValidatedModel = {
  key: "naive" | "paper" | "architect" | "architectNoPilot";
  label: string;
  prepare: (runs: readonly Run[], dataset: Dataset) => FoldPredictor;
};

const pick = <T>(items: readonly T[], indices: readonly number[]): T[] => indices.map((i) => items[i] as T);

/** The naive rule "multi-agent = single-agent": every design gets the measured single-agent success. */
export const naiveModel: ValidatedModel = {
  key: "naive",
  label: "naive (multi = single)",
  prepare: (runs) => {
    const single = new Map(runs.filter((r) => r.architecture === "single").map((r) => [`${r.benchmark}/${r.model}`, r.success_rate]));
    return (_train, test) => pick(runs, test).map((r) => ({ mean: single.get(`${r.benchmark}/${r.model}`) ?? Number.NaN, sd: null }));
  },
};

/**
 * The paper's Eq. 1, refitted on each training set (I-bar and scaler included). P is computed once
 * from the whole row set, as the paper did before splitting (MODEL.md section 1).
 */
export const paperModel: ValidatedModel = {
  key: "paper",
  label: "paper (Eq. 1)",
  prepare: (runs, dataset) => {
    const examples = paperExamples(runs, dataset);
    return (train, test) => {
      const model = fitPaperModel(pick(examples, train));
      return pick(examples, test).map((e) => predictPaperWithSd(model, e.input));
    };
  },
};

function architectPredictor(pilot: boolean) {
  return (runs: readonly Run[], dataset: Dataset): FoldPredictor => {
    const examples = architectExamples(runs, dataset);
    const agents = Object.fromEntries(dataset.architectures.map((a) => [a.architecture, a.agents]));
    return (train, test) => {
      const model = fitArchitect(pick(examples, train), agents);
      return pick(examples, test).map((e) => {
        const p = predictArchitect(model, {
          task: { ...e.task, baseline: pilot ? e.task.baseline : null },
          architecture: e.architecture,
          agents: e.agents,
          benchmark: e.benchmark,
        });
        return { mean: p.successRate, sd: p.sd };
      });
    };
  };
}

/** The architect's model with a measured single-agent baseline (a pilot), the default. */
export const architectModel: ValidatedModel = { key: "architect", label: "architect (with pilot)", prepare: architectPredictor(true) };

/** The architect's model without a pilot: the baseline is estimated by its sub-model. */
export const architectNoPilotModel: ValidatedModel = { key: "architectNoPilot", label: "architect (no pilot)", prepare: architectPredictor(false) };

export const VALIDATED_MODELS: readonly ValidatedModel[] = [naiveModel, paperModel, architectModel, architectNoPilotModel];
