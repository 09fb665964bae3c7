import { standardizedFeatures } from "./architect-design";
import type { ArchitectTask } from "./features";
import type { ArchitectModel } from "./architect-fit";
import { resolveBaseline } from "../baseline/baseline-predict";
import { distanceOutside, OUTSIDE_SD_PER_RANGE, taskExtrapolation } from "../predict/extrapolation";
import { toPrediction, type SuccessPrediction } from "../predict/prediction";
import { dot, quadraticForm } from "../stats/linear";
import { seenBenchmarkEffect } from "./benchmark-effects";
import { agentCountSd, atAgents, gainScale } from "../predict/agent-count-rule";
import { fusePilots, type JointNormal } from "../predict/fusion";
import type { Pilot } from "../predict/pilot-runs";
import { at } from "../stats/checked";

/** What the architect's model is asked: a task (baseline null = no pilot) and a design. */
export type ArchitectQuery = {
  task: Omit<ArchitectTask, "baseline"> & { baseline: number | null };
  architecture: string;
  agents: number;
  /** A benchmark the fit has seen, when the task is that benchmark: its effects then apply. */
  benchmark?: string;
};

/** Mean and variance of a multi-agent architecture's success at its measured count. */
function multiAtMeasured(model: ArchitectModel, query: ArchitectQuery, baseline: SuccessPrediction["baseline"]) {
  const part = model.perArchitecture[query.architecture];
  if (part === undefined) throw new RangeError(`unknown architecture "${query.architecture}"`);
  const at = (P: number) => [1, ...standardizedFeatures(model, { ...query.task, baseline: P })];
  const row = at(baseline.value);
  const known = query.benchmark === undefined ? null : seenBenchmarkEffect(model, query.benchmark, query.architecture, baseline.value);
  // Success is linear in P, so the slope is exact; an estimated baseline's variance flows through it.
  const benchmarkSlope = known === null || query.benchmark === undefined ? 0 : (model.slopes[query.benchmark]?.slope ?? 0);
  const fitted = dot(part.coefficients, row);
  const fittedSlope = dot(part.coefficients, at(baseline.value + 1)) - fitted + benchmarkSlope;
  // A new task's gain over the single agent is shrunk toward zero by the weight learned out of study
  // (gain-weight.ts): P + w·(fitted − P), still linear in P, with slope 1 − w + w·(fitted slope). A
  // benchmark the fit has seen keeps its measured effects unshrunk.
  const w = known === null ? model.gainWeight : 1;
  const mean = known === null ? baseline.value + w * (fitted - baseline.value) : fitted + known;
  const slope = 1 - w + w * fittedSlope;
  const ownVariance = (known === null ? model.sdNewTask : model.sdKnownTask) ** 2 + quadraticForm(row, part.covariance);
  return { mean, ownVariance, slope };
}

/**
 * The single-agent level of a task (the pilot, or the baseline sub-model's estimate) and the variance a
 * task beyond the runs' range adds. Beyond the runs the fitted line still gives the point (leave-one-
 * benchmark-out validation favoured it over holding effects at the edge when the rule was chosen), but
 * the interval widens with the distance, the estimated baseline's too.
 */
function baselineOf(
  model: ArchitectModel,
  task: ArchitectQuery["task"],
  benchmark: string | undefined,
): { baseline: SuccessPrediction["baseline"]; outsideVariance: number } {
  const outsideVariance = (OUTSIDE_SD_PER_RANGE * distanceOutside(model.domain, task)) ** 2;
  const resolved = resolveBaseline(model.baselineModel, task, benchmark);
  return { baseline: resolved.estimated ? { ...resolved, sd: Math.sqrt(resolved.sd ** 2 + outsideVariance) } : resolved, outsideVariance };
}

/** One task's predictions, design by design: what the steps shared by every design of the task leave to do. */
export type DesignPredictor = (architecture: string, agents: number) => SuccessPrediction;

/**
 * Predicts one design's success with its 90% interval and extrapolation flags (docs/model.md sections 2-3).
 * Single agent: the pilot itself (interval: its sampling noise on PILOT_TASKS tasks) or the baseline
 * sub-model's estimate. Multi-agent: the fitted architecture at its measured count, moved to other
 * counts by the agent-count rule, whose uncertainty adds to the interval.
 */
export function predictArchitect(model: ArchitectModel, query: ArchitectQuery): SuccessPrediction {
  return architectPredictor(model, query.task, query.benchmark)(query.architecture, query.agents);
}

/**
 * predictArchitect for many designs of one task: the baseline is resolved once and each architecture's
 * measured level once, however many agent counts are asked (the calculator's grid asks 16 per
 * architecture on every change). Each design comes out exactly as predictArchitect gives it.
 */
