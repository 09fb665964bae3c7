"use client";

import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import type { CalibrationRow } from "@/lib/views/methodology";
import { wholePercent } from "@/lib/format/numbers";

const COLORS = ["var(--series-2)", "var(--series-2)", "var(--series-1)", "var(--series-1)"];

type Props = { rows: CalibrationRow[]; series: { key: string; label: string }[] };

/** Nominal interval level against observed coverage; a calibrated model lies on the diagonal. */
export function CalibrationChart({ rows, series }: Props) {
  return (
    <LineChart
      responsive
      title="Interval calibration"
      data={rows}
      style={{ width: "100%", maxWidth: 640, height: 440 }}
      margin={{ top: 8, right: 16, bottom: 24, left: 8 }}
    >
      <CartesianGrid stroke="var(--border)" />
      <XAxis
        type="number"
        dataKey="level"
        domain={[0.4, 1]}
        ticks={[0.5, 0.6, 0.7, 0.8, 0.9, 1]}
        tickFormatter={wholePercent}
        stroke="var(--muted)"
        label={{ value: "nominal interval level", position: "bottom", fill: "var(--muted)" }}
      />
      <YAxis type="number" domain={[0.4, 1]} ticks={[0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]} tickFormatter={wholePercent} stroke="var(--muted)" width={48} />
      <ReferenceLine
        segment={[
          { x: 0.4, y: 0.4 },
          { x: 1, y: 1 },
        ]}
        stroke="var(--muted)"
        strokeDasharray="4 4"
      />
      <Tooltip
        formatter={(value) => (typeof value === "number" ? wholePercent(value) : String(value))}
        labelFormatter={(level) => `${wholePercent(Number(level))} intervals`}
        contentStyle={{ background: "var(--bg)", borderColor: "var(--border)" }}
      />
      <Legend verticalAlign="bottom" wrapperStyle={{ fontSize: 13, paddingTop: 24 }} />
      {series.map((s, i) => (
        <Line
          key={s.key}
          dataKey={s.key}
          name={s.label}
          stroke={COLORS[i % COLORS.length]}
          strokeDasharray={i % 2 === 1 ? "6 3" : undefined}
          dot
          isAnimationActive={false}
        />
      ))}
    </LineChart>
  );
}
