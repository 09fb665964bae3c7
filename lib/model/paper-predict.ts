import type { PaperFitName } from "../data/schemas";
import { atAgents } from "./agent-rule";
import { resolveBaseline, type BaselineModel } from "./baseline-predict";
import { extrapolationReasons, type TaskDomain } from "./extrapolation";
import { predictPaperWithSd, type PaperModel } from "./paper-model";
import type { PaperInput } from "./paper-terms";
import { toPrediction, type SuccessPrediction } from "./prediction";

export type Covariates = Omit<PaperInput, "intelligence" | "tools" | "baseline">;

/** Eq. 1 ready to answer scenarios: the fit, the architectures' covariates and the fitted runs' domain. */
export type PaperPredictor = { fit: PaperFitName; model: PaperModel; covariates: Record<string, Covariates>; domain: TaskDomain };

export type PaperQuery = {
  task: { tools: number; decomposability: number; capability: number; baseline: number | null };
  architecture: string;
  agents: number;
};

/**
 * Eq. 1's prediction for a design, in the same shape as the architect's. P is the pilot, or the
 * architect's baseline sub-model estimate (its variance flows through Eq. 1's slope in P). Eq. 1's
 * agent terms are not identified, so other agent counts use the same agent-count rule from the
 * measured point, relative to Eq. 1's single-agent prediction.
 */
export function predictPaperDesign(predictor: PaperPredictor, baselineModel: BaselineModel, query: PaperQuery): SuccessPrediction {
  const covariates = predictor.covariates[query.architecture];
  const single = predictor.covariates.single;
  if (covariates === undefined || single === undefined) throw new RangeError(`unknown architecture "${query.architecture}"`);
  const baseline = resolveBaseline(baselineModel, query.task);
  const at = (c: Covariates, P: number) => predictPaperWithSd(predictor.model, { intelligence: query.task.capability, tools: query.task.tools, baseline: P, ...c });
  const withBaselineUncertainty = (c: Covariates) => {
    const p = at(c, baseline.value);
    const slope = at(c, baseline.value + 1).mean - p.mean; // Eq. 1 is linear in P
    return { mean: p.mean, sd: Math.sqrt(p.sd ** 2 + (baseline.estimated ? (slope * baseline.sd) ** 2 : 0)) };
  };
  // Eq. 1's single and multi-agent predictions share the baseline and the coefficients; their
  // covariance is not tracked, so moving to another count treats them as independent.
  const measured = withBaselineUncertainty(covariates);
  const singleLevel = withBaselineUncertainty(single);
  const { mean, sd } = atAgents(
    { mean: singleLevel.mean, variance: singleLevel.sd ** 2 },
    { mean: measured.mean, variance: measured.sd ** 2 },
    0,
    covariates.agents,
    query.agents,
  );
  const reasons = extrapolationReasons(predictor.domain, { ...query.task, architecture: query.architecture, agents: query.agents, measuredAgents: covariates.agents });
  return toPrediction({ architecture: query.architecture, agents: query.agents, mean, sd, reasons, baseline });
}
