import type { TaskResult } from "../../data/schemas";

/**
 * The task-level correlation of single- and multi-agent outcomes on the same tasks (docs/model.md
 * section 5): within each (benchmark, model, multi-agent architecture), the covariance of (single
 * solved, multi solved) over the tasks both ran, pooled over groups and scaled by the pooled variances
 * (a within-group phi: differences between models' rates do not inflate it). Paired pilots (several
 * designs run on the same tasks) use it for their noise covariance. Kim et al.'s per-task results cover
 * SWE-bench Verified and Terminal-Bench.
 */
export function taskCorrelation(results: readonly Pick<TaskResult, "benchmark" | "architecture" | "model" | "task" | "resolved">[]): {
  phi: number;
  pairs: number;
} {
  const single = new Map(results.filter((r) => r.architecture === "single").map((r) => [`${r.benchmark}/${r.model}/${r.task}`, r.resolved]));
  const groups = new Map<string, { n: number; a: number; b: number; ab: number }>();
  for (const r of results) {
    if (r.architecture === "single") continue;
    const s = single.get(`${r.benchmark}/${r.model}/${r.task}`);
    if (s === undefined) continue;
    const key = `${r.benchmark}/${r.model}/${r.architecture}`;
    const g = groups.get(key) ?? { n: 0, a: 0, b: 0, ab: 0 };
    g.n += 1;
    g.a += s;
    g.b += r.resolved;
    g.ab += s * r.resolved;
    groups.set(key, g);
  }
  let cov = 0;
  let va = 0;
  let vb = 0;
  let pairs = 0;
  for (const g of groups.values()) {
    const pa = g.a / g.n;
    const pb = g.b / g.n;
    cov += g.ab - g.n * pa * pb;
    va += g.n * pa * (1 - pa);
    vb += g.n * pb * (1 - pb);
    pairs += g.n;
  }
  return { phi: va === 0 || vb === 0 ? 0 : cov / Math.sqrt(va * vb), pairs };
}
