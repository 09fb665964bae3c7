import { noiseRate, type JointNormal } from "../predict/fusion";
import { clip01 } from "../predict/prediction";
import { at } from "../stats/checked";
import { choleskyFactor } from "../stats/linear";
import { seededRandom, standardNormal } from "../stats/random";
import { ODDS_DRAWS, normalCdf } from "./odds";
import { pairedCells } from "./paired-draws";
import { callChance, type DecisionRule } from "./rule";

/**
 * The pilot planner (docs/model.md, "Pilots fused with the model"): which multi-agent design to pilot on
 * how many tasks before building, judged by preposterior simulation. Given the fused posterior over a
 * task's true success rates θ (the single agent and each multi-agent design at its measured count), it
 * draws θ, draws the pilot a plan would run, fuses it as the app would, makes the call by the card's own
 * rule (rule.ts: with a value per solved task, the highest expected net value; without, a multi-agent
 * design only when it beats the single agent with the confidence target) and records whether that call is
 * right by the same rule's criterion, and what it gives up. Browser-safe and fast (no fitting code); a
 * fixed seed makes it reproducible, so a link shows the same figures everywhere.
 */

/**
 * The design key of a plan that pilots every multi-agent design on the same tasks (with the single agent
 * when it joins): the plan that settles calls resting on a design nobody piloted, at the cost of every
 * design's tasks.
 */
export const EVERY_DESIGN = "every";

/** Pilot sizes the planner weighs by default (0 = decide now, without a pilot). */
export const PLAN_TASKS = [0, 5, 10, 20, 30, 50, 100] as const;
/** Draws of θ per plan (pre-specified): the Monte Carlo SE of a 90% chance is sqrt(0.09/2000) ≈ 0.007. */
export const PLAN_DRAWS = 2000;
/** The planner's fixed seed: the same inputs give the same figures. */
export const PLAN_SEED = 2512;
/** The default confidence target: the chance the call must reach (rule.ts). */
export const PLAN_CONFIDENCE = 0.9;

/** What the planner is asked. Index 0 of `designs`, of the posterior and of `costPerTask` is the single agent. */
export type PlanQuery = {
  /** The designs θ covers: the single agent first, then each multi-agent design. */
  designs: readonly string[];
  /** The joint normal over θ after every pilot already run (architectPosterior). */
  posterior: JointNormal;
  /** Cost of running one task of each design, USD, in `designs` order: a pilot's cost, and the net value's cost. */
  costPerTask: readonly number[];
  /** Correlation of two designs' outcomes on the same task (FittedModels.taskCorrelation). */
  taskCorrelation: number;
  /** Pilot sizes to weigh (default PLAN_TASKS); 0 stands for deciding now and is reported as `now`. */
  tasks?: readonly number[];
  /** The confidence target (default PLAN_CONFIDENCE): the chance the call must reach, and the confidence rule's threshold. */
  confidence?: number;
  /** The value of one solved task, USD: the value rule; null or absent: the confidence rule. */
  valuePerSuccess?: number | null;
  /** The most a pilot may cost (same unit as costPerTask); plans above it are not chosen. Default: no limit. */
  maxPilotCost?: number | null;
  /** Whether to weigh plans piloting every multi-agent design (EVERY_DESIGN) too (default: yes, with two or more multi-agent designs). */
  every?: boolean;
  draws?: number;
  seed?: number;
};

/**
 * A plan's simulated outcome: `chance`, the chance the call is right by the rule (the card's "how sure",
 * rule.ts), and the expected loss against the best design by the rule's measure (without a value,
 * success given up, a share: 0.02 = 2 points; with one, net value given up, USD per task), each with its
 * Monte Carlo SE.
 */
export type PlanFigures = { chance: number; chanceSe: number; expectedLoss: number; expectedLossSe: number };

/** Piloting one multi-agent design (or EVERY_DESIGN: all of them on the same tasks) on `tasks` tasks, with the single agent on the same tasks when `withSingle`. */
export type PlanOption = PlanFigures & { design: string; tasks: number; withSingle: boolean; pilotCost: number };

