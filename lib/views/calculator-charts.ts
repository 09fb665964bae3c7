import type { SuccessPrediction } from "../model/predict/prediction";
import { parameter } from "../scenario/parameters";
import type { CostedPrediction } from "../scenario/predict-scenario";
import { plural } from "../format/words";

/** One bar of the success-by-architecture chart: the prediction and its interval as error-bar offsets. */
export type ArchitectureBar = {
  architecture: string;
  label: string;
  agents: number;
  successRate: number;
  /** [below, above] the predicted rate: what an error bar draws. */
  error: [number, number];
  interval: [number, number];
  recommended: boolean;
};

/** Bars for every architecture at its measured count, in data order. */
export function architectureBars(designs: readonly SuccessPrediction[], labels: ReadonlyMap<string, string>, recommended: string): ArchitectureBar[] {
  return designs.map((d) => ({
    architecture: d.architecture,
    label: labels.get(d.architecture) ?? d.architecture,
    agents: d.agents,
    successRate: d.successRate,
    error: [d.successRate - d.interval[0], d.interval[1] - d.successRate],
    interval: d.interval,
    recommended: d.architecture === recommended,
  }));
}

/** A row of the agents chart: success per multi-agent architecture at one agent count (null outside its range). */
export type AgentsRow = { agents: number; band: [number, number] | null } & Record<string, number | [number, number] | null>;

/** The agents chart's series: one per multi-agent architecture, with its measured count. */
export type AgentsSeries = { key: string; label: string; measuredAgents: number };

/**
 * Success against agent count (1-16) for every multi-agent architecture, read from the design grid;
 * `${key}Measured` holds the value at the measured count only (the one point that is not an
 * extrapolation), and `band` the 90% interval of the scenario's own architecture.
 */
export function agentsCurves(
  grid: readonly CostedPrediction[],
  selected: string,
  labels: ReadonlyMap<string, string>,
): { rows: AgentsRow[]; series: AgentsSeries[] } {
  const maxAgents = parameter("agents").max;
  const series = [...new Set(grid.map((d) => d.architecture))]
    .filter((architecture) => architecture !== "single")
    .map((architecture) => ({
      key: architecture,
      label: labels.get(architecture) ?? architecture,
      measuredAgents: grid.find((d) => d.architecture === architecture && d.measured)?.agents ?? 0,
    }));
  const at = new Map(grid.map((d) => [`${d.architecture}/${d.agents}`, d]));
  const rows = Array.from({ length: maxAgents }, (_, i) => {
    const agents = i + 1;
    const row: AgentsRow = { agents, band: null };
    for (const s of series) {
      const d = at.get(`${s.key}/${agents}`);
      row[s.key] = d?.successRate ?? null;
      row[`${s.key}Measured`] = d !== undefined && d.measured ? d.successRate : null;
      if (d !== undefined && s.key === selected) row.band = d.interval;
    }
    return row;
  });
  return { rows, series };
}

/** A design on the cost-success chart. */
export type CostPoint = {
  architecture: string;
  agents: number;
  costUsd: number;
  successRate: number;
  interval: [number, number];
  measured: boolean;
  onFrontier: boolean;
  recommended: boolean;
  /** The user's own design (architecture and agent count). */
  requested: boolean;
};

/**
 * Every design as a cost-success point, with the Pareto frontier marked: a design is on it when no
 * other eligible design costs as little or less and succeeds more (ties in cost go to the more
 * successful). Only measured agent counts are eligible unless `includeExtrapolated` (the `frontier=all`
 * choice): an extrapolated count is the agent-count rule's guess, not a design anyone measured.
 * Returns the points and the frontier in order of cost.
 */
export function costSuccessPoints(
  grid: readonly CostedPrediction[],
  recommended: { architecture: string; agents: number },
  requested: { architecture: string; agents: number } | null = null,
  includeExtrapolated = false,
): { points: CostPoint[]; frontier: CostPoint[] } {
  const points = grid.map((d) => ({
    architecture: d.architecture,
    agents: d.agents,
    costUsd: d.cost.costUsd,
    successRate: d.successRate,
    interval: d.interval,
    measured: d.measured,
    onFrontier: false,
    recommended: d.architecture === recommended.architecture && d.agents === recommended.agents,
    requested: requested !== null && d.architecture === requested.architecture && d.agents === requested.agents,
  }));
  const byCost = points.filter((p) => includeExtrapolated || p.measured).sort((a, b) => a.costUsd - b.costUsd || b.successRate - a.successRate);
  let best = -Infinity;
  for (const p of byCost) {
    if (p.successRate > best) {
      p.onFrontier = true;
      best = p.successRate;
    }
  }
  return { points, frontier: byCost.filter((p) => p.onFrontier) };
}

/** The lowest cost per task the log-scale cost chart draws, in USD: a log scale has no zero. */
export const COST_FLOOR_USD = 0.000001;

/**
 * The cost at which the chart draws a cost per task (USD): the cost itself when finite and at least
 * COST_FLOOR_USD, else the floor (zero prices or tokens give $0, and a log scale has no zero; a
 * non-finite cost would draw NaN). Points, whiskers, the frontier and the budget line all go through it.
 *
 * @example plotCost(0) // 0.000001
 */
export function plotCost(costUsd: number): number {
  return Number.isFinite(costUsd) && costUsd >= COST_FLOOR_USD ? costUsd : COST_FLOOR_USD;
}

/**
 * What the cost chart says when it draws a cost at the floor: how many designs cost less than it, and
 * a budget below it; null when nothing is floored.
 *
 * @example costFloorNote([{ costUsd: 0 }, { costUsd: 0.02 }], 0) // "1 design costs less than $0.000001 per task (zero prices or tokens) and is drawn at $0.000001: a log scale has no zero. Your budget of $0 per task is drawn there too."
 */
export function costFloorNote(points: readonly { costUsd: number }[], maxCostUsd: number | null): string | null {
  const floored = points.filter((p) => plotCost(p.costUsd) !== p.costUsd).length;
  const budgetFloored = maxCostUsd !== null && plotCost(maxCostUsd) !== maxCostUsd;
  if (floored === 0 && !budgetFloored) return null;
  const floor = `$${COST_FLOOR_USD.toFixed(6)}`;
  const designs =
    floored === 0
      ? `Costs below ${floor} per task are drawn at ${floor}: a log scale has no zero.`
      : `${floored === points.length && floored > 1 ? `All ${floored} designs cost` : floored === 1 ? "1 design costs" : `${floored} designs cost`} less than ${floor} per task (zero prices or tokens) and ${plural(floored, "is", "are")} drawn at ${floor}: a log scale has no zero.`;
  const budget = budgetFloored ? ` Your budget of $${maxCostUsd} per task is drawn there too.` : "";
  return `${designs}${budget}`;
}

/**
 * A log-scale cost domain whole decades wide around every design's drawn cost (plotCost) and the
 * budget when one is set, e.g. [0.001, 0.1]: it changes only when a cost crosses a decade, so the
 * chart's frame rarely redraws. Always finite and positive, zero costs included.
 */
export function costDomain(points: readonly { costUsd: number }[], maxCostUsd: number | null = null): [number, number] {
  const costs = [...points.map((p) => p.costUsd), ...(maxCostUsd === null ? [] : [maxCostUsd])].map(plotCost);
  if (costs.length === 0) return [0.001, 1];
  const low = 10 ** Math.floor(Math.log10(Math.min(...costs)));
  const high = 10 ** Math.ceil(Math.log10(Math.max(...costs)));
  return [low, high > low ? high : low * 10];
}
