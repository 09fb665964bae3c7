"use client";

import { createContext, memo, useContext } from "react";
import type { PointText } from "@/lib/views/chart-points";
import { SvgTooltip, usePointCursor } from "./chart-tooltip";
import { CartesianGrid, ComposedChart, XAxis, YAxis, useXAxisScale, useYAxisScale } from "recharts";
import { plotCost, type CostPoint } from "@/lib/views/calculator-charts";
import { colorOf, shapeOf, SUCCESS_AXIS } from "./colors";
import { Marker } from "./marker";

/* The frame-and-marks pattern of the other calculator charts: recharts draws axes on a log cost scale;
 * points, whiskers and the frontier are drawn from its scales and update in place. */
type Marks = {
  points: CostPoint[];
  frontier: CostPoint[];
  maxCost: number | null;
  minSuccess: number | null;
  texts: PointText[];
  active: number | null;
  setActive: (i: number | null) => void;
};
const MarksContext = createContext<Marks>({ points: [], frontier: [], maxCost: null, minSuccess: null, texts: [], active: null, setActive: () => {} });

const STYLE = { width: "100%", maxWidth: 720, height: 320 };
const MARGIN = { top: 8, right: 16, bottom: 20, left: 0 };
const X_LABEL = { value: "cost per task (USD, log scale)", position: "bottom", fill: "var(--muted)" } as const;
const usd = (x: number) => (x >= 1 ? `$${x.toFixed(0)}` : `$${x.toPrecision(1)}`);

function CostMarks() {
  const { points, frontier, maxCost, minSuccess, texts, active, setActive } = useContext(MarksContext);
  const x = useXAxisScale();
  const y = useYAxisScale();
  if (x === undefined || y === undefined) return null;
  const px = (cost: number) => x(plotCost(cost)) ?? 0;
  const py = (rate: number) => y(rate) ?? 0;
  const recommended = points.find((p) => p.recommended);
  const requested = points.find((p) => p.requested && !p.recommended);
  return (
    <g className="cost-marks">
      {maxCost === null ? null : (
        <line className="budget" pointerEvents="none" x1={px(maxCost)} x2={px(maxCost)} y1={py(0)} y2={py(1)} stroke="var(--bad)" strokeDasharray="4 4" />
      )}
      {minSuccess === null ? null : (
        <line
          className="floor"
          pointerEvents="none"
          x1={px(points.reduce((m, p) => Math.min(m, p.costUsd), Infinity))}
          x2={px(points.reduce((m, p) => Math.max(m, p.costUsd), 0))}
          y1={py(minSuccess)}
          y2={py(minSuccess)}
          stroke="var(--bad)"
          strokeDasharray="4 4"
        />
      )}
      {points.map((p, i) => (
        <g
          key={`${p.architecture}-${p.agents}`}
          onMouseEnter={() => setActive(i)}
          className={p.measured ? "point measured" : "point"}
          data-architecture={p.architecture}
          data-agents={p.agents}
          opacity={p.measured ? 1 : 0.45}
        >
          {p.measured ? (
            <line x1={px(p.costUsd)} x2={px(p.costUsd)} y1={py(p.interval[0])} y2={py(p.interval[1])} stroke={colorOf(p.architecture)} strokeWidth={1} />
          ) : null}
          <Marker
            shape={shapeOf(p.architecture)}
            cx={px(p.costUsd)}
            cy={py(p.successRate)}
            r={p.measured ? 5 : 3.5}
            fill={p.measured ? colorOf(p.architecture) : "var(--bg)"}
            stroke={colorOf(p.architecture)}
            strokeWidth={p.measured ? 1.5 : 1}
          />
        </g>
      ))}
      <path
        className="frontier"
        pointerEvents="none"
        d={`M${frontier.map((p) => `${px(p.costUsd)},${py(p.successRate)}`).join("L")}`}
        fill="none"
        stroke="var(--fg)"
        strokeWidth={1.5}
      />
      {requested ? (
        <circle
          className="requested"
          pointerEvents="none"
          cx={px(requested.costUsd)}
          cy={py(requested.successRate)}
          r={9}
          fill="none"
          stroke="var(--fg)"
          strokeWidth={1.5}
          strokeDasharray="3 2"
        />
      ) : null}
      {recommended ? (
        <circle
          className="recommended"
          pointerEvents="none"
          cx={px(recommended.costUsd)}
          cy={py(recommended.successRate)}
          r={10}
          fill="none"
          stroke="var(--fg)"
          strokeWidth={2.5}
        />
      ) : null}
      {active === null || points[active] === undefined ? null : (
        <>
          <circle
            className="active"
            pointerEvents="none"
            cx={px(points[active]?.costUsd ?? 0)}
            cy={py(points[active]?.successRate ?? 0)}
            r={7}
            fill="none"
            stroke="var(--accent)"
            strokeWidth={2}
          />
          <SvgTooltip
            x={px(points[active]?.costUsd ?? 0)}
            y={py(points[active]?.successRate ?? 0)}
            lines={texts[active]?.lines ?? []}
            width={Math.max(...points.map((q) => px(q.costUsd))) + 40}
          />
        </>
      )}
    </g>
  );
}