/**
 * What to do: the current call is already sure enough (`none-needed`); the cheapest plan that reaches the
 * target (`plan`); or no plan within the pilot budget and up to the largest size reaches it
 * (`none-affordable`, with the surest such plan, null when none was within the budget).
 */
export type PlanChoice = { kind: "none-needed" } | { kind: "plan"; option: PlanOption } | { kind: "none-affordable"; best: PlanOption | null };

/** The planner's answer: the rule, the call now (its chance is the card's), every plan (design × size), and the choice. */
export type PilotPlan = {
  rule: DecisionRule;
  valuePerSuccess: number | null;
  /** What the expected loss measures: success given up (a share) or net value given up (USD per task). */
  lossUnit: "share" | "usd";
  target: number;
  draws: number;
  seed: number;
  now: PlanFigures & { call: string };
  options: PlanOption[];
  /** The pilot budget the choice kept to (null: none). */
  maxPilotCost: number | null;
  choice: PlanChoice;
};

/**
 * Whether a plan of `tasks` tasks runs the single agent too: yes unless the posterior already knows it
 * at least as precisely as such a pilot would measure it (posterior SD ≤ sqrt(r(1 − r)/tasks), r its
 * posterior mean kept in [0.01, 0.99]). The model's estimate alone is worth about five tasks; a
 * single-agent pilot of n tasks already run covers plans of up to about n tasks.
 *
 * @example singleJoins({ mean: [0.4], cov: [[0.0016]] }, 100) // false (SD 0.04 ≤ sqrt(0.24/100) = 0.049)
 */
export function singleJoins(posterior: JointNormal, tasks: number): boolean {
  const r = Math.min(0.99, Math.max(0.01, at(posterior.mean, 0)));
  return Math.sqrt(Math.max(0, at(at(posterior.cov, 0), 0))) > Math.sqrt((r * (1 - r)) / tasks);
}

/** Running sums of one plan over the draws: calls right, loss and squared loss. */
class Tallies {
  readonly right: Float64Array;
  readonly loss: Float64Array;
  readonly lossSquared: Float64Array;
  constructor(size: number) {
    this.right = new Float64Array(size);
    this.loss = new Float64Array(size);
    this.lossSquared = new Float64Array(size);
  }
  figures(i: number, draws: number): PlanFigures {
    const p = (this.right[i] as number) / draws;
    const loss = (this.loss[i] as number) / draws;
    return {
      chance: p,
      chanceSe: Math.sqrt((p * (1 - p)) / draws),
      expectedLoss: loss,
      expectedLossSe: Math.sqrt(Math.max(0, (this.lossSquared[i] as number) / draws - loss ** 2) / draws),
    };
  }
}

/**
 * The rule's call from a posterior mean and, for the confidence rule, each multi-agent design's posterior
 * variance of its gap over the single agent (`gapVariance`, index 0 unused): with a value, the highest
 * V·clip(mean) − cost; without, the multi-agent design likeliest to beat the single agent (ties to the
 * cheaper) when its chance reaches the target, else the single agent. As rule.ts decides, so that a
 * simulated call is the card's call.
 */
function ruleCall(
  mean: Float64Array,
  gapVariance: Float64Array,
  costs: readonly number[],
  valuePerSuccess: number | null,
  target: number,
  zBelow: number,
): number {
  const n = mean.length;
  if (valuePerSuccess !== null) {
    let best = 0;
    let bestValue = -Infinity;
    for (let i = 0; i < n; i++) {
      const v = valuePerSuccess * clip01(mean[i] as number) - at(costs, i);
      if (v > bestValue) {
        bestValue = v;
        best = i;
      }
    }
    return best;
  }
  // Most simulated calls reach no target: Φ only rises, so when every gap's z lies at or below zBelow
  // (belowTarget) no chance reaches the target and the call is the single agent's, without one Φ.
  let below = true;
  for (let j = 1; j < n && below; j++) {
    const v = gapVariance[j] as number;
    below = v > 1e-18 && !(((mean[j] as number) - (mean[0] as number)) / Math.sqrt(v) > zBelow);
  }
  if (below) return 0;
  let contender = 1;
  let chance = -1;
  for (let j = 1; j < n; j++) {
    const d = (mean[j] as number) - (mean[0] as number);
    const v = gapVariance[j] as number;
    const c = v > 1e-18 ? normalCdf(d / Math.sqrt(v)) : d > 0 ? 1 : d < 0 ? 0 : 0.5;
    if (c > chance || (c === chance && at(costs, j) < at(costs, contender))) {
      chance = c;
      contender = j;
    }
  }
  return chance >= target ? contender : 0;
}

