import { wholePercent } from "@/lib/format/numbers";

/** A colour per architecture (CSS variables, so dark mode follows), shared by every calculator chart. */
export const ARCHITECTURE_COLORS: Record<string, string> = {
  single: "var(--muted)",
  independent: "var(--series-4)",
  decentralized: "var(--series-3)",
  centralized: "var(--series-1)",
  hybrid: "var(--series-2)",
};

export const colorOf = (architecture: string) => ARCHITECTURE_COLORS[architecture] ?? "var(--accent)";

/** The calculator charts' y-axis: predicted success, 0-100%, labelled. */
export const SUCCESS_AXIS = {
  dataKey: "level",
  type: "number",
  domain: [0, 1],
  ticks: [0, 0.25, 0.5, 0.75, 1],
  tickFormatter: wholePercent,
  stroke: "var(--muted)",
  width: 64,
  label: { value: "predicted success", angle: -90, position: "insideLeft", fill: "var(--muted)", style: { textAnchor: "middle" } },
} as const;