export function architectPredictor(model: ArchitectModel, task: ArchitectQuery["task"], benchmark?: string): DesignPredictor {
  const { baseline, outsideVariance } = baselineOf(model, task, benchmark);
  const levels = new Map<string, ReturnType<typeof multiAtMeasured>>();
  const reasonsOf = taskExtrapolation(model.domain, task);
  return (architecture, agents) => {
    const measuredAgents = model.measuredAgents[architecture];
    if (measuredAgents === undefined) throw new RangeError(`unknown architecture "${architecture}"`);
    const reasons = reasonsOf({ architecture, agents, measuredAgents });
    let mean: number;
    let sd: number;
    if (architecture === "single") {
      mean = baseline.value;
      sd = baseline.sd;
    } else {
      let level = levels.get(architecture);
      if (level === undefined) {
        level = multiAtMeasured(model, { task, architecture, agents, ...(benchmark === undefined ? {} : { benchmark }) }, baseline);
        levels.set(architecture, level);
      }
      // The single level S is the baseline: exact with a pilot, uncertain when estimated, and then
      // correlated with the multi-agent prediction M through M's slope in P.
      const { mean: m, ownVariance, slope } = level;
      const baselineVariance = baseline.estimated ? baseline.sd ** 2 : 0;
      ({ mean, sd } = atAgents(
        { mean: baseline.value, variance: baselineVariance },
        { mean: m, variance: ownVariance + outsideVariance + slope ** 2 * baselineVariance },
        slope * baselineVariance,
        measuredAgents,
        agents,
      ));
    }
    return toPrediction({ architecture, agents, mean, sd, reasons, baseline });
  };
}

/** The joint prior over a task's true success rates: θ = [single, each multi-agent architecture at its measured count]. */
export type ArchitectJoint = { designs: string[]; prior: JointNormal; baseline: SuccessPrediction["baseline"] };

/**
 * The architect's model as a joint normal over one task's designs (docs/model.md section 5), for fusion
 * with pilots. The single agent S is the pilot or the baseline sub-model's estimate; each multi-agent
 * architecture j at its measured count is M_j = a_j + b_j·S + e_j, exactly linear in S, with e_j its
 * new-task error (variance as in predictArchitect) and Cov(e_i, e_j) = ρ·sd_i·sd_j, ρ the model's
 * errorCorrelation: the task effect every design shares.
 */
export function architectJoint(model: ArchitectModel, task: ArchitectQuery["task"], benchmark?: string): ArchitectJoint {
  const { baseline, outsideVariance } = baselineOf(model, task, benchmark);
  const varS = baseline.sd ** 2;
  const multi = model.architectures.map((architecture) => {
    const m = multiAtMeasured(
      model,
      { task, architecture, agents: model.measuredAgents[architecture] ?? 1, ...(benchmark === undefined ? {} : { benchmark }) },
      baseline,
    );
    return { mean: m.mean, own: m.ownVariance + outsideVariance, slope: m.slope };
  });
  const mean = [baseline.value, ...multi.map((m) => m.mean)];
  const cov = mean.map((_, i) =>
    mean.map((_, j) => {
      if (i === 0 && j === 0) return varS;
      if (i === 0 || j === 0) return at(multi, Math.max(i, j) - 1).slope * varS;
      const a = at(multi, i - 1);
      const b = at(multi, j - 1);
      return a.slope * b.slope * varS + (i === j ? a.own : model.errorCorrelation * Math.sqrt(a.own * b.own));
    }),
  );
  return { designs: ["single", ...model.architectures], prior: { mean, cov }, baseline };
}

/**
 * How a design (architecture at `agents`) reads off θ: the weights h with design = h'θ, and the
 * variance the agent-count rule adds away from the measured count. At the measured count h picks its
 * architecture; elsewhere the rule's gain scale c gives (1 − c)·S + c·M_j, with c from the prior means.
 */
export function designReadout(model: ArchitectModel, joint: ArchitectJoint, architecture: string, agents: number): { h: number[]; extraVariance: number } {
  const index = joint.designs.indexOf(architecture);
  if (index < 0) throw new RangeError(`unknown architecture "${architecture}"`);
  const h = joint.designs.map((_, i) => (i === index ? 1 : 0));
  const measured = model.measuredAgents[architecture];
  if (architecture === "single" || measured === undefined || agents === measured) return { h, extraVariance: 0 };
  const gain = at(joint.prior.mean, index) - at(joint.prior.mean, 0);
  const c = gainScale(gain, measured, agents);
  return { h: joint.designs.map((_, i) => (i === 0 ? 1 - c : i === index ? c : 0)), extraVariance: agentCountSd(gain, measured, agents) ** 2 };
}

/** The model's joint over a task's designs fused with pilots: the designs θ covers (the single agent first), the joint normal, and the prior's baseline. */
export type DesignPosterior = { designs: string[]; posterior: JointNormal; baseline: SuccessPrediction["baseline"] };

/**
 * The architect's model fused with the pilots already run (docs/model.md section 5): the joint prior of
 * architectJoint (with a single-agent pilot, the prior's single level is the baseline sub-model's
 * estimate, which the pilot then measures), conditioned on every pilot, each read off θ by
 * designReadout (paired pilots share one task set). Without pilots it is the prior. The predictions
 * (architectPilotsPredictor), the decision's chances and the pilot planner all read this one posterior.
 */
