"use client";

import { Bar, BarChart, CartesianGrid, Cell, ErrorBar, LabelList, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import type { ArchitectureBar } from "@/lib/views/calculator-charts";
import { colorOf, percent } from "./colors";

type Props = { bars: ArchitectureBar[]; singleLevel: number };

/** Predicted success of every architecture at its measured agent count, with 90% intervals and the single agent's level. */
export function ArchitectureChart({ bars, singleLevel }: Props) {
  return (
    <BarChart responsive data={bars} style={{ width: "100%", maxWidth: 720, height: 300 }} margin={{ top: 24, right: 8, bottom: 8, left: 0 }}>
      <CartesianGrid stroke="var(--border)" vertical={false} />
      <XAxis dataKey="label" stroke="var(--muted)" interval={0} angle={-25} textAnchor="end" height={56} tick={{ fontSize: 11 }} tickFormatter={(label: string) => label.split(" (")[0] ?? label} />
      <YAxis domain={[0, 1]} ticks={[0, 0.25, 0.5, 0.75, 1]} tickFormatter={percent} stroke="var(--muted)" width={52} />
      <ReferenceLine y={singleLevel} stroke="var(--fg)" strokeDasharray="4 4" label={{ value: "single agent", position: "insideTopRight", fill: "var(--muted)", fontSize: 12 }} />
      <Tooltip
        cursor={{ fill: "var(--surface)" }}
        contentStyle={{ background: "var(--bg)", borderColor: "var(--border)" }}
        formatter={(value, _name, item) => {
          const bar = item.payload as ArchitectureBar;
          return [`${percent(Number(value))} (90%: ${percent(bar.interval[0])}-${percent(bar.interval[1])}), ${bar.agents} agent${bar.agents === 1 ? "" : "s"}`, "success"];
        }}
      />
      <Bar dataKey="successRate" name="predicted success" isAnimationActive={false}>
        {bars.map((b) => (
          <Cell key={b.architecture} fill={colorOf(b.architecture)} fillOpacity={b.recommended ? 1 : 0.55} stroke={b.recommended ? "var(--fg)" : "none"} strokeWidth={2} />
        ))}
        <ErrorBar dataKey="error" width={8} stroke="var(--fg)" direction="y" />
        <LabelList dataKey="successRate" position="top" formatter={(v) => percent(Number(v))} fill="var(--fg)" fontSize={12} />
      </Bar>
    </BarChart>
  );
}
