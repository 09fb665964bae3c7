import { formatUsd, wholePercent } from "../format/numbers";
import { decideCall, explainCall, violation, type Call, type Decision, type DriverInput } from "../model/decide/recommend";
import { architectFor, type FittedModels } from "../model/choose/fitted-models";
import type { ArchitectModel } from "../model/architect/architect-fit";
import { measuredCostedDesigns, resolveLike, scenarioJoint, type CostedPrediction, type LikeResolution } from "../scenario/predict-scenario";
import type { Scenario } from "../scenario/scenario";
import { counted, signedPoints } from "../format/words";
import { finish, type Steps } from "../steps";
import { drawOddsNormals } from "../model/decide/odds";

type Task = Decision<CostedPrediction>["task"];

/** The model's decision (lib/model/decide) with its two sentences (why, and what the limits did) and the benchmark its predictions used. */
export type Recommendation = Omit<Decision<CostedPrediction>, "driver" | "constraint"> & {
  driver: Decision<CostedPrediction>["driver"] & { sentence: string };
  constraint: Decision<CostedPrediction>["constraint"] & { note: string | null };
  like: LikeResolution;
};

/** A recommendation without why (no driver, no break-even): what the decision's words read (decisionText), made by recommendCall. */
export type RecommendedCall = Omit<Recommendation, "driver" | "reference" | "breakEvenBaseline">;

const round2 = (x: number) => Math.round(x * 100) / 100;
const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * The driver's sentence, relative to the fitted runs' average task (`reference`): whether the task sits
 * above or below it is read from the values, and what that did to the gap from the call's direction,
 * so the sentence stays true whichever way an input acts.
 */
function sentence(input: DriverInput, towardMulti: boolean, task: Task, breakEven: number | null, reference: Record<DriverInput, number>): string {
  const side = (value: number, average: number) => (value >= average ? "above" : "below");
  const gained = towardMulti ? "more" : "less";
  switch (input) {
    case "baseline": {
      const value = task.baseline;
      if (breakEven !== null && wholePercent(value) === wholePercent(breakEven))
        return `Single-agent baseline ${wholePercent(value)} is at the break-even: more agents and one agent are predicted alike.`;
      if (breakEven !== null)
        return value < breakEven
          ? `Single-agent baseline ${wholePercent(value)} is below the break-even ${wholePercent(breakEven)}: there is headroom that extra agents can take.`
          : `Single-agent baseline ${wholePercent(value)} is above the break-even ${wholePercent(breakEven)}: extra agents cost more than they add.`;
      return `Single-agent baseline ${wholePercent(value)}, ${side(value, reference.baseline)} the runs' average ${wholePercent(reference.baseline)}: in the runs, multi-agent designs gained ${gained} at baselines like this.`;
    }
    case "decomposability": {
      const where = side(task.decomposability, reference.decomposability);
      const lead = `Decomposability ${task.decomposability}, ${where} the runs' average ${round2(reference.decomposability)}`;
      if (where === "above" && towardMulti) return `${lead}: more of the work can run in parallel.`;
      if (where === "below" && !towardMulti) return `${lead}: more steps wait on the last, so extra agents mostly coordinate.`;
      return `${lead}: in the runs, multi-agent designs gained ${gained} on tasks like this.`;
    }
    case "tools": {
      const where = side(task.tools, reference.tools);
      return `${counted(task.tools, "tool")}, ${where} the runs' average of ${round1(reference.tools)}: in the runs, multi-agent designs gained ${gained} on tasks with ${where === "above" ? "more" : "fewer"} tools, at the same baseline.`;
    }
    case "capability":
      return `Capability ${task.capability}, ${side(task.capability, reference.capability)} the runs' average ${round1(reference.capability)}: in the runs, models like this gained ${gained} from coordination.`;
  }
}

const money = formatUsd;

/**
 * Beside a tool-count driver: when the fitted effect of more tools is positive it contradicts the
 * paper's headline finding (tool-heavy tasks gain less from coordination), so say so, with the
 * benchmark the effect rests on and the effect without it. `labels` names architectures and benchmarks.
 */
function toolClaimNote(model: Pick<ArchitectModel, "toolEffect">, labels: ReadonlyMap<string, string>): string | null {
  const { effect, restsOn, effectWithout } = model.toolEffect;
  if (effect <= 0 || restsOn === null || effectWithout === null) return null;
  const points = (x: number) => signedPoints(100 * x);
  return `Kim et al. report the opposite: tool-heavy tasks gain less from coordination. Here doubling the tools moves multi-agent success ${points(effect)}, and this rests mostly on ${labels.get(restsOn) ?? restsOn} (without it: ${points(effectWithout)}).`;
}

