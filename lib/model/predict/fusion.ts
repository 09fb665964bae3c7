import { at } from "../stats/checked";
import { solveSpd } from "../stats/linear";

/**
 * Fusing the model with the architect's own pilots (docs/model.md section 5). The model gives a joint
 * normal distribution over the true success rates θ of a task's designs: the single agent and each
 * multi-agent design share the task (its new-task error is common to them), so the distribution has
 * covariances, not only variances. A pilot of any design that solved s of n tasks is an observation
 * y = h'θ + ε with binomial noise ε; pilots run on the same tasks have correlated noise (the measured
 * task-level correlation). Conditioning the joint normal on every pilot moves each design as far as the
 * data justify: a pilot of one design moves the others through their covariance with it.
 */

/** A joint normal over the true success rates of some quantities (designs). */
export type JointNormal = { mean: number[]; cov: number[][] };

/** One pilot: which combination of θ it measures (h), and its counts. `pairing` names a task set shared with other pilots. */
export type PilotObservation = { h: number[]; tasks: number; solved: number; pairing?: string; extraVariance?: number };

/**
 * The success rate whose binomial variance a pilot's noise uses: (s + 1)/(n + 2), so that 0 or n solved
 * still has noise (a pilot that solved none of 5 tasks has not shown the rate is 0).
 *
 * @example noiseRate(0, 5) // ≈ 0.143
 */
export function noiseRate(solved: number, tasks: number): number {
  return (solved + 1) / (tasks + 2);
}

/**
 * Noise covariance of two pilots' measured rates: the binomial variance on the diagonal; between
 * pilots on the same task set, ρ·sqrt(p_i q_i p_j q_j)·m/(n_i n_j) with m = min(n_i, n_j) shared tasks.
 */
export function pilotNoiseCovariance(pilots: readonly PilotObservation[], taskCorrelation: number): number[][] {
  const v = pilots.map((p) => {
    const r = noiseRate(p.solved, p.tasks);
    return r * (1 - r);
  });
  return pilots.map((a, i) =>
    pilots.map((b, j) => {
      if (i === j) return at(v, i) / a.tasks + (a.extraVariance ?? 0);
      if (a.pairing === undefined || a.pairing !== b.pairing) return 0;
      return (taskCorrelation * Math.sqrt(at(v, i) * at(v, j)) * Math.min(a.tasks, b.tasks)) / (a.tasks * b.tasks);
    }),
  );
}

/**
 * Conditions a joint normal on linear observations y = Hθ + ε, ε ~ N(0, R): the posterior mean
 * μ + K(y − Hμ) and covariance Σ − KHΣ with K = ΣH'(HΣH' + R)⁻¹.
 *
 * @example condition({ mean: [0.5], cov: [[0.01]] }, [[1]], [0.7], [[0.01]]).mean // [0.6]
 */
export function condition(prior: JointNormal, H: readonly (readonly number[])[], y: readonly number[], R: readonly (readonly number[])[]): JointNormal {
  if (H.length === 0) return { mean: [...prior.mean], cov: prior.cov.map((r) => [...r]) };
  const n = prior.mean.length;
  // S = HΣH' + R, C = ΣH' (n x m).
  const C = prior.cov.map((row) => H.map((h) => row.reduce((s, x, k) => s + x * at(h, k), 0)));
  const S = H.map((h, a) => H.map((_, b) => h.reduce((s, x, k) => s + x * at(at(C, k), b), 0) + at(at(R, a), b)));
  const residual = H.map((h, a) => at(y, a) - h.reduce((s, x, k) => s + x * at(prior.mean, k), 0));
  // K' = S⁻¹ C' (m x n); mean += K residual; cov -= K C'.
  const Kt = solveSpd(
    S,
    H.map((_, a) => C.map((row) => at(row, a))),
  );
  const mean = prior.mean.map((m, i) => m + residual.reduce((s, r, a) => s + at(at(Kt, a), i) * r, 0));
  const cov = Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => at(at(prior.cov, i), j) - H.reduce((s, _, a) => s + at(at(Kt, a), i) * at(at(C, j), a), 0)),
  );
  return { mean, cov };
}

/** Fuses a joint prior with pilots: each pilot's measured rate s/n observed through its h, noise from pilotNoiseCovariance. */
export function fusePilots(prior: JointNormal, pilots: readonly PilotObservation[], taskCorrelation: number): JointNormal {
  return condition(
    prior,
    pilots.map((p) => p.h),
    pilots.map((p) => p.solved / p.tasks),
    pilotNoiseCovariance(pilots, taskCorrelation),
  );
}
