"use client";

import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { wholePercent } from "@/lib/format/numbers";
import { EVERY_DESIGN } from "@/lib/model/decide/plan";
import type { PlanChartRow } from "@/lib/views/plan-text";
import { colorOf, dashOf } from "./colors";

type Props = { rows: PlanChartRow[]; series: { key: string; label: string }[]; target: number };

/**
 * The pilot planner: the chance the call is right against pilot size, one line per design piloted, and a
 * heavier dashed line in the text colour for every multi-agent design piloted at once; the dashed red
 * line is the target.
 */
export function PlanChart({ rows, series, target }: Props) {
  return (
    <LineChart
      responsive
      title="Confidence against pilot size"
      data={rows}
      style={{ width: "100%", height: 300 }}
      margin={{ top: 8, right: 16, bottom: 24, left: 8 }}
    >
      <CartesianGrid stroke="var(--border)" />
      <XAxis
        type="number"
        dataKey="tasks"
        scale="sqrt"
        domain={[0, "dataMax"]}
        ticks={rows.map((r) => r.tasks)}
        stroke="var(--muted)"
        label={{ value: "pilot tasks per design", position: "bottom", fill: "var(--muted)" }}
      />
      <YAxis
        type="number"
        domain={[(min: number) => Math.min(0.5, Math.floor(min * 10) / 10), 1]}
        tickFormatter={wholePercent}
        stroke="var(--muted)"
        width={48}
      />
      <ReferenceLine y={target} stroke="var(--bad)" strokeDasharray="4 4" />
      <Tooltip
        formatter={(value) => (typeof value === "number" ? wholePercent(value) : String(value))}
        labelFormatter={(tasks) => `${tasks} tasks`}
        contentStyle={{ background: "var(--bg)", borderColor: "var(--border)" }}
      />
      <Legend verticalAlign="bottom" wrapperStyle={{ fontSize: 13, paddingTop: 24 }} />
      {series.map((s) => (
        <Line
          key={s.key}
          dataKey={s.key}
          name={s.label}
          stroke={s.key === EVERY_DESIGN ? "var(--fg)" : colorOf(s.key)}
          strokeWidth={s.key === EVERY_DESIGN ? 2.5 : 1.5}
          strokeDasharray={s.key === EVERY_DESIGN ? "7 3" : dashOf(s.key)}
          dot
          isAnimationActive={false}
        />
      ))}
    </LineChart>
  );
}