/** The sentence about the budget and success floor: met, changed the choice, or met by nothing. */
function constraintNote(d: Call<CostedPrediction>, scenario: Scenario, label: (a: string) => string): string | null {
  if (!d.constraint.active) return null;
  const limits = [
    scenario.maxCost === null ? null : `${money(scenario.maxCost)} per task`,
    scenario.minSuccess === null ? null : `${wholePercent(scenario.minSuccess)} success`,
  ]
    .filter((x) => x !== null)
    .join(" and ");
  if (!d.constraint.met) {
    const nearest = d.assessed.map((a) => a.design).reduce((a, b) => (violation(b, scenario) < violation(a, scenario) ? b : a));
    return `No design meets ${limits}; the nearest is ${label(nearest.architecture)}: ${money(nearest.cost.costUsd)} per task, ${wholePercent(nearest.successRate)} success. The rule's own call stands.`;
  }
  if (d.design === d.call) return `Meets ${limits}.`;
  const byBudget = d.constraint.callBreaks === "budget";
  const why = byBudget
    ? `costs ${money(d.call.cost.costUsd)} per task, over your ${money(scenario.maxCost ?? 0)} budget`
    : `is predicted at ${wholePercent(d.call.successRate)}, under your ${wholePercent(scenario.minSuccess ?? 0)} floor`;
  const pick =
    d.rule === "value"
      ? "has the highest expected net value"
      : d.kind === "single"
        ? "is the simpler, cheaper design"
        : "is the likeliest to beat the single agent";
  return `Your ${byBudget ? "budget" : "success floor"} changed the choice: ${label(d.call.architecture)}, the rule's own call, ${why}; within ${limits}, ${label(d.design.architecture)} ${pick}.`;
}

/** The decision query of a scenario over its measured designs, and the joint distribution of their success. */
function scenarioDecision(models: FittedModels, scenario: Scenario, designs: readonly CostedPrediction[]) {
  // A single-agent pilot measures the baseline: the call is assessed (and its record chosen) at the fused single-agent level.
  const piloted = scenario.pilots.some((p) => p.architecture === "single") ? (designs.find((d) => d.architecture === "single")?.successRate ?? null) : null;
  const task = { tools: scenario.tools, decomposability: scenario.decomposability, capability: scenario.capability, baseline: scenario.baseline ?? piloted };
  const like = resolveLike(models, scenario);
  const joint = scenarioJoint(
    models,
    scenario,
    designs.map((x) => x.architecture),
  );
  const query = {
    task,
    fit: scenario.fit,
    evidence: scenario.evidence,
    like: like.like,
    maxCost: scenario.maxCost,
    minSuccess: scenario.minSuccess,
    valuePerSuccess: scenario.valuePerSuccess,
    confidence: scenario.planConfidence,
  };
  return { query, joint, like };
}

/**
 * The call for a scenario without why (decideCall): what a link preview, the design memo's opening and
 * the MCP tools' text say (decisionSummary), without the dozen or so predictions recommend makes to
 * explain it (the driver, the break-even baseline). The same design, chance and words as recommend's.
 */
export function recommendCall(
  models: FittedModels,
  scenario: Scenario,
  labels: ReadonlyMap<string, string> = new Map(),
  designs: readonly CostedPrediction[] = measuredCostedDesigns(models, scenario),
): RecommendedCall {
  const { query, joint, like } = scenarioDecision(models, scenario, designs);
  const d = decideCall(query, designs, joint);
  return { ...d, like, constraint: { ...d.constraint, note: constraintNote(d, scenario, (a) => labels.get(a) ?? a) } };
}

/**
 * The recommendation for a scenario (lib/model/decide/recommend.ts decides), worded: the driver's
 * sentence and the note on the budget and success floor.
 */
export function recommend(
  models: FittedModels,
  scenario: Scenario,
  labels: ReadonlyMap<string, string> = new Map(),
  /** The measured designs, when the caller has them already (the calculator reads them from its grid). */
  designs: readonly CostedPrediction[] = measuredCostedDesigns(models, scenario),
): Recommendation {
  return finish(recommendSteps(models, scenario, labels, designs));
}

/** recommend in steps (lib/steps.ts): the joint distribution, the draws of its chances, the call, then why. */
export function* recommendSteps(
  models: FittedModels,
  scenario: Scenario,
  labels: ReadonlyMap<string, string>,
  designs: readonly CostedPrediction[],
): Steps<Recommendation> {
  const { query, joint, like } = scenarioDecision(models, scenario, designs);
  yield;
  drawOddsNormals(designs.length);
  yield;
  const call = decideCall(query, designs, joint);
  yield;
  const d = explainCall(models, query, call);
  return {
    ...d,
    like,
    driver: {
      ...d.driver,
      sentence: [
        sentence(d.driver.input, d.driver.towardMulti, d.task, d.breakEvenBaseline, d.reference),
        d.driver.input === "tools" ? toolClaimNote(architectFor(models, scenario.evidence), labels) : null,
      ]
        .filter((x) => x !== null)
        .join(" "),
    },
    constraint: { ...d.constraint, note: constraintNote(d, scenario, (a) => labels.get(a) ?? a) },
  };
}
