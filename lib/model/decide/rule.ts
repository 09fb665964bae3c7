import type { JointNormal } from "../predict/fusion";
import { at } from "../stats/checked";
import { bestShares, breakEvenValue, chanceAbove, valueBands, type ValueBand } from "./odds";

/**
 * The decision rule (docs/model.md section 6): which design to build, from the joint predictive
 * distribution of the designs' success and their costs. Index 0 is always the single agent.
 *
 * - With the value of a solved task V (USD) stated, the rule is `value`: build the design with the
 *   highest expected net value per task, V·success − cost; how sure = the chance it has the highest net
 *   value.
 * - Without V, the rule is `confidence`: build a multi-agent design only when it beats the single agent
 *   with at least the confidence target (of those that do, the surest, then the cheaper); otherwise the
 *   single agent, the simpler and cheaper design; how sure = the chance the call is right: that the
 *   chosen multi-agent design beats the single agent, or that no multi-agent design does.
 *
 * One quantity, `chance`, is "how sure" everywhere: the card, the summary bar, the planner's "now", the
 * CLI and the methodology page.
 */

export type DecisionRule = "value" | "confidence";

/** A multi-agent design against the single agent, at the confidence target. */
export type Verdict = "better" | "worse" | "unsure";

export type RuleQuery = {
  /** The designs' success: the joint predictive distribution, index 0 the single agent. */
  joint: JointNormal;
  /** The success each design is shown with (the joint's mean clipped to [0, 1]): expected net values use it. */
  success: readonly number[];
  /** Cost per task of each design, USD. */
  costUsd: readonly number[];
  /** The value of one solved task, USD; null when not stated. */
  valuePerSuccess: number | null;
  /** The confidence target: a share in (0, 1). */
  confidence: number;
};

/** What the rule says about each design (index 0, the single agent, has no verdict of its own). */
export type DesignOdds = {
  /** The chance this design's success beats the single agent's (joint; null for the single agent). */
  chanceBeatsSingle: number | null;
  /** The SD of its success minus the single agent's under the joint (null for the single agent): how uncertain the gap is. */
  gapSd: number | null;
  verdict: Verdict | null;
  /** V·success − cost, USD per task (null without V). */
  expectedNetValueUsd: number | null;
  /** The chance this design has the highest net value (null without V). */
  chanceHighestNetValue: number | null;
  /** The value of a solved task above which it pays for itself against the single agent (null: never; the single agent: null). */
  breakEvenValueUsd: number | null;
};

export type RuleOutcome = {
  rule: DecisionRule;
  /** The index the rule calls. */
  call: number;
  /** How sure: the chance the call is right (see the file's comment). */
  chance: number;
  odds: DesignOdds[];
  /** Whether some multi-agent design beats the single agent with at least the confidence target. */
  shownBetter: boolean;
  /** The multi-agent design likeliest to beat the single agent: what a pilot would settle. */
  contender: number;
  /** Which design has the highest expected net value as V runs from 0 up (the bands answer "what would V settle?"). */
  valueBands: ValueBand[];
};

/**
 * The verdict on a multi-agent design: `better` when it beats the single agent with at least the
 * target, `worse` when the single agent beats it with at least the target, else `unsure`.
 *
 * @example verdictOf(0.95, 0.9) // "better"
 */
export function verdictOf(chanceBeatsSingle: number, confidence: number): Verdict {
  if (chanceBeatsSingle >= confidence) return "better";
  if (1 - chanceBeatsSingle >= confidence) return "worse";
  return "unsure";
}

/** Checks that every per-design array matches the joint's size and the target is a share. */
function checkQuery(q: RuleQuery): void {
  const n = q.joint.mean.length;
  if (n < 2 || q.joint.cov.length !== n || q.success.length !== n || q.costUsd.length !== n) {
    throw new RangeError(`decision rule: ${n} designs, ${q.joint.cov.length} covariance rows, ${q.success.length} successes, ${q.costUsd.length} costs`);
  }
  if (!(q.confidence > 0 && q.confidence < 1)) throw new RangeError(`a confidence target lies in (0, 1), got ${q.confidence}`);
  if (q.valuePerSuccess !== null && !(q.valuePerSuccess >= 0 && Number.isFinite(q.valuePerSuccess)))
    throw new RangeError(`a value per solved task is a finite amount ≥ 0, got ${q.valuePerSuccess}`);
}

/**
 * The chance that a call is right by a rule: with V, that `call` has the highest net value; without V,
 * that the multi-agent `call` beats the single agent, or (a single-agent call) that no multi-agent
 * design beats it. The planner's "now" is this very figure.
 *
 * @example callChance({ mean: [0.5, 0.6], cov: [[0.01, 0.005], [0.005, 0.01]] }, 1, null, [0.01, 0.05]) // ≈ 0.841
 */
export function callChance(joint: JointNormal, call: number, valuePerSuccess: number | null, costUsd: readonly number[]): number {
  if (valuePerSuccess !== null) return at(shares(joint, valuePerSuccess, costUsd), call);
  if (call > 0) return chanceAbove(joint, call, 0);
  return at(shares(joint, null, costUsd), 0);
}

/** The shares computed last, by their inputs: see `shares`. */
const recentShares = new Map<string, readonly number[]>();
const RECENT_SHARES = 4;

