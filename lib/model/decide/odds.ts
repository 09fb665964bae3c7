import { errorFunction } from "simple-statistics";
import type { JointNormal } from "../predict/fusion";
import { at } from "../stats/checked";
import { choleskyFactor } from "../stats/linear";
import { normalStream } from "../stats/random";

/**
 * Chances under the joint predictive distribution of a task's designs (docs/model.md section 6): the
 * success rates θ of the single agent (index 0) and of each multi-agent design share the task, so they
 * are drawn together (a JointNormal, fused with the pilots when there are any), and "how sure" a choice
 * among several designs is comes from that one distribution.
 */

/** Draws of θ behind a Monte Carlo chance (pre-specified): its SE is at most sqrt(0.25/4000) ≈ 0.008. */
export const ODDS_DRAWS = 4000;
/** The fixed seed of those draws: the same inputs give the same chance everywhere (page, CLI, planner). */
export const ODDS_SEED = 20_261_207;

/**
 * The standard normal distribution function.
 *
 * @example normalCdf(1.6448536269514722) // ≈ 0.95
 */
export function normalCdf(z: number): number {
  return 0.5 * (1 + errorFunction(z / Math.SQRT2));
}

/**
 * The chance that design i's success exceeds design j's: Φ((μ_i − μ_j) / sd(θ_i − θ_j)), the SD from
 * the joint covariance (so a shared task effect or shared pilot tasks sharpen it). With no spread
 * left, 1, 0 or one half by the sign of the difference.
 *
 * @example chanceAbove({ mean: [0.5, 0.6], cov: [[0.01, 0.005], [0.005, 0.01]] }, 1, 0) // ≈ 0.841 (z = 0.1 / 0.1)
 */
export function chanceAbove(joint: JointNormal, i: number, j: number): number {
  const difference = at(joint.mean, i) - at(joint.mean, j);
  const variance = at(at(joint.cov, i), i) + at(at(joint.cov, j), j) - 2 * at(at(joint.cov, i), j);
  if (!(variance > 1e-18)) return difference > 0 ? 1 : difference < 0 ? 0 : 0.5;
  return normalCdf(difference / Math.sqrt(variance));
}

/**
 * Monte Carlo shares of a winner: θ is drawn `draws` times from the joint normal (ODDS_SEED: common
 * random numbers, so a small change of input moves the share smoothly), `winner(θ)` names the index
 * that wins each draw, and the result is each index's share of the draws.
 *
 * @example winnerShares({ mean: [0, 1], cov: [[1e-6, 0], [0, 1e-6]] }, (t) => (t[1]! > t[0]! ? 1 : 0)) // [0, 1]
 */
export function winnerShares(joint: JointNormal, winner: (theta: Float64Array) => number, draws = ODDS_DRAWS, seed = ODDS_SEED): number[] {
  const n = joint.mean.length;
  // Typed copies (exact) so that the loop below reads without bounds checks.
  const L = choleskyFactor(joint.cov).map((row) => Float64Array.from(row));
  const mu = Float64Array.from(joint.mean);
  // The seed's normals, drawn once per process: draw d reads z = normals[d·n … d·n + n − 1].
  const normals = normalStream(seed, draws * n);
  const theta = new Float64Array(n);
  const wins = new Float64Array(n);
  for (let draw = 0, offset = 0; draw < draws; draw++, offset += n) {
    for (let i = 0; i < n; i++) {
      let v = mu[i] as number;
      const row = L[i] as Float64Array;
      for (let k = 0; k <= i; k++) v += (row[k] as number) * (normals[offset + k] as number);
      theta[i] = v;
    }
    const w = winner(theta);
    wins[w] = (wins[w] as number) + 1;
  }
  return Array.from(wins, (w) => w / draws);
}

/**
 * The index with the highest net value V·θ − cost in one draw (the first on a tie, so the single agent,
 * index 0, keeps a tie).
 *
 * @example bestByNetValue(Float64Array.from([0.5, 0.6]), 1, [0.01, 0.2]) // 0 (0.49 against 0.40)
 */
export function bestByNetValue(theta: Float64Array, valuePerSuccess: number, costUsd: ArrayLike<number>): number {
  if (costUsd.length < theta.length) throw new RangeError(`bestByNetValue: ${theta.length} designs, ${costUsd.length} costs`);
  let best = 0;
  let bestValue = -Infinity;
  for (let i = 0; i < theta.length; i++) {
    const v = valuePerSuccess * (theta[i] as number) - (costUsd[i] as number);
    if (v > bestValue) {
      bestValue = v;
      best = i;
    }
  }
  return best;
}

/**
 * The index with the highest success in one draw, the single agent (index 0) keeping a tie: with it,
 * winnerShares gives the chance that no multi-agent design beats the single agent.
 *
 * @example bestBySuccess(Float64Array.from([0.5, 0.5, 0.4])) // 0
 */
