/**
 * One figure of `npm run bench` beside the static reference's, the ratio and the target: the calculator's
 * figures are read as ratios to what the same server and the same machine give a static page in the same
 * run, so a loaded or a slow machine moves both.
 */
export type RatioFigure = {
  name: string;
  value: number;
  /** The static reference page's figure, or null where there is none (a figure with an absolute target). */
  reference: number | null;
  unit: string;
  /** "higher" when more is better (requests per second, a score), "lower" otherwise. */
  better: "higher" | "lower";
  /** The target as a bound on the value ("value") or on the ratio value / reference ("ratio"). */
  target: { on: "value" | "ratio"; bound: number; text: string };
};

/**
 * The ratio of a figure to its reference (null without one, or with a zero reference).
 *
 * @example figureRatio({ value: 50, reference: 200 }) // 0.25
 */
export function figureRatio(f: Pick<RatioFigure, "value" | "reference">): number | null {
  return f.reference === null || f.reference === 0 ? null : f.value / f.reference;
}

/**
 * Whether a figure meets its target: its value or its ratio at or past the bound, in the figure's better
 * direction.
 *
 * @example targetMet({ value: 0.4, reference: null, better: "lower", target: { on: "value", bound: 0.5, text: "≤ 0.5 s" } }) // true
 */
export function targetMet(f: Pick<RatioFigure, "value" | "reference" | "better" | "target">): boolean {
  const x = f.target.on === "value" ? f.value : figureRatio(f);
  if (x === null || !Number.isFinite(x)) return false;
  return f.better === "higher" ? x >= f.target.bound : x <= f.target.bound;
}

function format(value: number, unit: string): string {
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  return `${value.toFixed(digits)}${unit === "" ? "" : ` ${unit}`}`;
}

/** The figures as a Markdown table: figure, calculator, reference, ratio, target, met. */
export function ratioTable(figures: readonly RatioFigure[]): string[] {
  const lines = ["| figure | calculator | static reference | ratio | target | met |", "|---|---|---|---|---|---|"];
  for (const f of figures) {
    const ratio = figureRatio(f);
    lines.push(
      `| ${f.name} | ${format(f.value, f.unit)} | ${f.reference === null ? "—" : format(f.reference, f.unit)} | ${ratio === null ? "—" : ratio.toFixed(2)} | ${f.target.text} | ${targetMet(f) ? "yes" : "**no**"} |`,
    );
  }
  return lines;
}
