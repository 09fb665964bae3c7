"use client";

import { createContext, memo, useContext } from "react";
import type { PointText } from "@/lib/views/chart-points";
import { SvgTooltip, usePointCursor } from "./chart-tooltip";
import { CartesianGrid, ComposedChart, XAxis, YAxis, useXAxisScale, useYAxisScale } from "recharts";
import type { ArchitectureBar } from "@/lib/views/calculator-charts";
import { wholePercent } from "@/lib/format/numbers";
import { colorOf, shapeOf, SUCCESS_AXIS } from "./colors";
import { Marker } from "./marker";

/*
 * Recharts draws the frame (axes, grid, layout, resizing); the marks are drawn here from recharts' own
 * scales. Recharts keys its bars, dots and error bars by value and remounts them on every change, which
 * cost about 46 ms per slider move for this chart; these marks are keyed by architecture and update in
 * place, and the frame never re-renders because the changing values reach the marks through a context.
 */
type Marks = { bars: ArchitectureBar[]; singleLevel: number; points: PointText[]; active: number | null; setActive: (i: number | null) => void };
const MarksContext = createContext<Marks>({ bars: [], singleLevel: 0, points: [], active: null, setActive: () => {} });

const STYLE = { width: "100%", maxWidth: 720, height: 300 };
const MARGIN = { top: 24, right: 12, bottom: 8, left: 0 };
const TICK = { fontSize: 11 };

function IntervalMarks() {
  const { bars, singleLevel, points, active, setActive } = useContext(MarksContext);
  const x = useXAxisScale();
  const y = useYAxisScale();
  if (x === undefined || y === undefined) return null;
  const left = x(-0.5) ?? 0;
  const right = x(bars.length - 0.5) ?? 0;
  const singleY = y(singleLevel) ?? 0;
  return (
    <g className="interval-marks">
      <line x1={left} x2={right} y1={singleY} y2={singleY} stroke="var(--fg)" strokeDasharray="4 4" />
      {bars.map((b, i) => {
        const cx = x(i) ?? 0;
        const [low, high] = [y(b.interval[0]) ?? 0, y(b.interval[1]) ?? 0];
        const cy = y(b.successRate) ?? 0;
        return (
          <g key={b.architecture} data-architecture={b.architecture} data-recommended={b.recommended || undefined} onMouseEnter={() => setActive(i)}>
            <rect x={cx - 16} y={Math.min(low, high) - 4} width={32} height={Math.abs(high - low) + 8} fill="transparent" />
            <line x1={cx} x2={cx} y1={low} y2={high} stroke={colorOf(b.architecture)} strokeWidth={b.recommended ? 4 : 2.5} />
            <line x1={cx - 8} x2={cx + 8} y1={low} y2={low} stroke={colorOf(b.architecture)} strokeWidth={2} />
            <line x1={cx - 8} x2={cx + 8} y1={high} y2={high} stroke={colorOf(b.architecture)} strokeWidth={2} />
            <Marker
              shape={shapeOf(b.architecture)}
              cx={cx}
              cy={cy}
              r={b.recommended ? 9 : 6}
              fill={colorOf(b.architecture)}
              stroke={b.recommended ? "var(--fg)" : "var(--bg)"}
              strokeWidth={2}
            />
            <text x={cx + 12} y={cy + 4} fill="var(--fg)" fontSize={12}>
              {wholePercent(b.successRate)}
            </text>
          </g>
        );
      })}
      {active === null || bars[active] === undefined ? null : (
        <SvgTooltip x={x(active) ?? 0} y={y(bars[active]?.successRate ?? 0) ?? 0} lines={points[active]?.lines ?? []} width={right + 12} />
      )}
    </g>
  );
}

/** The chart's frame: constant once the architectures are known, so slider moves never re-render it. */
const Frame = memo(function Frame({ labels }: { labels: string }) {
  const names = labels.split("|");
  // A constant y field gives the y-axis data to scale; its domain is fixed at 0-1.
  const rows = names.map((_, index) => ({ index, level: 0 }));
  return (
    <ComposedChart responsive accessibilityLayer={false} data={rows} style={STYLE} margin={MARGIN}>
      <CartesianGrid stroke="var(--border)" vertical={false} />
      <XAxis
        dataKey="index"
        type="number"
        domain={[-0.5, names.length - 0.5]}
        ticks={names.map((_, i) => i)}
        tickFormatter={(i: number) => names[i] ?? ""}
        interval={0}
        angle={-25}
        textAnchor="end"
        height={56}
        tick={TICK}
        stroke="var(--muted)"
      />
      <YAxis {...SUCCESS_AXIS} />
      <IntervalMarks />
    </ComposedChart>
  );
});

/** Predicted success of every architecture at its measured agent count: a point with its 90% interval, and the single agent's level. */
export function IntervalChart({ bars, singleLevel, points }: Pick<Marks, "bars" | "singleLevel" | "points">) {
  const cursor = usePointCursor(bars.length);
  return (
    <MarksContext.Provider value={{ bars, singleLevel, points, active: cursor.active, setActive: cursor.setActive }}>
      <div className="chart-focus" role="group" aria-label="Success by architecture: arrow keys move between designs" {...cursor.wrapper}>
        <Frame labels={bars.map((b) => b.label.split(" (")[0] ?? b.label).join("|")} />
        <p className="sr-live" aria-live="polite">
          {cursor.active === null ? "" : (points[cursor.active]?.lines.join("; ") ?? "")}
        </p>
      </div>
    </MarksContext.Provider>
  );
}