export function bestBySuccess(theta: Float64Array): number {
  let best = 0;
  for (let i = 1; i < theta.length; i++) if ((theta[i] as number) > (theta[best] as number)) best = i;
  return best;
}

/** The widest joint bestShares draws with the unrolled loops below: the product's five designs, and one to spare. */
const UNROLLED = 6;

/** N numbers: the factor's 21 entries, read into names. */
type Numbers<N extends number, T extends number[] = []> = T["length"] extends N ? T : Numbers<N, [...T, number]>;

/**
 * bestShares' draws for six designs (padded: see there): each θ_i summed term by term in the order
 * winnerShares sums it (μ_i + L_i0·z_0, then + L_i1·z_1, …), scored V·θ_i − cost_i and compared as
 * bestByNetValue compares, written out so that V8 keeps every figure in a register (four to five times
 * faster than the loops). The success rule is V = 1 and no cost (1·θ − 0 is θ, to the bit) with
 * `firstStands`: index 0 stands whatever its score, NaN too, as in bestBySuccess. `lower` holds the
 * Cholesky factor's row i from index i·(i+1)/2.
 */
function winsUnrolled6(
  V: number,
  mean: Float64Array,
  lower: Float64Array,
  cost: Float64Array,
  normals: Float64Array,
  n: number,
  draws: number,
  firstStands: boolean,
): Float64Array {
  const m0 = mean[0] as number,
    m1 = mean[1] as number,
    m2 = mean[2] as number,
    m3 = mean[3] as number,
    m4 = mean[4] as number,
    m5 = mean[5] as number;
  const [l00, l10, l11, l20, l21, l22, l30, l31, l32, l33, l40, l41, l42, l43, l44, l50, l51, l52, l53, l54, l55] = Array.from(lower) as Numbers<21>;
  const c0 = cost[0] as number,
    c1 = cost[1] as number,
    c2 = cost[2] as number,
    c3 = cost[3] as number,
    c4 = cost[4] as number,
    c5 = cost[5] as number;
  const wins = new Float64Array(UNROLLED);
  for (let draw = 0, o = 0; draw < draws; draw++, o += n) {
    const z0 = normals[o] as number,
      z1 = normals[o + 1] as number,
      z2 = normals[o + 2] as number;
    const z3 = normals[o + 3] as number,
      z4 = normals[o + 4] as number,
      z5 = normals[o + 5] as number;
    let v = m0 + l00 * z0;
    let best = 0;
    // bestBySuccess lets index 0 stand whatever its score (NaN too); bestByNetValue starts from −∞. (Written
    // this way: `top = score; if (!(top > −∞)) top = −∞` ran four times slower in V8 here.)
    let top = -Infinity;
    let net = V * v - c0;
    if (firstStands || net > top) top = net;
    v = m1 + l10 * z0;
    v += l11 * z1;
    net = V * v - c1;
    if (net > top) {
      best = 1;
      top = net;
    }
    v = m2 + l20 * z0;
    v += l21 * z1;
    v += l22 * z2;
    net = V * v - c2;
    if (net > top) {
      best = 2;
      top = net;
    }
    v = m3 + l30 * z0;
    v += l31 * z1;
    v += l32 * z2;
    v += l33 * z3;
    net = V * v - c3;
    if (net > top) {
      best = 3;
      top = net;
    }
    v = m4 + l40 * z0;
    v += l41 * z1;
    v += l42 * z2;
    v += l43 * z3;
    v += l44 * z4;
    net = V * v - c4;
    if (net > top) {
      best = 4;
      top = net;
    }
    v = m5 + l50 * z0;
    v += l51 * z1;
    v += l52 * z2;
    v += l53 * z3;
    v += l54 * z4;
    v += l55 * z5;
    net = V * v - c5;
    if (net > top) {
      best = 5;
      top = net;
    }
    wins[best] = (wins[best] as number) + 1;
  }
  return wins;
}

/**
 * winnerShares with the winner of a decision rule: bestByNetValue (`valuePerSuccess` a number) or
 * bestBySuccess (null), for up to six designs computed in an unrolled loop instead of called at every
 * draw (a link's page pays for these draws on the server). The same draws, sums and comparisons in the same order, so the same shares
 * to the last bit (a test holds it to winnerShares).
 *
 * @example bestShares({ mean: [0.5, 0.6], cov: [[1e-6, 0], [0, 1e-6]] }, 1, [0.01, 0.2]) // [1, 0]
 */