/**
 * The key of shares' inputs: every number's 64 bits (so -0, NaN and the infinities are kept apart), with
 * the lengths, as a string; the same in Node and the browser. Equal keys, equal inputs.
 */
function sharesKey(joint: JointNormal, valuePerSuccess: number | null, costUsd: readonly number[]): string {
  const costs = valuePerSuccess === null ? [] : costUsd;
  const numbers: number[] = [joint.mean.length, ...joint.mean, joint.cov.length];
  for (const row of joint.cov) numbers.push(row.length, ...row);
  numbers.push(valuePerSuccess === null ? 0 : 1, valuePerSuccess ?? 0, costs.length, ...costs);
  // 16 bits a character: a string of any code units is a Map key (lone surrogates too).
  return String.fromCharCode(...new Uint16Array(Float64Array.from(numbers).buffer));
}

/**
 * The shares of the design with the highest net value (with V) or the highest success (without), bestShares:
 * ODDS_DRAWS draws, a few milliseconds each time. One answer asks for the same shares twice (the
 * recommendation's chance and the planner's "now", the same joint, rule and costs), so the last few are
 * kept, keyed by every input exactly (sharesKey): the same inputs, the same draws, the same shares.
 */
function shares(joint: JointNormal, valuePerSuccess: number | null, costUsd: readonly number[]): readonly number[] {
  const key = sharesKey(joint, valuePerSuccess, costUsd);
  const known = recentShares.get(key);
  if (known !== undefined) return known;
  const computed = bestShares(joint, valuePerSuccess, costUsd);
  recentShares.set(key, computed);
  for (const oldest of recentShares.keys()) {
    if (recentShares.size <= RECENT_SHARES) break;
    recentShares.delete(oldest);
  }
  return computed;
}

/**
 * The value rule's call: the index with the highest expected net value V·success − cost (the first on a
 * tie, so the single agent keeps one).
 *
 * @example valueCall([0.5, 0.6], [0.01, 0.05], 1) // 1 (0.55 against 0.49)
 */
export function valueCall(success: readonly number[], costUsd: readonly number[], valuePerSuccess: number): number {
  let best = 0;
  for (let i = 1; i < success.length; i++)
    if (valuePerSuccess * at(success, i) - at(costUsd, i) > valuePerSuccess * at(success, best) - at(costUsd, best)) best = i;
  return best;
}

/**
 * The confidence rule's contender and call: the multi-agent index likeliest to beat the single agent
 * (ties to the cheaper, then the first), called when its chance reaches the target, else the single
 * agent (0).
 *
 * @example confidenceCall({ mean: [0.5, 0.6], cov: [[0.01, 0.005], [0.005, 0.01]] }, [0.01, 0.05], 0.8) // { contender: 1, call: 1, beats: [null, ≈ 0.841] }
 */
export function confidenceCall(
  joint: JointNormal,
  costUsd: readonly number[],
  confidence: number,
): { contender: number; call: number; beats: (number | null)[] } {
  const beats = joint.mean.map((_, i) => (i === 0 ? null : chanceAbove(joint, i, 0)));
  let contender = 1;
  for (let i = 2; i < beats.length; i++) {
    const [b, c] = [beats[i] as number, beats[contender] as number];
    if (b > c || (b === c && at(costUsd, i) < at(costUsd, contender))) contender = i;
  }
  return { contender, call: (beats[contender] as number) >= confidence ? contender : 0, beats };
}

/**
 * Applies the rule to a task's designs (see the file's comment). Ties in expected net value go to the
 * earlier design (the single agent first).
 */
export function applyRule(q: RuleQuery): RuleOutcome {
  checkQuery(q);
  const single = { success: at(q.success, 0), costUsd: at(q.costUsd, 0) };
  const { contender, call: confident, beats } = confidenceCall(q.joint, q.costUsd, q.confidence);
  const V = q.valuePerSuccess;
  const highest = V === null ? null : shares(q.joint, V, q.costUsd);
  const odds: DesignOdds[] = beats.map((b, i) => ({
    chanceBeatsSingle: b,
    gapSd: i === 0 ? null : Math.sqrt(Math.max(0, at(at(q.joint.cov, i), i) + at(at(q.joint.cov, 0), 0) - 2 * at(at(q.joint.cov, i), 0))),
    verdict: b === null ? null : verdictOf(b, q.confidence),
    expectedNetValueUsd: V === null ? null : V * at(q.success, i) - at(q.costUsd, i),
    chanceHighestNetValue: highest === null ? null : at(highest, i),
    breakEvenValueUsd: i === 0 ? null : breakEvenValue(single, { success: at(q.success, i), costUsd: at(q.costUsd, i) }),
  }));
  const shownBetter = confident !== 0;
  const bands = valueBands(q.success.map((success, i) => ({ success, costUsd: at(q.costUsd, i) })));
  if (V !== null && highest !== null) {
    const call = valueCall(q.success, q.costUsd, V);
    return { rule: "value", call, chance: at(highest, call), odds, shownBetter, contender, valueBands: bands };
  }
  return { rule: "confidence", call: confident, chance: callChance(q.joint, confident, null, q.costUsd), odds, shownBetter, contender, valueBands: bands };
}
