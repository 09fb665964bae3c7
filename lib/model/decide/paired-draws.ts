import { clip01 } from "../predict/prediction";
import { at } from "../stats/checked";
import { standardNormal } from "../stats/random";

/**
 * Random draws for simulating pilots (docs/model.md, "Pilots fused with the model"): per-task outcomes of
 * two designs run on the same tasks, correlated at the measured task-level correlation, and draws of a
 * joint normal. Browser-safe: plain arrays, a caller-supplied uniform generator (stats/random.ts).
 */

/** The four cells of two designs' outcomes on one task: both solve it, only the first, only the second, neither. */
export type PairedCells = { both: number; firstOnly: number; secondOnly: number; neither: number };

/**
 * The joint distribution of two Bernoulli outcomes with success rates p1 and p2 and correlation phi
 * (the phi coefficient): P(both) = p1·p2 + phi·sqrt(p1·q1·p2·q2), clipped to the feasible range
 * [max(0, p1 + p2 − 1), min(p1, p2)], so that the marginals are always exactly p1 and p2 and phi is
 * reduced where the rates cannot carry it (e.g. p1 = 0.9, p2 = 0.1 allow phi ≤ 0.11). Rates are
 * clipped to [0, 1] first.
 *
 * @example pairedCells(0.5, 0.5, 0.5) // { both: 0.375, firstOnly: 0.125, secondOnly: 0.125, neither: 0.375 }
 */
export function pairedCells(p1: number, p2: number, phi: number): PairedCells {
  const a = clip01(p1);
  const b = clip01(p2);
  const raw = a * b + phi * Math.sqrt(a * (1 - a) * b * (1 - b));
  const both = Math.min(Math.min(a, b), Math.max(Math.max(0, a + b - 1), raw));
  return { both, firstOnly: a - both, secondOnly: b - both, neither: 1 - a - b + both };
}

/**
 * The chance the second design solves a task given the first's outcome on it, from pairedCells: what a
 * second pilot on the tasks of a first, already drawn, needs. With p1 at 0 or 1 the missing condition
 * gets the marginal p2.
 *
 * @example secondGivenFirst(0.5, 0.5, 0.5) // { givenSolved: 0.75, givenFailed: 0.25 }
 */
export function secondGivenFirst(p1: number, p2: number, phi: number): { givenSolved: number; givenFailed: number } {
  const c = pairedCells(p1, p2, phi);
  const solved = c.both + c.firstOnly;
  const failed = c.secondOnly + c.neither;
  const b = clip01(p2);
  return { givenSolved: solved > 0 ? c.both / solved : b, givenFailed: failed > 0 ? c.secondOnly / failed : b };
}

/**
 * Draws the outcomes of two designs on `tasks` shared tasks: one uniform per task picks its cell.
 * Returns the tasks each solved (the first's and the second's counts).
 */
export function drawPairedPilot(random: () => number, p1: number, p2: number, phi: number, tasks: number): { first: number; second: number } {
  const c = pairedCells(p1, p2, phi);
  const t1 = c.both;
  const t2 = c.both + c.firstOnly;
  const t3 = t2 + c.secondOnly;
  let first = 0;
  let second = 0;
  for (let t = 0; t < tasks; t++) {
    const u = random();
    if (u < t1) {
      first += 1;
      second += 1;
    } else if (u < t2) first += 1;
    else if (u < t3) second += 1;
  }
  return { first, second };
}

/** Draws one design's outcomes on `tasks` tasks at rate p: the count solved (a binomial draw). */
export function drawPilot(random: () => number, p: number, tasks: number): number {
  let solved = 0;
  for (let t = 0; t < tasks; t++) if (random() < p) solved += 1;
  return solved;
}

/** One draw of a joint normal with mean `mean` and Cholesky factor `L`, written into `out`. */
export function drawJointNormal(random: () => number, mean: readonly number[], L: readonly (readonly number[])[], out: number[]): number[] {
  const n = mean.length;
  const z = Array.from({ length: n }, () => standardNormal(random));
  for (let i = 0; i < n; i++) {
    let v = at(mean, i);
    const row = at(L, i);
    for (let k = 0; k <= i; k++) v += at(row, k) * at(z, k);
    out[i] = v;
  }
  return out;
}
