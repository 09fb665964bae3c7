"use client";

import { Area, CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import type { AgentRuleRow } from "@/lib/views/methodology";

const points = (x: number) => `${x > 0 ? "+" : x < 0 ? "−" : ""}${Math.abs(Math.round(x * 100))}`;

type Props = { curves: { label: string; color: string; rows: AgentRuleRow[] }[] };

/** The agent-count rule's gain over the single agent, with the band the rule adds. */
export function AgentRuleChart({ curves }: Props) {
  const rows = curves[0]?.rows.map((_, i) => ({
    agents: curves[0]?.rows[i]?.agents,
    ...Object.fromEntries(
      curves.flatMap((c, k) => [
        [`gain${k}`, c.rows[i]?.gain],
        [`band${k}`, c.rows[i]?.band],
      ]),
    ),
  }));
  return (
    <ComposedChart
      responsive
      title="The agent-count rule for two examples"
      data={rows}
      style={{ width: "100%", maxWidth: 640, height: 360 }}
      margin={{ top: 8, right: 16, bottom: 24, left: 8 }}
    >
      <CartesianGrid stroke="var(--border)" />
      <XAxis dataKey="agents" stroke="var(--muted)" label={{ value: "agents", position: "bottom", fill: "var(--muted)" }} />
      <YAxis
        tickFormatter={points}
        stroke="var(--muted)"
        label={{ value: "gain over single (pts)", angle: -90, position: "insideLeft", fill: "var(--muted)" }}
      />
      <ReferenceLine y={0} stroke="var(--muted)" />
      <Tooltip
        formatter={(value) => `${Array.isArray(value) ? value.map((v) => points(Number(v))).join(" to ") : points(Number(value))} pts`}
        contentStyle={{ background: "var(--bg)", borderColor: "var(--border)" }}
      />
      <Legend verticalAlign="top" />
      {curves.map((c, k) => [
        <Area
          key={`band${k}`}
          dataKey={`band${k}`}
          name={`${c.label}: band the rule adds`}
          fill={c.color}
          fillOpacity={0.15}
          stroke="none"
          legendType="none"
          isAnimationActive={false}
        />,
        <Line key={`gain${k}`} dataKey={`gain${k}`} name={c.label} stroke={c.color} dot={{ r: 2 }} isAnimationActive={false} />,
      ])}
    </ComposedChart>
  );
}