const zBelowByTarget = new Map<number, number>();

/**
 * The largest z found whose normalCdf(z) is still below `target`, by bisection on normalCdf itself (not
 * on an inverse, so that z ≤ belowTarget(target) implies normalCdf(z) < target exactly as ruleCall would
 * compute it).
 *
 * @example normalCdf(belowTarget(0.9)) < 0.9 // true
 */
export function belowTarget(target: number): number {
  const known = zBelowByTarget.get(target);
  if (known !== undefined) return known;
  let lo = -40;
  let hi = 40;
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (mid === lo || mid === hi) break;
    if (normalCdf(mid) < target) lo = mid;
    else hi = mid;
  }
  zBelowByTarget.set(target, lo);
  return lo;
}

/** The prior variance of each multi-agent design's gap over the single agent (index 0 unused). */
function priorGapVariance(cov: readonly Float64Array[]): Float64Array {
  const c0 = cov[0] as Float64Array;
  return Float64Array.from(cov, (row, j) => (j === 0 ? 0 : (row[j] as number) + (c0[0] as number) - 2 * (row[0] as number)));
}

/**
 * Plans a pilot by preposterior simulation. For each draw θ ~ posterior (clipped to [0, 1]), the same
 * uniform per task serves every plan (common random numbers: plans differ by design and size, not by
 * luck): a task's outcomes of the single agent and design d follow pairedCells(θ_single, θ_d,
 * taskCorrelation), and a plan of k tasks uses the first k. The pilot is fused as fusePilots would (its
 * noise from noiseRate, the pair's covariance from the task correlation), the call is made by the rule
 * (ruleCall), and it is judged against θ: with a value, right when it has the highest net value
 * V·θ − cost (loss: the net value given up); without, right when the multi-agent call beats the single
 * agent, or a single-agent call is beaten by no multi-agent design (loss: the success given up against
 * the best design). The call now is made and its chance given exactly as the card gives them (rule.ts),
 * its expected loss from the draws. Pilot cost = tasks × (cost of d + cost of the single agent when it
 * joins, singleJoins). The plan of every multi-agent design uses the same tasks' outcomes of every
 * design at once (fuseEveryMeanInto); its cost is tasks × (every multi-agent design's cost + the single
 * agent's when it joins).
 */
