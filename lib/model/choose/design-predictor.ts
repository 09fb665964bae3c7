import { architectPilotsPredictor, architectPosterior, type DesignPredictor } from "../architect/architect-predict";
import type { JointNormal } from "../predict/fusion";
import { at } from "../stats/checked";
import { pilotRate, type Pilot } from "../predict/pilot-runs";
import { predictPaperDesign } from "../paper/paper-predict";
import { DEFAULT_EVIDENCE, type EvidenceChoice } from "../architect/evidence-choice";
import { architectFor, type FitName, type FittedModels } from "./fitted-models";
import type { SuccessPrediction } from "../predict/prediction";

/** What to predict: a task (baseline null = estimate it), a design, and which model answers. */
export type DesignQuery = {
  /** `baselineTasks`: how many tasks a measured baseline ran (default PILOT_TASKS), for its sampling noise. */
  task: { tools: number; decomposability: number; capability: number; baseline: number | null; baselineTasks?: number };
  architecture: string;
  agents: number;
  fit: FitName;
  /** Which studies the architect's model learned from (default: all). */
  evidence?: EvidenceChoice;
  /** A benchmark of the evidence the task resembles: its measured effects apply (architect's model only). */
  like?: string | null;
  /** The architect's own pilots, fused with the architect's model (the paper's Eq. 1 has no joint distribution to fuse them with). */
  pilots?: readonly Pilot[];
};

/** One design's success prediction from the chosen model. Browser-safe: no fitting code. */
export function predictDesign(models: FittedModels, query: DesignQuery): SuccessPrediction {
  return designPredictor(models, query)(query.architecture, query.agents);
}

/**
 * predictDesign for many designs of one task and model: what every design of the task shares (the
 * baseline, each architecture's measured level, the fusion with pilots) is computed once. Each design
 * comes out exactly as predictDesign gives it.
 */
export function designPredictor(models: FittedModels, query: Omit<DesignQuery, "architecture" | "agents">): DesignPredictor {
  if (query.fit === "architect") {
    const model = architectFor(models, query.evidence ?? DEFAULT_EVIDENCE);
    return architectPilotsPredictor(model, query.task, query.like ?? undefined, query.pilots ?? [], models.taskCorrelation);
  }
  const predictor = query.fit === "paper-v3" ? models.paper.v3 : models.paper.v2;
  // Eq. 1 has no joint distribution to fuse pilots with; it takes a single-agent pilot as its baseline.
  const single = query.pilots?.find((p) => p.architecture === "single");
  const task = single === undefined ? query.task : { ...query.task, baseline: pilotRate(single), baselineTasks: single.tasks };
  return (architecture, agents) => predictPaperDesign(predictor, models.architect.baselineModel, { ...query, task, architecture, agents });
}

/**
 * The joint predictive distribution of the success of a task's designs, each architecture at its
 * measured agent count, in the order of `architectures`: what the decision's chances are drawn from
 * (docs/model.md section 6). The architect's model gives it whole: its joint over the task's designs,
 * fused with the pilots (architectPosterior). Eq. 1 has no joint distribution: each design's own SD,
 * its covariance with the single agent where the prediction carries one, and independence otherwise.
 */
export function designJoint(models: FittedModels, query: Omit<DesignQuery, "architecture" | "agents">, architectures: readonly string[]): JointNormal {
  if (query.fit === "architect") {
    const model = architectFor(models, query.evidence ?? DEFAULT_EVIDENCE);
    const { designs, posterior } = architectPosterior(model, query.task, query.pilots ?? [], models.taskCorrelation, query.like ?? undefined);
    const index = architectures.map((a) => {
      const i = designs.indexOf(a);
      if (i < 0) throw new RangeError(`designJoint: the model has no architecture "${a}"`);
      return i;
    });
    return { mean: index.map((i) => at(posterior.mean, i)), cov: index.map((i) => index.map((j) => at(at(posterior.cov, i), j))) };
  }
  const predict = designPredictor(models, query);
  const predictions = architectures.map((a) => {
    const agents = models.architect.measuredAgents[a];
    if (agents === undefined) throw new RangeError(`designJoint: no measured agent count for "${a}"`);
    return predict(a, agents);
  });
  const singleAt = architectures.indexOf("single");
  return {
    mean: predictions.map((p) => p.successRate),
    cov: predictions.map((p, i) =>
      predictions.map((q, j) => {
        if (i === j) return p.sd ** 2;
        if (i === singleAt) return q.covarianceWithSingle ?? 0;
        if (j === singleAt) return p.covarianceWithSingle ?? 0;
        return 0;
      }),
    ),
  };
}
