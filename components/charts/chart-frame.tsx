import type { ReactNode } from "react";

/**
 * A chart's figure: the drawing, a visible caption, and a summary for screen readers. The chart keeps
 * recharts' own keyboard-accessible layer, so no wrapper hides it from assistive technology.
 */
export function ChartFrame({ caption, summary, children, testId }: { caption: ReactNode; summary: string; children: ReactNode; testId?: string }) {
  return (
    <figure className="chart" data-testid={testId}>
      <p className="visually-hidden">{summary}</p>
      {children}
      <figcaption>{caption}</figcaption>
    </figure>
  );
}