export function planPilots(query: PlanQuery): PilotPlan {
  const { designs, posterior, costPerTask: costs, taskCorrelation: phi } = query;
  const n = designs.length;
  if (posterior.mean.length !== n || posterior.cov.length !== n || costs.length !== n)
    throw new RangeError(`planPilots: ${n} designs, ${posterior.mean.length} means, ${costs.length} costs`);
  if (n < 2) throw new RangeError("planPilots: no multi-agent design to plan for");
  const target = query.confidence ?? PLAN_CONFIDENCE;
  if (!(target > 0 && target < 1)) throw new RangeError(`a confidence target lies in (0, 1), got ${target}`);
  const V = query.valuePerSuccess ?? null;
  const draws = query.draws ?? PLAN_DRAWS;
  const seed = query.seed ?? PLAN_SEED;
  const sizes = [...new Set(query.tasks ?? PLAN_TASKS)].filter((k) => k > 0).sort((a, b) => a - b);
  if (sizes.some((k) => !Number.isInteger(k))) throw new RangeError("pilot sizes are whole numbers of tasks");
  const S = sizes.length;
  const kmax = S === 0 ? 0 : at(sizes, S - 1);
  const joins = sizes.map((k) => singleJoins(posterior, k));
  const every = (query.every ?? true) && n > 2;
  const scratch = everyScratch(n);
  const mu = Float64Array.from(posterior.mean);
  const cov = posterior.cov.map((row) => Float64Array.from(row));
  const L = choleskyFactor(posterior.cov).map((row) => Float64Array.from(row));
  const prior = priorGapVariance(cov);
  const zBelow = belowTarget(target);
  const call0 = ruleCall(mu, prior, costs, V, target, zBelow);
  const now = new Tallies(1);
  const tallies = new Tallies((n + 1) * S);
  const counts = new Float64Array(n * S);
  const random = seededRandom(seed);
  const theta = new Float64Array(n);
  const z = new Float64Array(n);
  const u = new Float64Array(kmax);
  const fused = new Float64Array(n);
  const gaps = new Float64Array(n);
  const singles = new Float64Array(S);
  const net = new Float64Array(n);
  // Per draw: the best design by the rule's measure, and whether the draw has a multi-agent design beating the single agent.
  let best = 0;
  let bestMeasure = 0;
  const measure = (i: number) => (V === null ? (theta[i] as number) : (net[i] as number));
  const record = (t: Tallies, i: number, call: number) => {
    const loss = Math.max(0, bestMeasure - measure(call));
    const right =
      V === null ? (call > 0 ? (theta[call] as number) > (theta[0] as number) : best === 0 || (theta[best] as number) <= (theta[0] as number)) : loss <= 1e-12;
    if (right) t.right[i] = (t.right[i] as number) + 1;
    t.loss[i] = (t.loss[i] as number) + loss;
    t.lossSquared[i] = (t.lossSquared[i] as number) + loss * loss;
  };
  const decide = () => ruleCall(fused, gaps, costs, V, target, zBelow);
  // Calls already made, by plan and pilot counts (-1: not yet): the call is a function of the counts alone.
  const calls = Array.from({ length: n * S }, (_, i) => new Int16Array((at(sizes, i % S) + 1) ** 2).fill(-1));
  // (Only where every key is an exact integer: (k + 2)^n below 2^53.)
  const everyCalls = sizes.map((k) => ((k + 2) ** n < Number.MAX_SAFE_INTEGER ? new Map<number, number>() : null));
  for (let draw = 0; draw < draws; draw++) {
    for (let i = 0; i < n; i++) z[i] = standardNormal(random);
    best = 0;
    for (let i = 0; i < n; i++) {
      let v = mu[i] as number;
      const row = L[i] as Float64Array;
      for (let k = 0; k <= i; k++) v += (row[k] as number) * (z[k] as number);
      theta[i] = Math.min(1, Math.max(0, v));
      if (V !== null) net[i] = V * (theta[i] as number) - at(costs, i);
      if (measure(i) > measure(best)) best = i;
    }
    bestMeasure = measure(best);
    record(now, 0, call0);
    // One uniform per task: the single agent solves it when u < θ_single; design d when u falls in a
    // window of width θ_d that overlaps [0, θ_single) by P(both solve) (pairedCells), so that both
    // marginals and the task correlation hold.
    const p0 = theta[0] as number;
    for (let t = 0; t < kmax; t++) u[t] = random();
    let single = 0;
    let task = 0;
    for (let s = 0; s < S; s++) {
      const k = sizes[s] as number;
      for (; task < k; task++) single += +((u[task] as number) < p0);
      singles[s] = single;
    }
    for (let d = 1; d < n; d++) {
      const cells = pairedCells(p0, theta[d] as number, phi);
      const low = cells.firstOnly;
      const high = low + cells.both + cells.secondOnly;
      let multi = 0;
      task = 0;
      for (let s = 0; s < S; s++) {
        const k = sizes[s] as number;
        for (; task < k; task++) {
          const x = u[task] as number;
          multi += +(x >= low) & +(x < high);
        }
        counts[d * S + s] = multi;
        const withSingle = joins[s] === true ? (singles[s] as number) : null;
        // The call depends on the draw only through the pilot's counts: made once per (multi, single).
        const table = calls[d * S + s] as Int16Array;
        const cell = multi + (k + 1) * (withSingle ?? 0);
        let call = table[cell] as number;
        if (call < 0) {
          fuseMeanInto(fused, mu, cov, d, k, multi, withSingle, phi);
          if (V === null) gapVarianceInto(gaps, prior, cov, d, k, multi, withSingle, phi);
          call = decide();
          table[cell] = call;
        }
        record(tallies, d * S + s, call);
      }
    }
    if (every) {
      for (let s = 0; s < S; s++) {
        // As above, once per vector of counts (each at most k, so the key is exact).
        const k = sizes[s] as number;
        let key = joins[s] === true ? (singles[s] as number) : k + 1;
        for (let d = 1; d < n; d++) key = key * (k + 2) + (counts[d * S + s] as number);
        const known = everyCalls[s]?.get(key);
        if (known !== undefined) {
          record(tallies, n * S + s, known);
          continue;
        }
        fuseEveryMeanInto(
          fused,
          mu,
          cov,
          sizes[s] as number,
          (d) => counts[d * S + s] as number,
          joins[s] === true ? (singles[s] as number) : null,
          phi,
          scratch,
        );
        if (V === null) everyGapVarianceInto(gaps, prior, cov, scratch);
        const call = decide();
        everyCalls[s]?.set(key, call);
        record(tallies, n * S + s, call);
      }
    }
  }
  const options: PlanOption[] = designs.flatMap((design, d) =>
    d === 0
      ? []
      : sizes.map((k, s) => ({
          design,
          tasks: k,
          withSingle: joins[s] === true,
          pilotCost: k * (at(costs, d) + (joins[s] === true ? at(costs, 0) : 0)),
          ...tallies.figures(d * S + s, draws),
        })),
  );
  const multiCost = costs.slice(1).reduce((a, b) => a + b, 0);
  if (every) {
    sizes.forEach((k, s) =>
      options.push({
        design: EVERY_DESIGN,
        tasks: k,
        withSingle: joins[s] === true,
        pilotCost: k * (multiCost + (joins[s] === true ? at(costs, 0) : 0)),
        ...tallies.figures(n * S + s, draws),
      }),
    );
  }
  // The call now and its chance exactly as the card gives them (rule.ts); its expected loss from the draws.
  const chanceNow = callChance(posterior, call0, V, costs);
  const exact = V === null && call0 > 0;
  const nowFigures = {
    ...now.figures(0, draws),
    call: at(designs, call0),
    chance: chanceNow,
    chanceSe: exact ? 0 : Math.sqrt((chanceNow * (1 - chanceNow)) / ODDS_DRAWS),
  };
  const affordable =
    query.maxPilotCost === undefined || query.maxPilotCost === null ? options : options.filter((o) => o.pilotCost <= (query.maxPilotCost as number));
  return {
    rule: V === null ? "confidence" : "value",
    valuePerSuccess: V,
    lossUnit: V === null ? "share" : "usd",
    target,
    draws,
    seed,
    now: nowFigures,
    options,
    maxPilotCost: query.maxPilotCost ?? null,
    choice: choose(nowFigures, affordable, target),
  };
}

