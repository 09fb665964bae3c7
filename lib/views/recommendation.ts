import { errorFunction } from "simple-statistics";
import { formatUsd, wholePercent } from "../format/numbers";
import { predictDesign, type DesignQuery, type FittedModels } from "../model/predict/design";
import type { SuccessPrediction } from "../model/predict/prediction";
import type { ReliabilityKey } from "../model/validation/track-record";
import { measuredCostedDesigns, type CostedPrediction } from "../scenario/predict-scenario";
import type { Scenario } from "../scenario/scenario";

type Task = DesignQuery["task"];
type Input = "baseline" | "decomposability" | "tools" | "capability";

/** The design to build, why, and how often such calls were right on held-out benchmarks. */
export type Recommendation = {
  /** The design to build: the model's call, or with a budget or success floor the best design meeting them. */
  design: CostedPrediction;
  single: CostedPrediction;
  kind: "single" | "multi";
  /** The model's own single-vs-multi call before any constraint (the call its track record scores). */
  call: CostedPrediction;
  callKind: "single" | "multi";
  /** The budget and success floor, when set: whether any design meets them, and how they changed the call. */
  constraint: { active: boolean; met: boolean; note: string | null };
  /** The design's predicted success minus the single agent's, in points of success rate (0.07 = 7 points). */
  changeVsSingle: number;
  /**
   * Chance that `multiCompared` beats the single agent (normal approximation, independent errors):
   * the design itself when it is multi-agent, otherwise the best multi-agent design.
   */
  chanceMultiBetter: number;
  multiCompared: CostedPrediction;
  /** The input that moves the single-vs-multi gap most in the direction of the model's call, with a sentence. */
  driver: { input: Input; shift: number; sentence: string };
  /** The single-agent baseline at which the best multi-agent design stops paying off, if there is one. */
  breakEvenBaseline: number | null;
  reliabilityKey: ReliabilityKey;
};

/** Predictions of every architecture at its measured count, for a task. */
export function measuredDesigns(models: FittedModels, task: Task, fit: Scenario["fit"]): SuccessPrediction[] {
  return Object.entries(models.architect.measuredAgents).map(([architecture, agents]) => predictDesign(models, { task, architecture, agents, fit }));
}

/** Best multi-agent success minus single-agent success, at the measured counts. */
function gap(models: FittedModels, task: Task, fit: Scenario["fit"]): number {
  const designs = measuredDesigns(models, task, fit);
  const single = designs.find((d) => d.architecture === "single")?.successRate ?? 0;
  return Math.max(...designs.filter((d) => d.architecture !== "single").map((d) => d.successRate)) - single;
}


const round2 = (x: number) => Math.round(x * 100) / 100;
const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * The driver's sentence, relative to the fitted runs' average task (`reference`): whether the task sits
 * above or below it is read from the values, and what that did to the gap from the call's direction,
 * so the sentence stays true whichever way an input acts.
 */
function sentence(input: Input, towardMulti: boolean, task: Task, breakEven: number | null, reference: Record<Input, number>): string {
  const side = (value: number, average: number) => (value >= average ? "above" : "below");
  const gained = towardMulti ? "more" : "less";
  switch (input) {
    case "baseline": {
      const value = task.baseline ?? 0;
      if (breakEven !== null && wholePercent(value) === wholePercent(breakEven)) return `Single-agent baseline ${wholePercent(value)} is at the break-even: more agents and one agent are predicted alike.`;
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
      return `${task.tools} tool${task.tools === 1 ? "" : "s"}, ${where} the runs' average of ${round1(reference.tools)}: in the runs, multi-agent designs gained ${gained} on tasks with ${where === "above" ? "more" : "fewer"} tools, at the same baseline.`;
    }
    case "capability":
      return `Capability ${task.capability}, ${side(task.capability, reference.capability)} the runs' average ${round1(reference.capability)}: in the runs, models like this gained ${gained} from coordination.`;
  }
}

const money = formatUsd;

/** How far a design is from meeting the constraints: relative budget overrun plus relative shortfall (0 = meets them). */
function violation(d: CostedPrediction, scenario: Scenario): number {
  const over = scenario.maxCost === null ? 0 : Math.max(0, d.cost.costUsd / Math.max(scenario.maxCost, 1e-9) - 1);
  const short = scenario.minSuccess === null ? 0 : Math.max(0, (scenario.minSuccess - d.successRate) / Math.max(scenario.minSuccess, 1e-9));
  return over + short;
}

/**
 * Applies a budget per task and a success floor: the most successful design that meets both (ties to
 * the cheaper), or, when none does, the nearest (smallest overrun plus shortfall), with a note saying so.
 */
