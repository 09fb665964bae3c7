import { errorFunction } from "simple-statistics";
import { designPredictor, type DesignQuery } from "../predict/design";
import { architectFor, DEFAULT_EVIDENCE, type EvidenceChoice, type FitName, type FittedModels } from "../predict/fitted-models";
import type { SuccessPrediction } from "../predict/prediction";
import type { ReliabilityKey } from "../validation/track-record";

type Task = DesignQuery["task"];

/** The task inputs whose move can explain a call. */
export type DriverInput = "baseline" | "decomposability" | "tools" | "capability";

/** A design's prediction with (at least) its cost per task: what a recommendation chooses among. */
export type CostedDesign = SuccessPrediction & { cost: { costUsd: number } };

/** What a recommendation is asked for: the task, the model that answers, and the optional limits. */
export type DecisionQuery = { task: Task; fit: FitName; evidence?: EvidenceChoice; like?: string | null; maxCost: number | null; minSuccess: number | null };

/** The design to build, why, and the key of its held-out track record (lib/views words it). */
export type Decision<D extends CostedDesign> = {
  /** The design to build: the model's call, or with a budget or success floor the best design meeting them. */
  design: D;
  single: D;
  kind: "single" | "multi";
  /** The model's own single-vs-multi call before any constraint (the call its track record scores). */
  call: D;
  callKind: "single" | "multi";
  /**
   * The budget and success floor, when set: whether any design meets them and, when the call broke one,
   * which (`budget` when the call costs more than the budget, else `floor`). With none met, `design` is
   * the nearest (smallest relative overrun plus shortfall).
   */
  constraint: { active: boolean; met: boolean; callBreaks: "budget" | "floor" | null };
  /** The design's predicted success minus the single agent's, in points of success rate (0.07 = 7 points). */
  changeVsSingle: number;
  /**
   * Chance that `multiCompared` beats the single agent (normal approximation; independent errors unless
   * the prediction carries its covariance with the single agent, as fused predictions do):
   * the design itself when it is multi-agent, otherwise the best multi-agent design.
   */
  chanceMultiBetter: number;
  multiCompared: D;
  /** The input that moves the single-vs-multi gap most in the direction of the model's call. */
  driver: { input: DriverInput; shift: number; towardMulti: boolean };
  /** The task as assessed: its baseline is the pilot, or the estimate when there is none. */
  assessed: Task & { baseline: number };
  /** The fitted runs' average task, against which the driver is measured. */
  reference: Record<DriverInput, number>;
  /** The single-agent baseline at which the best multi-agent design stops paying off, if there is one. */
  breakEvenBaseline: number | null;
  reliabilityKey: ReliabilityKey;
};

/** Predictions of every architecture at its measured count, for a task. */
export function measuredDesigns(models: FittedModels, task: Task, fit: FitName, source: Pick<DesignQuery, "evidence" | "like"> = {}): SuccessPrediction[] {
  const predict = designPredictor(models, { task, fit, ...source });
  return Object.entries(models.architect.measuredAgents).map(([architecture, agents]) => predict(architecture, agents));
}

/** Best multi-agent success minus single-agent success, at the measured counts. */
function gap(models: FittedModels, task: Task, query: Pick<DecisionQuery, "fit" | "evidence" | "like">): number {
  const designs = measuredDesigns(models, task, query.fit, { evidence: query.evidence, like: query.like });
  const single = designs.find((d) => d.architecture === "single");
  if (single === undefined) throw new RangeError("no single-agent design to compare with");
  return Math.max(...designs.filter((d) => d.architecture !== "single").map((d) => d.successRate)) - single.successRate;
}

/** How far a design is from meeting the limits: relative budget overrun plus relative shortfall (0 = meets them). */
export function violation(d: CostedDesign, limits: Pick<DecisionQuery, "maxCost" | "minSuccess">): number {
  const over = limits.maxCost === null ? 0 : Math.max(0, d.cost.costUsd / Math.max(limits.maxCost, 1e-9) - 1);
  const short = limits.minSuccess === null ? 0 : Math.max(0, (limits.minSuccess - d.successRate) / Math.max(limits.minSuccess, 1e-9));
  return over + short;
}

/**
 * Applies a budget per task and a success floor: the most successful design that meets both (ties to
 * the cheaper), or, when none does, the nearest (smallest overrun plus shortfall).
 */
function constrain<D extends CostedDesign>(designs: readonly D[], unconstrained: D, query: DecisionQuery): { design: D; constraint: Decision<D>["constraint"] } {
  const active = query.maxCost !== null || query.minSuccess !== null;
  const callBreaks = query.maxCost !== null && unconstrained.cost.costUsd > query.maxCost ? "budget" : violation(unconstrained, query) > 0 ? "floor" : null;
  if (!active) return { design: unconstrained, constraint: { active, met: true, callBreaks: null } };
  const feasible = designs.filter((d) => violation(d, query) === 0);
  if (feasible.length === 0) {
    const nearest = designs.reduce((a, b) => (violation(b, query) < violation(a, query) ? b : a));
    return { design: nearest, constraint: { active, met: false, callBreaks } };
  }
  const design = feasible.reduce((a, b) => (b.successRate > a.successRate || (b.successRate === a.successRate && b.cost.costUsd < a.cost.costUsd) ? b : a));
  return { design, constraint: { active, met: true, callBreaks } };
}