/** The choice: none needed when the call now reaches the target; else the cheapest plan reaching it (then the smaller, then the surer); else the surest plan. */
function choose(now: PlanFigures, options: readonly PlanOption[], target: number): PlanChoice {
  if (now.chance >= target) return { kind: "none-needed" };
  const reaching = options.filter((o) => o.chance >= target);
  if (reaching.length > 0) {
    const option = reaching.reduce((a, b) =>
      b.pilotCost < a.pilotCost || (b.pilotCost === a.pilotCost && (b.tasks < a.tasks || (b.tasks === a.tasks && b.chance > a.chance))) ? b : a,
    );
    return { kind: "plan", option };
  }
  const best = options.reduce<PlanOption | null>(
    (a, b) => (a === null || b.chance > a.chance || (b.chance === a.chance && b.pilotCost < a.pilotCost) ? b : a),
    null,
  );
  return { kind: "none-affordable", best };
}

/**
 * The posterior variance of each multi-agent design's gap over the single agent (θ_j − θ_0, written into
 * `out`, index 0 unused) after a pilot of design d on k tasks (solved `multi`), with the single agent's
 * pilot on the same tasks (solved `single`) or none (null): the prior variance `prior` (priorGapVariance)
 * less what the one or two observations explain, u'S⁻¹u, with the noise of fuseMeanInto. plan.test.ts
 * checks it against fusePilots.
 */
