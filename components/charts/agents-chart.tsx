"use client";

import { Area, CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import type { AgentsRow, AgentsSeries } from "@/lib/views/calculator-charts";
import { colorOf, percent } from "./colors";

type Props = { rows: AgentsRow[]; series: AgentsSeries[]; selected: string; singleLevel: number };

/**
 * Predicted success against agent count for each multi-agent architecture. Only the measured count is
 * data (solid marker); every other count is the agent-count rule's extrapolation (dashed), with the
 * selected architecture's 90% band.
 */
export function AgentsChart({ rows, series, selected, singleLevel }: Props) {
  return (
    <ComposedChart responsive data={rows} style={{ width: "100%", maxWidth: 720, height: 320 }} margin={{ top: 8, right: 8, bottom: 20, left: 0 }}>
      <CartesianGrid stroke="var(--border)" />
      <XAxis dataKey="agents" type="number" domain={[1, 16]} ticks={[1, 2, 4, 6, 8, 10, 12, 14, 16]} stroke="var(--muted)" label={{ value: "agents", position: "bottom", fill: "var(--muted)" }} />
      <YAxis domain={[0, 1]} ticks={[0, 0.25, 0.5, 0.75, 1]} tickFormatter={percent} stroke="var(--muted)" width={52} />
      <ReferenceLine y={singleLevel} stroke="var(--fg)" strokeDasharray="4 4" label={{ value: "single agent", position: "insideBottomRight", fill: "var(--muted)", fontSize: 12 }} />
      <Tooltip
        contentStyle={{ background: "var(--bg)", borderColor: "var(--border)" }}
        labelFormatter={(n) => `${n} agents`}
        formatter={(value, name) => [Array.isArray(value) ? value.map((v) => percent(Number(v))).join(" to ") : percent(Number(value)), name]}
      />
      <Legend verticalAlign="top" iconType="plainline" wrapperStyle={{ fontSize: 13 }} />
      <Area dataKey="band" name={`${series.find((s) => s.key === selected)?.label ?? "selected"}: 90% band`} fill={colorOf(selected)} fillOpacity={0.15} stroke="none" legendType="none" isAnimationActive={false} />
      {series.map((s) => [
        <Line
          key={s.key}
          dataKey={s.key}
          name={s.label}
          stroke={colorOf(s.key)}
          strokeWidth={s.key === selected ? 2.5 : 1.5}
          strokeDasharray="6 4"
          dot={false}
          connectNulls={false}
          isAnimationActive={false}
          className="extrapolated"
        />,
        <Line key={`${s.key}-measured`} dataKey={`${s.key}Measured`} name={`${s.label}, measured count`} stroke="none" dot={{ r: 5, fill: colorOf(s.key), stroke: "var(--bg)" }} legendType="none" isAnimationActive={false} />,
      ])}
    </ComposedChart>
  );
}