/** The break-even baseline's tolerance: the bracket is narrowed to 0.98 / 2^14 ≈ 0.00006 at most, well below a displayed percent. */
const BREAK_EVEN_TOLERANCE = 0.98 / 2 ** 14;

/**
 * The single-agent baseline P in (0.01, 0.99) where gap(P) changes sign; null when the gap has one sign
 * at both ends (or is not a number). By the Illinois method (regula falsi that halves a stale end's
 * value): the gap is piecewise linear in P (clipped linear predictions, a maximum over architectures), so
 * once the bracket sits in the piece holding the root the secant lands on it, in a handful of evaluations
 * where bisection took sixteen (each evaluation predicts five designs; the calculator asks on every
 * slider step). Whenever two steps have not halved the bracket (a kink with very different slopes on its
 * two sides) the next step bisects, so the search never takes more than about three times bisection's
 * evaluations. The answer is a root to within 1e-12 of gap or a bracket narrower than BREAK_EVEN_TOLERANCE.
 *
 * @example breakEven((P) => 0.3 - P) // 0.3 (to 1e-12)
 */
export function breakEven(gapAt: (baseline: number) => number): number | null {
  let [a, b] = [0.01, 0.99];
  let fa = gapAt(a);
  let fb = gapAt(b);
  if (!Number.isFinite(fa) || !Number.isFinite(fb) || Math.sign(fa) === Math.sign(fb)) return null;
  if (fa === 0) return a;
  if (fb === 0) return b;
  let kept = 0;
  // The bracket's width at the start of the last two steps.
  let [previous, beforeThat] = [Infinity, Infinity];
  // (the cap is a guard: bisecting whenever the secant stalls halves the bracket every few steps)
  for (let step = 0; step < 200 && b - a > BREAK_EVEN_TOLERANCE; step++) {
    const width = b - a;
    const bisect = width > beforeThat / 2;
    [beforeThat, previous] = [previous, width];
    const c = bisect ? (a + b) / 2 : Math.min(b, Math.max(a, (a * fb - b * fa) / (fb - fa)));
    const fc = gapAt(c);
    if (!Number.isFinite(fc)) return null;
    if (Math.abs(fc) <= 1e-12) return c;
    if (Math.sign(fc) === Math.sign(fb)) {
      [b, fb] = [c, fc];
      // a stayed twice in a row: halve its value so the next secant moves it (Illinois).
      if (!bisect && kept === -1) fa /= 2;
      kept = bisect ? 0 : -1;
    } else {
      [a, fa] = [c, fc];
      if (!bisect && kept === 1) fb /= 2;
      kept = bisect ? 0 : 1;
    }
  }
  return (a + b) / 2;
}

/**
 * The recommendation for a task, by the rule the validation scores: build the architecture with the
 * highest predicted success at its measured count, single agent unless a multi-agent design beats it;
 * then, if a budget or success floor is set, the most successful design that meets them.
 * The driver is the input whose move from the runs' average (model.reference) shifts the
 * single-vs-multi gap most toward the call; the break-even baseline solves gap(P) = 0 (breakEven).
 */
export function recommend<D extends CostedDesign>(models: FittedModels, query: DecisionQuery, designs: readonly D[]): Decision<D> {
  const single = designs.find((d) => d.architecture === "single");
  if (single === undefined) throw new RangeError("no single-agent design to recommend against");
  const multis = designs.filter((d) => d.architecture !== "single");
  const firstMulti = multis[0];
  if (firstMulti === undefined) throw new RangeError("no multi-agent design to compare with");
  const multi = multis.reduce((a, b) => (b.successRate > a.successRate ? b : a), firstMulti);
  const unconstrained = multi.successRate > single.successRate ? multi : single;
  const { design, constraint } = constrain(designs, unconstrained, query);
  const kind = design.architecture === "single" ? "single" : "multi";
  const callKind = unconstrained.architecture === "single" ? "single" : "multi";
  const multiCompared = kind === "multi" ? design : multi;
  // The gap's SD: with pilots the model knows how the designs covary (shared tasks, shared task effect).
  const gapSd = Math.sqrt(Math.max(0, multiCompared.sd ** 2 + single.sd ** 2 - 2 * (multiCompared.covarianceWithSingle ?? 0)));
  const z = gapSd > 0 ? (multiCompared.successRate - single.successRate) / gapSd : 0;
  const assessed = { ...query.task, baseline: query.task.baseline ?? single.baseline.value };
  const breakEvenBaseline = breakEven((P) => gap(models, { ...assessed, baseline: P }, query));
  const reference = architectFor(models, query.evidence ?? DEFAULT_EVIDENCE).reference;
  const base = gap(models, assessed, query);
  const direction = callKind === "multi" ? 1 : -1;
  const shifts = (["baseline", "decomposability", "tools", "capability"] as const).map((input) => ({
    input,
    shift: direction * (base - gap(models, { ...assessed, [input]: reference[input] }, query)),
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
    driver: { ...top, towardMulti: callKind === "multi" },
    assessed,
    reference,
    breakEvenBaseline,
    reliabilityKey: `${query.fit}-${query.task.baseline === null ? "no-pilot" : "pilot"}`,
  };
}