export function gapVarianceInto(
  out: Float64Array,
  prior: Float64Array,
  cov: readonly Float64Array[],
  d: number,
  k: number,
  multi: number,
  single: number | null,
  phi: number,
): void {
  const rd = noiseRate(multi, k);
  const vd = (rd * (1 - rd)) / k;
  const covD = cov[d] as Float64Array;
  const cov0 = cov[0] as Float64Array;
  if (single === null) {
    const s = (covD[d] as number) + vd;
    for (let j = 1; j < out.length; j++) {
      const u = (covD[j] as number) - (covD[0] as number);
      out[j] = Math.max(0, (prior[j] as number) - (u * u) / s);
    }
    return;
  }
  const rs = noiseRate(single, k);
  const vs = (rs * (1 - rs)) / k;
  const c = (phi * Math.sqrt(rs * (1 - rs) * rd * (1 - rd))) / k;
  const a = (cov0[0] as number) + vs;
  const b = (cov0[d] as number) + c;
  const e = (covD[d] as number) + vd;
  const det = a * e - b * b;
  for (let j = 1; j < out.length; j++) {
    const u0 = (cov0[j] as number) - (cov0[0] as number);
    const u1 = (covD[j] as number) - (covD[0] as number);
    out[j] = Math.max(0, (prior[j] as number) - (e * u0 * u0 - 2 * b * u0 * u1 + a * u1 * u1) / det);
  }
}

/**
 * gapVarianceInto after the pilots of every multi-agent design on the same tasks: reads the Cholesky
 * factor and the observed designs fuseEveryMeanInto just left in `scratch` (call it right after), and
 * subtracts ‖L⁻¹u‖² from each gap's prior variance. plan.test.ts checks it against fusePilots.
 */
export function everyGapVarianceInto(out: Float64Array, prior: Float64Array, cov: readonly Float64Array[], scratch: EveryScratch): void {
  const { observed, L, m, w } = scratch;
  for (let j = 1; j < out.length; j++) {
    const row = cov[j] as Float64Array;
    const row0 = cov[0] as Float64Array;
    let quad = 0;
    for (let a = 0; a < m.value; a++) {
      const o = observed[a] as number;
      let x = (row[o] as number) - (row0[o] as number);
      for (let c = 0; c < a; c++) x -= (L[a * m.value + c] as number) * (w[c] as number);
      const y = x / (L[a * m.value + a] as number);
      w[a] = y;
      quad += y * y;
    }
    out[j] = Math.max(0, (prior[j] as number) - quad);
  }
}

/**
 * The posterior mean after a pilot of design d on k tasks (solved `multi`), with the single agent's pilot
 * on the same tasks (solved `single`) or none (null), written into `out`: fusePilots's conditioning
 * (noise from noiseRate, the pair's covariance from the task correlation) written out for one or two
 * observations, so that the planner's tens of thousands of fusions stay fast. plan.test.ts checks it
 * against fusePilots.
 */
export function fuseMeanInto(
  out: Float64Array,
  mu: Float64Array,
  cov: readonly Float64Array[],
  d: number,
  k: number,
  multi: number,
  single: number | null,
  phi: number,
): void {
  const rd = noiseRate(multi, k);
  const vd = (rd * (1 - rd)) / k;
  const covD = cov[d] as Float64Array;
  const residualD = multi / k - (mu[d] as number);
  if (single === null) {
    const w = residualD / ((covD[d] as number) + vd);
    for (let j = 0; j < out.length; j++) out[j] = (mu[j] as number) + (covD[j] as number) * w;
    return;
  }
  const rs = noiseRate(single, k);
  const vs = (rs * (1 - rs)) / k;
  const c = (phi * Math.sqrt(rs * (1 - rs) * rd * (1 - rd))) / k;
  const cov0 = cov[0] as Float64Array;
  const a = (cov0[0] as number) + vs;
  const b = (cov0[d] as number) + c;
  const e = (covD[d] as number) + vd;
  const det = a * e - b * b;
  const residual0 = single / k - (mu[0] as number);
  const w0 = (e * residual0 - b * residualD) / det;
  const w1 = (a * residualD - b * residual0) / det;
  for (let j = 0; j < out.length; j++) out[j] = (mu[j] as number) + (cov0[j] as number) * w0 + (covD[j] as number) * w1;
}