function constrain(designs: readonly CostedPrediction[], unconstrained: CostedPrediction, scenario: Scenario, label: (a: string) => string) {
  const active = scenario.maxCost !== null || scenario.minSuccess !== null;
  if (!active) return { design: unconstrained, constraint: { active, met: true, note: null } };
  const limits = [scenario.maxCost === null ? null : `${money(scenario.maxCost)} per task`, scenario.minSuccess === null ? null : `${wholePercent(scenario.minSuccess)} success`].filter((x) => x !== null).join(" and ");
  const feasible = designs.filter((d) => violation(d, scenario) === 0);
  if (feasible.length === 0) {
    const nearest = designs.reduce((a, b) => (violation(b, scenario) < violation(a, scenario) ? b : a));
    return {
      design: nearest,
      constraint: { active, met: false, note: `No design meets ${limits}; the nearest is ${label(nearest.architecture)}: ${money(nearest.cost.costUsd)} per task, ${wholePercent(nearest.successRate)} success.` },
    };
  }
  const design = feasible.reduce((a, b) => (b.successRate > a.successRate || (b.successRate === a.successRate && b.cost.costUsd < a.cost.costUsd) ? b : a));
  const why =
    scenario.maxCost !== null && unconstrained.cost.costUsd > scenario.maxCost
      ? `costs ${money(unconstrained.cost.costUsd)} per task, over your ${money(scenario.maxCost)} budget`
      : `is predicted at ${wholePercent(unconstrained.successRate)}, under your ${wholePercent(scenario.minSuccess ?? 0)} floor`;
  const note =
    design === unconstrained
      ? `Meets ${limits}.`
      : `Your ${scenario.maxCost !== null && unconstrained.cost.costUsd > scenario.maxCost ? "budget" : "success floor"} changed the choice: ${label(unconstrained.architecture)}, the most successful design, ${why}; ${label(design.architecture)} is the most successful within ${limits}.`;
  return { design, constraint: { active, met: true, note } };
}

/**
 * The recommendation for a scenario, by the rule the validation scores: build the architecture with the
 * highest predicted success at its measured count, single agent unless a multi-agent design beats it;
 * then, if a budget or success floor is set, the most successful design that meets them.
 * The driver is the input whose move from the runs' average (model.reference) shifts the
 * single-vs-multi gap most toward the call; the break-even baseline solves gap(P) = 0 by bisection.
 */
export function recommend(
  models: FittedModels,
  scenario: Scenario,
  labels: ReadonlyMap<string, string> = new Map(),
  /** The measured designs, when the caller has them already (the calculator reads them from its grid). */
  designs: readonly CostedPrediction[] = measuredCostedDesigns(models, scenario),
): Recommendation {
  const task: Task = { tools: scenario.tools, decomposability: scenario.decomposability, capability: scenario.capability, baseline: scenario.baseline };
  const single = designs.find((d) => d.architecture === "single") ?? designs[0];
  if (single === undefined) throw new RangeError("no designs to recommend from");
  const multi = designs.filter((d) => d.architecture !== "single").reduce((a, b) => (b.successRate > a.successRate ? b : a));
  const unconstrained = multi.successRate > single.successRate ? multi : single;
  const { design, constraint } = constrain(designs, unconstrained, scenario, (a) => labels.get(a) ?? a);
  const kind = design.architecture === "single" ? "single" : "multi";
  const callKind = unconstrained.architecture === "single" ? "single" : "multi";
  const multiCompared = kind === "multi" ? design : multi;
  const gapSd = Math.hypot(multiCompared.sd, single.sd);
  const z = gapSd > 0 ? (multiCompared.successRate - single.successRate) / gapSd : 0;
  const withPilot = { ...task, baseline: task.baseline ?? single.baseline.value };
  const atBaseline = (P: number) => gap(models, { ...withPilot, baseline: P }, scenario.fit);
  let breakEvenBaseline: number | null = null;
  let low = 0.01;
  let high = 0.99;
  const [atLow, atHigh] = [atBaseline(low), atBaseline(high)];
  if (Math.sign(atLow) !== Math.sign(atHigh)) {
    const rising = atHigh > atLow;
    for (let i = 0; i < 14; i++) {
      const mid = (low + high) / 2;
      if (atBaseline(mid) > 0 === rising) high = mid;
      else low = mid;
    }
    breakEvenBaseline = (low + high) / 2;
  }
  const reference = models.architect.reference;
  const base = gap(models, withPilot, scenario.fit);
  const direction = callKind === "multi" ? 1 : -1;
  const shifts = (["baseline", "decomposability", "tools", "capability"] as const).map((input) => ({
    input,
    shift: direction * (base - gap(models, { ...withPilot, [input]: reference[input] }, scenario.fit)),
  }));
  const top = shifts.reduce((a, b) => (b.shift > a.shift ? b : a));
  return {
    design,
    single,
    kind,
    call: unconstrained,
    callKind,
    constraint,
    changeVsSingle: design.successRate - single.successRate,
    chanceMultiBetter: 0.5 * (1 + errorFunction(z / Math.SQRT2)),
    multiCompared,
    driver: { ...top, sentence: sentence(top.input, callKind === "multi", withPilot, breakEvenBaseline, reference) },
    breakEvenBaseline,
    reliabilityKey: `${scenario.fit}-${scenario.baseline === null ? "no-pilot" : "pilot"}`,
  };
}
