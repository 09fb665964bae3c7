import type { PaperFitName } from "../../data/schemas";
import { resolveBaseline, type BaselineModel } from "../baseline/baseline-predict";
import { extrapolationReasons, type TaskDomain } from "../predict/extrapolation";
import { predictPaperWithSd, type PaperModel } from "./model";
import type { PaperInput } from "./terms";
import { toPrediction, type SuccessPrediction } from "../predict/prediction";
import { atAgents } from "../predict/agent-count-rule";

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
 * architect's baseline sub-model estimate (its variance flows through Eq. 1's slope in P). As in every
 * mode of the calculator, the single agent's success is that baseline itself: a measured pilot is not
 * re-predicted. Eq. 1's agent terms are not identified, so other agent counts use the same agent-count
 * rule from the measured point, relative to the baseline.
 */
export function predictPaperDesign(predictor: PaperPredictor, baselineModel: BaselineModel, query: PaperQuery): SuccessPrediction {
  const covariates = predictor.covariates[query.architecture];
  if (covariates === undefined) throw new RangeError(`unknown architecture "${query.architecture}"`);
  const baseline = resolveBaseline(baselineModel, query.task);
  const at = (c: Covariates, P: number) =>
    predictPaperWithSd(predictor.model, { intelligence: query.task.capability, tools: query.task.tools, baseline: P, ...c });
  const baselineVariance = baseline.estimated ? baseline.sd ** 2 : 0;
  const reasons = extrapolationReasons(predictor.domain, {
    ...query.task,
    architecture: query.architecture,
    agents: query.agents,
    measuredAgents: covariates.agents,
  });
  if (query.architecture === "single") return toPrediction({ architecture: "single", agents: 1, mean: baseline.value, sd: baseline.sd, reasons, baseline });
  // Eq. 1 is linear in P: an estimated baseline's variance flows through its slope, which also makes
  // the multi-agent prediction covary with the baseline.
  const measured = at(covariates, baseline.value);
  const slope = at(covariates, baseline.value + 1).mean - measured.mean;
  const { mean, sd } = atAgents(
    { mean: baseline.value, variance: baselineVariance },
    { mean: measured.mean, variance: measured.sd ** 2 + slope ** 2 * baselineVariance },
    slope * baselineVariance,
    covariates.agents,
    query.agents,
  );
  return toPrediction({ architecture: query.architecture, agents: query.agents, mean, sd, reasons, baseline });
}
