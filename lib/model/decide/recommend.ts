import { designPredictor, type DesignQuery } from "../choose/design-predictor";
import type { JointNormal } from "../predict/fusion";
import { at } from "../stats/checked";
import { applyRule, callChance, type DecisionRule, type DesignOdds } from "./rule";
import { DEFAULT_EVIDENCE, type EvidenceChoice } from "../architect/evidence-choice";
import { architectFor, type FitName, type FittedModels, type ReliabilityKey } from "../choose/fitted-models";
import type { SuccessPrediction } from "../predict/prediction";

type Task = DesignQuery["task"];

/** The task inputs whose move can explain a call. */
export type DriverInput = "baseline" | "decomposability" | "tools" | "capability";

/** A design's prediction with (at least) its cost per task: what a recommendation chooses among. */
export type CostedDesign = SuccessPrediction & { cost: { costUsd: number } };

/** What a recommendation is asked for: the task, the model that answers, the rule's inputs and the optional limits. */
export type DecisionQuery = {
  task: Task;
  fit: FitName;
  evidence?: EvidenceChoice;
  like?: string | null;
  maxCost: number | null;
  minSuccess: number | null;
  /** The value of one solved task, USD (the `value` rule); null: not stated (the `confidence` rule). */
  valuePerSuccess: number | null;
  /** The confidence target, a share in (0, 1). */
  confidence: number;
};

/** A design with what the rule says about it. */
export type Assessed<D> = { design: D; odds: DesignOdds };

/** The design to build, how sure the call is, and the key of its held-out track record: the call without its explanation (decideCall). */
export type Call<D extends CostedDesign> = {
  /** The design to build: the rule's call, or with a budget or success floor the rule's choice among the designs meeting them. */
  design: D;
  single: D;
  kind: "single" | "multi";
  /** Which rule decided: `value` (a value per solved task was given) or `confidence`. */
  rule: DecisionRule;
  /** How sure: the chance the recommended design is the right call by the rule (rule.ts). */
  chance: number;
  /** The rule's own call before any constraint. */
  call: D;
  callKind: "single" | "multi";
  /**
   * The budget and success floor, when set: whether any design meets them and, when the call broke one,
   * which (`budget` when the call costs more than the budget, else `floor`). With none met, `design` is
   * the rule's own call (the words name the nearest design: smallest relative overrun plus shortfall).
   */
  constraint: { active: boolean; met: boolean; callBreaks: "budget" | "floor" | null };
  /** Every design (the single agent first) with its chance of beating the single agent, verdict and net value. */
  assessed: Assessed<D>[];
  /** Whether some multi-agent design beats the single agent with at least the confidence target. */
  shownBetter: boolean;
  /** The multi-agent design likeliest to beat the single agent: the one a pilot would settle, and whose runs the evidence shows. */
  contender: D;
  /** Which design has the highest expected net value as the value of a solved task runs from 0 up. */
  valueBands: { design: D; fromUsd: number; toUsd: number | null }[];
  /** The design's predicted success minus the single agent's, in points of success rate (0.07 = 7 points). */
  changeVsSingle: number;
  /** The task as assessed: its baseline is the pilot, or the estimate when there is none. */
  task: Task & { baseline: number };
  reliabilityKey: ReliabilityKey;
};

/** The call with why (lib/views words it): the input that drives it and the break-even baseline. */
export type Decision<D extends CostedDesign> = Call<D> & {
  /** The input that moves the single-vs-multi gap most in the direction of the call (the contender's gap). */
  driver: { input: DriverInput; shift: number; towardMulti: boolean };
  /** The fitted runs' average task, against which the driver is measured. */
  reference: Record<DriverInput, number>;
  /** The single-agent baseline at which the best multi-agent design stops paying off, if there is one. */
  breakEvenBaseline: number | null;
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
 * Applies a budget per task and a success floor to the rule's call (index into `designs`): the call
 * when it meets them; else the rule's choice among the designs that do (with V, the highest expected net
 * value; without, the single agent when it meets them, else the one surest to beat it, then the
 * cheaper); when none does, the rule's own call stands.
 */
