import { wholePercent } from "@/lib/format/numbers";
import { PALETTE, type MarkerShape } from "@/lib/views/palette";

/**
 * A colour per architecture (the palette's CSS variables, so dark mode and print follow), shared by
 * every calculator chart; lib/views/palette.ts holds the values, a marker shape and a dash pattern each.
 */
export const ARCHITECTURE_COLORS: Record<string, string> = Object.fromEntries(PALETTE.map((s) => [s.architecture, `var(${s.cssVar})`]));

export const colorOf = (architecture: string) => ARCHITECTURE_COLORS[architecture] ?? "var(--accent)";
/** The architecture's marker shape: the second channel beside colour (WCAG 1.4.1). */
export const shapeOf = (architecture: string): MarkerShape => PALETTE.find((s) => s.architecture === architecture)?.shape ?? "circle";
/** The architecture's line dash pattern (an SVG stroke-dasharray). */
export const dashOf = (architecture: string) => PALETTE.find((s) => s.architecture === architecture)?.dash ?? "6 4";

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