/**
 * The posterior mean after pilots of every multi-agent design on the same k tasks (design d solved
 * `multi(d)`), with the single agent's pilot on them too (solved `single`) or none (null), written into
 * `out`: fusePilots's conditioning (noise from noiseRate; every pair on the same tasks correlated by the
 * task correlation) for the posterior mean only, by a Cholesky solve in preallocated buffers (the planner
 * calls it tens of thousands of times). plan.test.ts checks it against fusePilots.
 */
export function fuseEveryMeanInto(
  out: Float64Array,
  mu: Float64Array,
  cov: readonly Float64Array[],
  k: number,
  multi: (d: number) => number,
  single: number | null,
  phi: number,
  scratch: EveryScratch = everyScratch(mu.length),
): void {
  const { observed, y, v, L } = scratch;
  let m = 0;
  if (single !== null) {
    observed[m] = 0;
    y[m++] = single;
  }
  for (let d = 1; d < mu.length; d++) {
    observed[m] = d;
    y[m++] = multi(d);
  }
  scratch.m.value = m;
  for (let a = 0; a < m; a++) {
    const r = noiseRate(y[a] as number, k);
    v[a] = r * (1 - r);
    y[a] = (y[a] as number) / k - (mu[observed[a] as number] as number);
  }
  // L L' = S = Σ[obs, obs] + R, row-major in L (m x m); then y ← S⁻¹ y by two triangular solves.
  for (let a = 0; a < m; a++) {
    const row = cov[observed[a] as number] as Float64Array;
    for (let b = 0; b <= a; b++) {
      let x = (row[observed[b] as number] as number) + (a === b ? (v[a] as number) / k : (phi * Math.sqrt((v[a] as number) * (v[b] as number))) / k);
      for (let c = 0; c < b; c++) x -= (L[a * m + c] as number) * (L[b * m + c] as number);
      if (a === b) {
        if (!(x > 0)) throw new RangeError("fuseEveryMeanInto: the pilots' covariance is not positive definite");
        L[a * m + a] = Math.sqrt(x);
      } else L[a * m + b] = x / (L[b * m + b] as number);
    }
  }
  for (let a = 0; a < m; a++) {
    let x = y[a] as number;
    for (let c = 0; c < a; c++) x -= (L[a * m + c] as number) * (y[c] as number);
    y[a] = x / (L[a * m + a] as number);
  }
  for (let a = m - 1; a >= 0; a--) {
    let x = y[a] as number;
    for (let c = a + 1; c < m; c++) x -= (L[c * m + a] as number) * (y[c] as number);
    y[a] = x / (L[a * m + a] as number);
  }
  for (let j = 0; j < out.length; j++) {
    let x = mu[j] as number;
    const row = cov[j] as Float64Array;
    for (let a = 0; a < m; a++) x += (row[observed[a] as number] as number) * (y[a] as number);
    out[j] = x;
  }
}

/** fuseEveryMeanInto's buffers for n designs; it leaves the observed designs, their count `m` and the Cholesky factor `L` for everyGapVarianceInto. */
export type EveryScratch = { observed: Int32Array; y: Float64Array; v: Float64Array; L: Float64Array; m: { value: number }; w: Float64Array };
export const everyScratch = (n: number): EveryScratch => ({
  observed: new Int32Array(n),
  y: new Float64Array(n),
  v: new Float64Array(n),
  L: new Float64Array(n * n),
  m: { value: 0 },
  w: new Float64Array(n),
});
