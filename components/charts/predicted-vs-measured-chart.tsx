"use client";

import { CartesianGrid, Legend, ReferenceLine, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from "recharts";
import type { ScatterPoint } from "@/lib/views/methodology";
import { wholePercent } from "@/lib/format/numbers";

const COLORS = ["var(--series-2)", "var(--series-1)"];

type Props = { series: { label: string; points: ScatterPoint[] }[] };

/** Held-out predictions against measured success, with the line of perfect prediction. */
export function PredictedVsMeasuredChart({ series }: Props) {
  return (
    <ScatterChart
      responsive
      title="Held-out predictions against measured success"
      style={{ width: "100%", maxWidth: 640, height: 420 }}
      margin={{ top: 8, right: 16, bottom: 24, left: 8 }}
    >
      <CartesianGrid stroke="var(--border)" />
      <XAxis
        type="number"
        dataKey="measured"
        name="measured"
        domain={[0, 1]}
        tickFormatter={wholePercent}
        stroke="var(--muted)"
        label={{ value: "measured success", position: "bottom", fill: "var(--muted)" }}
      />
      <YAxis
        type="number"
        dataKey="predicted"
        name="predicted"
        domain={[0, 1]}
        tickFormatter={wholePercent}
        stroke="var(--muted)"
        label={{ value: "predicted", angle: -90, position: "insideLeft", fill: "var(--muted)" }}
      />
      <ReferenceLine
        segment={[
          { x: 0, y: 0 },
          { x: 1, y: 1 },
        ]}
        stroke="var(--muted)"
        strokeDasharray="4 4"
        ifOverflow="hidden"
      />
      <Tooltip
        formatter={(value) => (typeof value === "number" ? wholePercent(value) : String(value))}
        contentStyle={{ background: "var(--bg)", borderColor: "var(--border)" }}
      />
      <Legend verticalAlign="top" wrapperStyle={{ fontSize: 13 }} />
      {series.map((s, i) => (
        <Scatter key={s.label} name={s.label} data={s.points} fill={COLORS[i % COLORS.length]} fillOpacity={0.7} isAnimationActive={false} />
      ))}
    </ScatterChart>
  );
}
