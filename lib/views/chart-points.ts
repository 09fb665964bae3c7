import { formatUsd, wholePercent } from "../format/numbers";
import type { CostedPrediction } from "../scenario/predict-scenario";
import type { ArchitectureBar, CostPoint } from "./calculator-charts";
import type { TableRow } from "./validation-rows";
import { counted } from "../format/words";

/**
 * What a calculator chart's tooltip and its table say about each design: the tooltip's lines (the design
 * first) and the same values as a table row. The charts and their "show as table" toggles read these, so
 * the picture, the tooltip and the text always agree.
 */
export type PointText = { key: string; lines: string[] };

const agentsText = (n: number) => `${counted(n, "agent")}`;
const interval = (i: readonly [number, number]) => `${wholePercent(i[0])}-${wholePercent(i[1])}`;
const design = (label: string, agents: number, measured: boolean) => `${label}, ${agentsText(agents)}${measured ? "" : " (extrapolated)"}`;

/** The success-by-architecture chart: one point per architecture at its measured count. */
export function architecturePoints(bars: readonly ArchitectureBar[]): { points: PointText[]; table: { columns: string[]; rows: TableRow[] } } {
  return {
    points: bars.map((b) => ({
      key: b.architecture,
      lines: [
        `${design(b.label, b.agents, true)}${b.recommended ? " ★ recommended" : ""}`,
        `success ${wholePercent(b.successRate)} (90% interval ${interval(b.interval)})`,
      ],
    })),
    table: {
      columns: ["agents", "success", "90% interval"],
      rows: bars.map((b) => ({
        label: `${b.label}${b.recommended ? " ★" : ""}`,
        cells: [String(b.agents), wholePercent(b.successRate), interval(b.interval)],
      })),
    },
  };
}

/** A point of the agents chart: a multi-agent architecture at one count (or the single agent at 1). */
export type AgentsPoint = { architecture: string; agents: number; successRate: number; measured: boolean; text: PointText };

/**
 * The agent-count chart's points: every multi-agent design of the grid plus the single agent, in
 * architecture then count order, with the 90% interval, whether the count was measured, and the
 * recommended design starred.
 */
export function agentsPoints(
  grid: readonly CostedPrediction[],
  labels: ReadonlyMap<string, string>,
  recommended: { architecture: string; agents: number },
): { points: AgentsPoint[]; table: { columns: string[]; rows: TableRow[] } } {
  const points = grid.map((d) => {
    const star = d.architecture === recommended.architecture && d.agents === recommended.agents ? " ★ recommended" : "";
    const label = labels.get(d.architecture) ?? d.architecture;
    return {
      architecture: d.architecture,
      agents: d.agents,
      successRate: d.successRate,
      measured: d.measured,
      text: {
        key: `${d.architecture}/${d.agents}`,
        lines: [`${design(label, d.agents, d.measured)}${star}`, `success ${wholePercent(d.successRate)} (90% interval ${interval(d.interval)})`],
      },
    };
  });
  return {
    points,
    table: {
      columns: ["success", "90% interval", "measured count?"],
      rows: points.map((p, i) => ({
        label: p.text.lines[0] ?? p.text.key,
        cells: [wholePercent(p.successRate), interval(grid[i]?.interval ?? [0, 0]), p.measured ? "measured" : "extrapolated"],
      })),
    },
  };
}

/** The cost-success chart: every design with its cost, success, interval and frontier membership. */
export function costPointsText(
  points: readonly CostPoint[],
  labels: ReadonlyMap<string, string>,
): { points: PointText[]; table: { columns: string[]; rows: TableRow[] } } {
  const first = (p: CostPoint) =>
    `${design(labels.get(p.architecture) ?? p.architecture, p.agents, p.measured)}${p.recommended ? " ★ recommended" : ""}${p.requested && !p.recommended ? " (your design)" : ""}`;
  return {
    points: points.map((p) => ({
      key: `${p.architecture}/${p.agents}`,
      lines: [
        first(p),
        `success ${wholePercent(p.successRate)} (90% interval ${interval(p.interval)})`,
        `${formatUsd(p.costUsd)} per task${p.onFrontier ? "; on the frontier" : ""}`,
      ],
    })),
    table: {
      columns: ["cost per task", "success", "90% interval", "frontier"],
      rows: [...points]
        .sort((a, b) => a.costUsd - b.costUsd)
        .map((p) => ({ label: first(p), cells: [formatUsd(p.costUsd), wholePercent(p.successRate), interval(p.interval), p.onFrontier ? "on it" : ""] })),
    },
  };
}