/** The frame: redrawn only when the cost domain changes (a cost crossing a decade). */
const Frame = memo(function Frame({ low, high }: { low: number; high: number }) {
  const ticks = Array.from({ length: Math.round(Math.log10(high / low)) + 1 }, (_, i) => low * 10 ** i);
  return (
    <ComposedChart
      responsive
      accessibilityLayer={false}
      data={[
        { cost: low, level: 0 },
        { cost: high, level: 0 },
      ]}
      style={STYLE}
      margin={MARGIN}
    >
      <CartesianGrid stroke="var(--border)" />
      <XAxis
        dataKey="cost"
        type="number"
        scale="log"
        domain={[low, high]}
        ticks={ticks}
        tickFormatter={usd}
        allowDataOverflow
        stroke="var(--muted)"
        label={X_LABEL}
      />
      <YAxis {...SUCCESS_AXIS} />
      <CostMarks />
    </ComposedChart>
  );
});

type Legend = { architectures: { architecture: string; label: string }[] };

/** Success against cost per task for every design, with 90% intervals, the Pareto frontier and the recommended design ringed. */
export function CostChart({ domain, architectures, ...marks }: Omit<Marks, "active" | "setActive"> & Legend & { domain: [number, number] }) {
  const cursor = usePointCursor(marks.points.length);
  return (
    <MarksContext.Provider value={{ ...marks, active: cursor.active, setActive: cursor.setActive }}>
      <ul className="chart-legend" aria-label="Designs">
        {architectures.map((a) => (
          <li key={a.architecture}>
            <svg width="12" height="12" aria-hidden="true">
              <Marker shape={shapeOf(a.architecture)} cx={6} cy={6} r={4} fill={colorOf(a.architecture)} stroke={colorOf(a.architecture)} />
            </svg>
            {a.label}
          </li>
        ))}
        <li>
          <svg width="12" height="12" aria-hidden="true">
            <circle cx="6" cy="6" r="3.5" fill="var(--bg)" stroke="var(--muted)" strokeWidth={1.5} />
          </svg>
          hollow, faint: extrapolated count (second-class: no run measured it)
        </li>
        <li>
          <svg width="22" height="10" aria-hidden="true">
            <line x1="0" x2="22" y1="5" y2="5" stroke="var(--fg)" strokeWidth={1.5} />
          </svg>
          Pareto frontier
        </li>
      </ul>
      <div className="chart-focus" role="group" aria-label="Cost and success: arrow keys move between designs" {...cursor.wrapper}>
        <Frame low={domain[0]} high={domain[1]} />
        <p className="sr-live" aria-live="polite">
          {cursor.active === null ? "" : (marks.texts[cursor.active]?.lines.join("; ") ?? "")}
        </p>
      </div>
    </MarksContext.Provider>
  );
}