export function bestShares(joint: JointNormal, valuePerSuccess: number | null, costUsd: ArrayLike<number>, draws = ODDS_DRAWS, seed = ODDS_SEED): number[] {
  const n = joint.mean.length;
  if (valuePerSuccess !== null && costUsd.length < n) throw new RangeError(`bestByNetValue: ${n} designs, ${costUsd.length} costs`);
  // More designs than the unrolled loop takes: winnerShares with the rule's own winner.
  if (n > UNROLLED)
    return valuePerSuccess === null
      ? winnerShares(joint, bestBySuccess, draws, seed)
      : winnerShares(joint, (t) => bestByNetValue(t, valuePerSuccess, costUsd), draws, seed);
  // The designs padded to six: a padded design has mean −∞ and no spread, so it never wins a draw; its
  // sums may read the next draw's normals (times 0), so the stream is asked for six more.
  const padded = (values: ArrayLike<number>, fill: number) => {
    const out = new Float64Array(UNROLLED).fill(fill);
    for (let i = 0; i < n; i++) out[i] = values[i] as number;
    return out;
  };
  // The Cholesky factor's lower triangle, row i from index i·(i+1)/2.
  const lower = new Float64Array((UNROLLED * (UNROLLED + 1)) / 2);
  choleskyFactor(joint.cov).forEach((row, i) => {
    for (let k = 0; k <= i; k++) lower[(i * (i + 1)) / 2 + k] = row[k] as number;
  });
  const normals = normalStream(seed, oddsNormalsLength(n, draws));
  const wins =
    valuePerSuccess === null
      ? winsUnrolled6(1, padded(joint.mean, -Infinity), lower, new Float64Array(UNROLLED), normals, n, draws, true)
      : winsUnrolled6(valuePerSuccess, padded(joint.mean, -Infinity), lower, padded(costUsd, 0), normals, n, draws, false);
  return Array.from(wins.subarray(0, n), (w) => w / draws);
}

/**
 * Draws the normals bestShares reads for `designs` designs, which normalStream keeps for the process: the
 * same numbers as bestShares draws itself, drawn ahead so that a caller running in slices (lib/steps.ts)
 * can draw them in a step of their own.
 */
export function drawOddsNormals(designs: number): void {
  normalStream(ODDS_SEED, oddsNormalsLength(designs, ODDS_DRAWS));
}

/** How many of a seed's normals bestShares reads for `n` designs: draws·n (winnerShares beyond six), six more for the unrolled loop's padding. */
function oddsNormalsLength(n: number, draws: number): number {
  return n > UNROLLED ? draws * n : draws * n + UNROLLED;
}

/** A stretch of values of a solved task over which one design has the highest expected net value. */
export type ValueBand = { index: number; fromUsd: number; toUsd: number | null };

/**
 * The value of a solved task V above which a design pays for itself against the single agent: its
 * extra cost over its expected extra success, (c − c_single) / (s − s_single). 0 when it is at least as
 * successful and no dearer; null when it is expected to succeed no more often than the single agent.
 *
 * @example breakEvenValue({ success: 0.5, costUsd: 0.01 }, { success: 0.6, costUsd: 0.05 }) // 0.4 (to 1e-12)
 */
export function breakEvenValue(single: { success: number; costUsd: number }, design: { success: number; costUsd: number }): number | null {
  const gain = design.success - single.success;
  const extra = design.costUsd - single.costUsd;
  if (gain <= 0) return gain === 0 && extra <= 0 ? 0 : null;
  return Math.max(0, extra / gain);
}

/**
 * The designs with the highest expected net value V·s − c as V runs from 0 up: the upper envelope of
 * those lines. At V = 0 the cheapest wins (ties to the more successful, then the first); each next band
 * starts where a more successful design's line crosses the current one first. The last band is open
 * (`toUsd` null). A design whose band would be empty is left out.
 *
 * @example valueBands([{ success: 0.5, costUsd: 0.01 }, { success: 0.6, costUsd: 0.05 }, { success: 0.65, costUsd: 0.3 }]) // [{ index: 0, fromUsd: 0, toUsd: 0.4 }, { index: 1, fromUsd: 0.4, toUsd: 5 }, { index: 2, fromUsd: 5, toUsd: null }] (to 1e-12)
 */
export function valueBands(lines: readonly { success: number; costUsd: number }[]): ValueBand[] {
  if (lines.length === 0) return [];
  const better = (a: number, b: number) => {
    const x = at(lines, a);
    const y = at(lines, b);
    return x.costUsd < y.costUsd || (x.costUsd === y.costUsd && x.success > y.success);
  };
  let current = lines.reduce((best, _, i) => (better(i, best) ? i : best), 0);
  let from = 0;
  const bands: ValueBand[] = [];
  for (;;) {
    const here = at(lines, current);
    let next = -1;
    let crossing = Infinity;
    lines.forEach((line, i) => {
      if (line.success <= here.success) return;
      const v = Math.max(from, (line.costUsd - here.costUsd) / (line.success - here.success));
      if (v < crossing || (v === crossing && next >= 0 && line.success > at(lines, next).success)) {
        crossing = v;
        next = i;
      }
    });
    if (next < 0) {
      bands.push({ index: current, fromUsd: from, toUsd: null });
      return bands;
    }
    if (crossing > from) bands.push({ index: current, fromUsd: from, toUsd: crossing });
    from = crossing;
    current = next;
  }
}
