"use client";

import { useState, type KeyboardEvent } from "react";

/** A tooltip drawn in the chart's SVG beside a point: a box with one line per entry, flipped to stay inside. */
export function SvgTooltip({ x, y, lines, width }: { x: number; y: number; lines: readonly string[]; width: number }) {
  const boxWidth = Math.max(...lines.map((l) => l.length)) * 6.6 + 16;
  const boxHeight = lines.length * 16 + 10;
  const left = x + 14 + boxWidth > width ? x - 14 - boxWidth : x + 14;
  const top = Math.max(2, y - boxHeight - 6);
  return (
    <g className="chart-tooltip" pointerEvents="none" data-testid="chart-tooltip">
      <rect x={left} y={top} width={boxWidth} height={boxHeight} rx={4} fill="var(--surface, var(--bg))" stroke="var(--border)" />
      {lines.map((line, i) => (
        <text key={line} x={left + 8} y={top + 17 + i * 16} fontSize={12} fill="var(--fg)" fontWeight={i === 0 ? 600 : 400}>
          {line}
        </text>
      ))}
    </g>
  );
}

/**
 * Which point of a chart is active, by hover or by keyboard: the chart is one tab stop; arrow keys
 * (and Home/End) move through the points, focus starts at the first, leaving clears it.
 */
export function usePointCursor(count: number) {
  const [active, setActive] = useState<number | null>(null);
  const clamp = (i: number) => Math.max(0, Math.min(count - 1, i));
  const onKeyDown = (e: KeyboardEvent) => {
    const moves: Record<string, (i: number) => number> = {
      ArrowRight: (i) => i + 1,
      ArrowDown: (i) => i + 1,
      ArrowLeft: (i) => i - 1,
      ArrowUp: (i) => i - 1,
      Home: () => 0,
      End: () => count - 1,
    };
    const move = moves[e.key];
    if (move === undefined || count === 0) return;
    e.preventDefault();
    setActive((i) => clamp(move(i ?? -1)));
  };
  return {
    active: active === null || active >= count ? null : active,
    setActive,
    /** Props for the chart's focusable wrapper. */
    wrapper: { tabIndex: 0, onKeyDown, onFocus: () => setActive((i) => i ?? 0), onBlur: () => setActive(null), onMouseLeave: () => setActive(null) },
  };
}