export function architectPosterior(
  model: ArchitectModel,
  task: ArchitectQuery["task"],
  pilots: readonly Pilot[],
  taskCorrelation: number,
  benchmark?: string,
): DesignPosterior {
  const last = lastPosterior;
  if (
    last !== null &&
    last.model === model &&
    last.task === task &&
    last.pilots === pilots &&
    last.taskCorrelation === taskCorrelation &&
    last.benchmark === benchmark
  )
    return last.posterior;
  const posterior = fusedPosterior(model, task, pilots, taskCorrelation, benchmark);
  lastPosterior = { model, task, pilots, taskCorrelation, benchmark, posterior };
  return posterior;
}

/**
 * The posterior last fused, kept with its inputs as objects: a scenario's predictions and its decision's
 * joint distribution ask for the same one in turn (lib/scenario/predict-scenario.ts hands both the same
 * task and pilots), so it is fused once. Inputs are never changed once made; a caller only reads it.
 */
let lastPosterior: {
  model: ArchitectModel;
  task: ArchitectQuery["task"];
  pilots: readonly Pilot[];
  taskCorrelation: number;
  benchmark: string | undefined;
  posterior: DesignPosterior;
} | null = null;

function fusedPosterior(
  model: ArchitectModel,
  task: ArchitectQuery["task"],
  pilots: readonly Pilot[],
  taskCorrelation: number,
  benchmark?: string,
): DesignPosterior {
  const singlePiloted = pilots.some((p) => p.architecture === "single");
  const joint = architectJoint(model, singlePiloted ? { ...task, baseline: null } : task, benchmark);
  const posterior = fusePilots(
    joint.prior,
    pilots.map((p) => {
      const readout = designReadout(model, joint, p.architecture, p.agents);
      return { h: readout.h, extraVariance: readout.extraVariance, tasks: p.tasks, solved: p.solved, ...(p.paired ? { pairing: "paired" } : {}) };
    }),
    taskCorrelation,
  );
  return { designs: joint.designs, posterior, baseline: joint.baseline };
}

/**
 * Predicts one design fused with the architect's pilots (docs/model.md section 5). The model's joint
 * prior over the task's designs (architectJoint; with a single-agent pilot the prior's single level is
 * the baseline sub-model's estimate, which the pilot then measures) is conditioned on every pilot
 * (fusePilots); the design is read off the posterior, a design away from its measured count through the
 * agent-count rule (atAgents) as without pilots. Without pilots it is predictArchitect.
 */
export function predictArchitectWithPilots(model: ArchitectModel, query: ArchitectQuery, pilots: readonly Pilot[], taskCorrelation: number): SuccessPrediction {
  return architectPilotsPredictor(model, query.task, query.benchmark, pilots, taskCorrelation)(query.architecture, query.agents);
}

/**
 * predictArchitectWithPilots for many designs of one task: the joint prior is conditioned on the pilots
 * once, and each design read off that one posterior. Without pilots it is architectPredictor.
 */
export function architectPilotsPredictor(
  model: ArchitectModel,
  task: ArchitectQuery["task"],
  benchmark: string | undefined,
  pilots: readonly Pilot[],
  taskCorrelation: number,
): DesignPredictor {
  if (pilots.length === 0) return architectPredictor(model, task, benchmark);
  const singlePiloted = pilots.some((p) => p.architecture === "single");
  const { designs, posterior, baseline: prior } = architectPosterior(model, task, pilots, taskCorrelation, benchmark);
  const moments = (i: number) => ({ mean: at(posterior.mean, i), variance: Math.max(0, at(at(posterior.cov, i), i)) });
  const single = moments(0);
  const baseline = { value: single.mean, estimated: !singlePiloted && prior.estimated, sd: Math.sqrt(single.variance) };
  const reasonsOf = taskExtrapolation(model.domain, { ...task, baseline: single.mean });
  return (architecture, agents) => {
    const measuredAgents = model.measuredAgents[architecture];
    if (measuredAgents === undefined) throw new RangeError(`unknown architecture "${architecture}"`);
    const reasons = reasonsOf({ architecture, agents, measuredAgents });
    if (architecture === "single")
      return toPrediction({ architecture: "single", agents, mean: single.mean, sd: baseline.sd, reasons, baseline, covarianceWithSingle: single.variance });
    const j = designs.indexOf(architecture);
    const covariance = at(at(posterior.cov, 0), j);
    const { mean, sd } = atAgents(single, moments(j), covariance, measuredAgents, agents);
    // The design at `agents` is (1 − c)·S + c·M_j by the rule, so its covariance with S is (1 − c)·Var S + c·Cov(S, M_j).
    const c = agents === measuredAgents ? 1 : gainScale(at(posterior.mean, j) - single.mean, measuredAgents, agents);
    return toPrediction({ architecture, agents, mean, sd, reasons, baseline, covarianceWithSingle: (1 - c) * single.variance + c * covariance });
  };
}
