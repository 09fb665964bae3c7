"use client";

import { counted } from "@/lib/format/words";
import { createContext, memo, useContext } from "react";
import type { AgentsPoint } from "@/lib/views/chart-points";
import { SvgTooltip, usePointCursor } from "./chart-tooltip";
import { CartesianGrid, ComposedChart, XAxis, YAxis, useXAxisScale, useYAxisScale } from "recharts";
import type { AgentsRow, AgentsSeries } from "@/lib/views/calculator-charts";
import { colorOf, dashOf, shapeOf, SUCCESS_AXIS } from "./colors";
import { Marker } from "./marker";

/*
 * As in the interval chart, recharts draws the frame and these marks are drawn from its scales and
 * updated in place (recharts' own lines and dots remount on every data change: about 20 ms per move).
 */
/** `requestedAgents`: the agent count of the user's design, ringed on its architecture's curve. */
/** `recommended`: the card's design, ringed solid with its count: the chart's one agent-count answer. */
type Marks = {
  rows: AgentsRow[];
  series: AgentsSeries[];
  selected: string;
  requestedAgents: number;
  singleLevel: number;
  recommended: { architecture: string; agents: number };
  /** Every design's point with its tooltip text (lib/views/chart-points.ts). */
  points: AgentsPoint[];
  active: number | null;
  setActive: (i: number | null) => void;
};
const MarksContext = createContext<Marks>({
  rows: [],
  series: [],
  selected: "",
  requestedAgents: 1,
  singleLevel: 0,
  recommended: { architecture: "", agents: 1 },
  points: [],
  active: null,
  setActive: () => {},
});

const STYLE = { width: "100%", maxWidth: 720, height: 300 };
const MARGIN = { top: 8, right: 12, bottom: 20, left: 0 };
const FRAME_ROWS = Array.from({ length: 16 }, (_, i) => ({ agents: i + 1, level: 0 }));
const X_DOMAIN = [1, 16];
const X_TICKS = [1, 4, 8, 12, 16];
const X_LABEL = { value: "agents", position: "bottom", fill: "var(--muted)" } as const;

const valueAt = (row: AgentsRow, key: string): number | null => {
  const value = row[key];
  return typeof value === "number" ? value : null;
};

function CurveMarks() {
  const { rows, series, selected, requestedAgents, singleLevel, recommended, points: designs, active, setActive } = useContext(MarksContext);
  const x = useXAxisScale();
  const y = useYAxisScale();
  if (x === undefined || y === undefined) return null;
  const px = (agents: number) => x(agents) ?? 0;
  const py = (rate: number) => y(rate) ?? 0;
  const banded = rows.filter((r) => r.band !== null);
  const band =
    banded.length > 1
      ? `M${banded.map((r) => `${px(r.agents)},${py(r.band?.[1] ?? 0)}`).join("L")}L${[...banded]
          .reverse()
          .map((r) => `${px(r.agents)},${py(r.band?.[0] ?? 0)}`)
          .join("L")}Z`
      : null;
  const recommendedRow = rows.find((r) => r.agents === recommended.agents);
  const recommendedValue = recommended.architecture === "single" ? singleLevel : recommendedRow ? valueAt(recommendedRow, recommended.architecture) : null;
  return (
    <g className="curve-marks">
      {band ? <path className="band" d={band} fill={colorOf(selected)} fillOpacity={0.15} stroke="none" /> : null}
      <line x1={px(1)} x2={px(16)} y1={py(singleLevel)} y2={py(singleLevel)} stroke="var(--fg)" strokeDasharray="4 4" />
      <circle className="single" cx={px(1)} cy={py(singleLevel)} r={5} fill={colorOf("single")} stroke="var(--bg)" strokeWidth={1.5} />
      {series.map((s) => {
        const points = rows.flatMap((r) => {
          const value = valueAt(r, s.key);
          return value === null ? [] : [`${px(r.agents)},${py(value)}`];
        });
        const measured = rows.find((r) => r.agents === s.measuredAgents);
        const measuredValue = measured ? valueAt(measured, s.key) : null;
        const requested = s.key === selected ? rows.find((r) => r.agents === requestedAgents) : undefined;
        const requestedValue = requested ? valueAt(requested, s.key) : null;
        return (
          <g key={s.key} className="series" data-architecture={s.key}>
            <path
              className="extrapolated"
              d={`M${points.join("L")}`}
              fill="none"
              stroke={colorOf(s.key)}
              strokeWidth={s.key === selected ? 2.5 : 1.5}
              strokeDasharray={dashOf(s.key)}
            />
            {measuredValue === null ? null : (
              <Marker
                shape={shapeOf(s.key)}
                className="measured"
                cx={px(s.measuredAgents)}
                cy={py(measuredValue)}
                r={5}
                fill={colorOf(s.key)}
                stroke="var(--bg)"
                strokeWidth={1.5}
              />
            )}
            {requestedValue === null ? null : (
              <circle
                className="requested"
                cx={px(requestedAgents)}
                cy={py(requestedValue)}
                r={9}
                fill="none"
                stroke="var(--fg)"
                strokeWidth={1.5}
                strokeDasharray="3 2"
              />
            )}
          </g>
        );
      })}
      {designs.map((d, i) => (
        <circle
          key={`${d.architecture}/${d.agents}`}
          className="hover-target"
          cx={px(d.agents)}
          cy={py(d.successRate)}
          r={6}
          fill="transparent"
          onMouseEnter={() => setActive(i)}
        />
      ))}
      {recommendedValue === null ? null : (
        <g className="recommended" pointerEvents="none" data-architecture={recommended.architecture} data-agents={recommended.agents}>
          <circle cx={px(recommended.agents)} cy={py(recommendedValue)} r={10} fill="none" stroke="var(--fg)" strokeWidth={2.5} />
          <text x={px(recommended.agents)} y={py(recommendedValue) - 14} textAnchor="middle" fontSize={12} fill="var(--fg)">
            recommended: {recommended.agents}
          </text>
        </g>
      )}
      {active === null || designs[active] === undefined ? null : (
        <>
          <circle
            className="active"
            pointerEvents="none"
            cx={px(designs[active]?.agents ?? 1)}
            cy={py(designs[active]?.successRate ?? 0)}
            r={7}
            fill="none"
            stroke="var(--accent)"
            strokeWidth={2}
          />
          <SvgTooltip
            x={px(designs[active]?.agents ?? 1)}
            y={py(designs[active]?.successRate ?? 0)}
            lines={designs[active]?.text.lines ?? []}
            width={px(16) + 12}
          />
        </>
      )}
    </g>
  );
}

