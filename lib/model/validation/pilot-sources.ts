/**
 * Where the pilot-fusion simulation's pilots come from (docs/model.md, "Pilots fused with the model"):
 * binomial draws at the measured rates, or a subset of the tasks Kim et al. ran.
 */
import type { Dataset } from "../../data/dataset";
import { secondGivenFirst } from "../decide/paired-draws";
import type { JointNormal } from "../predict/fusion";
import { at, got } from "../stats/checked";

/** One (benchmark, model) group: its designs (single first), their measured rates, and the held-out prior over them. */
export type FusionGroup = { benchmark: string; model: string; designs: string[]; measured: number[]; prior: JointNormal };

/** Draws the pilots of one simulated draw: the single agent's solved count on k tasks, and any design's on the same tasks. */
export type PilotSource = (random: () => number, group: FusionGroup, tasks: number) => { single: number; on: (design: number) => number };

/**
 * Binomial pilots: per task, the single agent's outcome at its measured rate, and every design's drawn
 * given it (secondGivenFirst), all at once in design order, so that the random stream does not depend on
 * which designs a rule asks for.
 */
export function binomialPilots(taskCorrelation: number): PilotSource {
  return (random, group, tasks) => {
    const ps = at(group.measured, 0);
    const solved = Array.from({ length: tasks }, () => random() < ps);
    const counts = group.measured.map((pd, d) => {
      if (d === 0) return solved.filter(Boolean).length;
      const c = secondGivenFirst(ps, pd, taskCorrelation);
      return solved.filter((s) => random() < (s ? c.givenSolved : c.givenFailed)).length;
    });
    return { single: at(counts, 0), on: (d) => at(counts, d) };
  };
}

/**
 * Pilots on real tasks: a random subset of k of the tasks Kim et al. ran (data/task-results.csv, SWE-bench
 * Verified and Terminal-Bench), the same tasks for every design, each design's solved count read off its
 * per-task outcomes. Groups without per-task outcomes, or with fewer than k tasks, throw; select groups with
 * `hasTaskOutcomes` first.
 */
export function taskSubsetPilots(dataset: Pick<Dataset, "taskResults">): PilotSource & { outcomes: (group: FusionGroup) => number[][] | null } {
  const byGroup = new Map<string, Map<string, Map<string, number>>>();
  for (const r of dataset.taskResults) {
    const key = `${r.benchmark}/${r.model}`;
    const designs = byGroup.get(key) ?? new Map<string, Map<string, number>>();
    const tasks = designs.get(r.architecture) ?? new Map<string, number>();
    tasks.set(r.task, r.resolved);
    designs.set(r.architecture, tasks);
    byGroup.set(key, designs);
  }
  const outcomes = (group: FusionGroup): number[][] | null => {
    const designs = byGroup.get(`${group.benchmark}/${group.model}`);
    if (designs === undefined || !group.designs.every((d) => designs.has(d))) return null;
    const single = got(designs, "single", "per-task outcomes");
    const tasks = [...single.keys()].sort().filter((t) => group.designs.every((d) => got(designs, d, "per-task outcomes").has(t)));
    return group.designs.map((d) => tasks.map((t) => got(got(designs, d, "per-task outcomes"), t, "per-task outcomes")));
  };
  const source = (random: () => number, group: FusionGroup, tasks: number) => {
    const table = outcomes(group);
    if (table === null || at(table, 0).length < tasks) throw new RangeError(`${group.benchmark}/${group.model}: no ${tasks} tasks with per-task outcomes`);
    // The first k of a random permutation (partial Fisher-Yates): k tasks without replacement.
    const order = at(table, 0).map((_, i) => i);
    for (let i = 0; i < tasks; i++) {
      const j = i + Math.floor(random() * (order.length - i));
      [order[i], order[j]] = [at(order, j), at(order, i)];
    }
    const chosen = order.slice(0, tasks);
    const solved = (d: number) => chosen.reduce((sum, t) => sum + at(at(table, d), t), 0);
    return { single: solved(0), on: solved };
  };
  return Object.assign(source, { outcomes });
}