function constrain<D extends CostedDesign>(
  designs: readonly D[],
  call: number,
  odds: readonly DesignOdds[],
  query: DecisionQuery,
): { index: number; constraint: Decision<D>["constraint"] } {
  const active = query.maxCost !== null || query.minSuccess !== null;
  const called = at(designs, call);
  const callBreaks = query.maxCost !== null && called.cost.costUsd > query.maxCost ? "budget" : violation(called, query) > 0 ? "floor" : null;
  if (!active || callBreaks === null) return { index: call, constraint: { active, met: true, callBreaks: null } };
  const feasible = designs.flatMap((d, i) => (violation(d, query) === 0 ? [i] : []));
  // Nothing meets them: the rule's own call stands (the note names the nearest design).
  if (feasible.length === 0) return { index: call, constraint: { active, met: false, callBreaks } };
  const pick = (better: (i: number, j: number) => boolean) => feasible.reduce((a, i) => (better(i, a) ? i : a));
  const index =
    query.valuePerSuccess !== null
      ? pick((i, j) => (at(odds, i).expectedNetValueUsd ?? -Infinity) > (at(odds, j).expectedNetValueUsd ?? -Infinity))
      : feasible.includes(0)
        ? 0
        : pick((i, j) => {
            const [a, b] = [at(odds, i).chanceBeatsSingle ?? 0, at(odds, j).chanceBeatsSingle ?? 0];
            return a > b || (a === b && at(designs, i).cost.costUsd < at(designs, j).cost.costUsd);
          });
  return { index, constraint: { active, met: true, callBreaks } };
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
 * The call for a task (docs/model.md section 6): the rule of rule.ts applied to the designs (each
 * architecture at its measured count, with cost) and the joint predictive distribution of their success
 * (`joint`, in the order of `designs`); then, if a budget or success floor is set and the call breaks it,
 * the rule's choice among the designs that meet them. What a link preview and the MCP tools' text need;
 * recommend adds why.
 */
export function decideCall<D extends CostedDesign>(query: DecisionQuery, designs: readonly D[], joint: JointNormal): Call<D> {
  if (joint.mean.length !== designs.length) throw new RangeError(`decideCall: ${designs.length} designs, a joint over ${joint.mean.length}`);
  const singleAt = designs.findIndex((d) => d.architecture === "single");
  if (singleAt < 0) throw new RangeError("no single-agent design to recommend against");
  if (designs.length < 2) throw new RangeError("no multi-agent design to compare with");
  // The rule counts the single agent as index 0.
  const order = [singleAt, ...designs.flatMap((_, i) => (i === singleAt ? [] : [i]))];
  const ordered = order.map((i) => at(designs, i));
  const orderedJoint = { mean: order.map((i) => at(joint.mean, i)), cov: order.map((i) => order.map((j) => at(at(joint.cov, i), j))) };
  const costUsd = ordered.map((d) => d.cost.costUsd);
  const outcome = applyRule({
    joint: orderedJoint,
    success: ordered.map((d) => d.successRate),
    costUsd,
    valuePerSuccess: query.valuePerSuccess,
    confidence: query.confidence,
  });
  const { index, constraint } = constrain(ordered, outcome.call, outcome.odds, query);
  const single = at(ordered, 0);
  const design = at(ordered, index);
  const call = at(ordered, outcome.call);
  const contender = at(ordered, outcome.contender);
  const kind = index === 0 ? "single" : "multi";
  const callKind = outcome.call === 0 ? "single" : "multi";
  const task = { ...query.task, baseline: query.task.baseline ?? single.baseline.value };
  return {
    design,
    single,
    kind,
    rule: outcome.rule,
    chance: index === outcome.call ? outcome.chance : callChance(orderedJoint, index, query.valuePerSuccess, costUsd),
    call,
    callKind,
    constraint,
    assessed: ordered.map((d, i) => ({ design: d, odds: at(outcome.odds, i) })),
    shownBetter: outcome.shownBetter,
    contender,
    valueBands: outcome.valueBands.map((b) => ({ design: at(ordered, b.index), fromUsd: b.fromUsd, toUsd: b.toUsd })),
    changeVsSingle: design.successRate - single.successRate,
    task,
    reliabilityKey: `${query.fit}-${query.task.baseline === null ? "no-pilot" : "pilot"}`,
  };
}

/**
 * The recommendation for a task: a call (decideCall's) and why. The driver is the input whose move
 * from the runs' average (model.reference) shifts the gap between the contender and the single agent
 * most toward the call; the break-even baseline solves gap(P) = 0 (breakEven).
 */
export function explainCall<D extends CostedDesign>(models: FittedModels, query: DecisionQuery, decided: Call<D>): Decision<D> {
  const { task, reliabilityKey, ...call } = decided;
  const callKind = call.callKind;
  const breakEvenBaseline = breakEven((P) => gap(models, { ...task, baseline: P }, query));
  const reference = architectFor(models, query.evidence ?? DEFAULT_EVIDENCE).reference;
  const base = gap(models, task, query);
  const direction = callKind === "multi" ? 1 : -1;
  const shifts = (["baseline", "decomposability", "tools", "capability"] as const).map((input) => ({
    input,
    shift: direction * (base - gap(models, { ...task, [input]: reference[input] }, query)),
  }));
  const top = shifts.reduce((a, b) => (b.shift > a.shift ? b : a));
  // The keys in the order the JSON answers have always had them.
  return { ...call, driver: { ...top, towardMulti: callKind === "multi" }, task, reference, breakEvenBaseline, reliabilityKey };
}