/** The chart's frame: constant, so slider moves never re-render it. */
const Frame = memo(function Frame() {
  return (
    <ComposedChart responsive accessibilityLayer={false} data={FRAME_ROWS} style={STYLE} margin={MARGIN}>
      <CartesianGrid stroke="var(--border)" />
      <XAxis dataKey="agents" type="number" domain={X_DOMAIN} ticks={X_TICKS} stroke="var(--muted)" label={X_LABEL} />
      <YAxis {...SUCCESS_AXIS} />
      <CurveMarks />
    </ComposedChart>
  );
});

/**
 * Predicted success against agent count for each multi-agent architecture. Only the measured count is
 * data (solid dot); every other count is the agent-count rule's extrapolation (dashed), with the
 * selected architecture's 90% band.
 */
export function AgentsChart(props: Omit<Marks, "active" | "setActive">) {
  const cursor = usePointCursor(props.points.length);
  return (
    <MarksContext.Provider value={{ ...props, active: cursor.active, setActive: cursor.setActive }}>
      <ul className="chart-legend" aria-label="Architectures">
        <li>
          <svg width="22" height="10" aria-hidden="true">
            <line x1="0" x2="22" y1="5" y2="5" stroke="var(--fg)" strokeWidth={1} strokeDasharray="4 4" />
          </svg>
          Single agent (dot at 1)
        </li>
        {props.series.map((s) => (
          <li key={s.key}>
            <svg width="34" height="12" aria-hidden="true">
              <line x1="0" x2="34" y1="6" y2="6" stroke={colorOf(s.key)} strokeWidth={2} strokeDasharray={dashOf(s.key)} />
              <Marker shape={shapeOf(s.key)} cx={17} cy={6} r={4} fill={colorOf(s.key)} stroke="var(--bg)" />
            </svg>
            {s.label} (measured with {s.measuredAgents})
          </li>
        ))}
        <li>
          <svg width="22" height="22" aria-hidden="true">
            <circle cx="11" cy="11" r="8" fill="none" stroke="var(--fg)" strokeWidth={2.5} />
          </svg>
          Recommended ({counted(props.recommended.agents, "agent")}, a measured count)
        </li>
        {props.series.some((s) => s.key === props.selected) ? (
          <li>
            <svg width="22" height="18" aria-hidden="true">
              <circle cx="11" cy="9" r="7" fill="none" stroke="var(--fg)" strokeWidth={1.5} strokeDasharray="3 2" />
            </svg>
            Your design
          </li>
        ) : null}
      </ul>
      <div className="chart-focus" role="group" aria-label="Success by agent count: arrow keys move between designs" {...cursor.wrapper}>
        <Frame />
        <p className="sr-live" aria-live="polite">
          {cursor.active === null ? "" : (props.points[cursor.active]?.text.lines.join("; ") ?? "")}
        </p>
      </div>
    </MarksContext.Provider>
  );
}
