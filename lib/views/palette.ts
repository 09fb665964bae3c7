import { ciede2000 } from "../colour/ciede2000";
import { COLOUR_VISIONS, simulateHex, type ColourVision } from "../colour/colour-vision";
import { contrastRatio, rgbToLab } from "../colour/srgb";

export type Theme = "light" | "dark";
/** A marker drawn at a data point; every architecture has its own, so colour is never the only cue (WCAG 1.4.1). */
export type MarkerShape = "circle" | "square" | "triangle" | "diamond" | "triangle-down";

/** How one architecture is drawn: its colour in each theme, its marker and its line's dash pattern. */
export type SeriesStyle = {
  architecture: string;
  /** The CSS custom property app/globals.css defines with these colours. */
  cssVar: string;
  light: string;
  dark: string;
  shape: MarkerShape;
  /** An SVG stroke-dasharray; every line is dashed (its counts are extrapolated) with a pattern of its own. */
  dash: string;
};

/** The page backgrounds the colours are drawn on (app/globals.css's --bg). */
export const BACKGROUND: Record<Theme, string> = { light: "#ffffff", dark: "#12151a" };

/**
 * The calculator charts' palette, one source for app/globals.css's --series-* variables and
 * components/charts/colors.ts. Chosen so that any two architectures stay at CIEDE2000 ΔE ≥ 10 under
 * normal vision, protanopia, deuteranopia and tritanopia (Machado et al. 2009, severity 1), in both
 * themes, and each colour has at least 3:1 contrast with the background (WCAG 1.4.11), so full-opacity
 * interval whiskers are visible; the single agent is a neutral grey, which no simulation moves.
 */
export const PALETTE: readonly SeriesStyle[] = [
  { architecture: "single", cssVar: "--series-single", light: "#6e7276", dark: "#8e9296", shape: "circle", dash: "4 4" },
  { architecture: "centralized", cssVar: "--series-1", light: "#354f88", dark: "#486cae", shape: "square", dash: "10 4" },
  { architecture: "hybrid", cssVar: "--series-2", light: "#8c3734", dark: "#bf4939", shape: "diamond", dash: "10 3 2 3" },
  { architecture: "decentralized", cssVar: "--series-3", light: "#049f00", dark: "#78dc6a", shape: "triangle", dash: "2 3" },
  { architecture: "independent", cssVar: "--series-4", light: "#6b69ff", dark: "#ddbbff", shape: "triangle-down", dash: "6 2 2 2 2 2" },
];

/** An architecture's style; throws on an architecture the palette does not know. */
export function seriesStyle(architecture: string): SeriesStyle {
  const style = PALETTE.find((s) => s.architecture === architecture);
  if (style === undefined) throw new RangeError(`no series style for architecture ${architecture}`);
  return style;
}

export type PaletteDistance = { vision: ColourVision | "normal"; minDeltaE: number; closest: [string, string] };

/**
 * The smallest CIEDE2000 difference between any two architectures' colours in a theme, under normal
 * vision and each simulated dichromacy, with the pair that sets it.
 */
export function paletteDistances(theme: Theme, palette: readonly SeriesStyle[] = PALETTE): PaletteDistance[] {
  return (["normal", ...COLOUR_VISIONS] as const).map((vision) => {
    const labs = palette.map((s) => ({ architecture: s.architecture, lab: rgbToLab(simulateHex(s[theme], vision)) }));
    let best: PaletteDistance = { vision, minDeltaE: Infinity, closest: ["", ""] };
    labs.forEach((a, i) =>
      labs.slice(i + 1).forEach((b) => {
        const d = ciede2000(a.lab, b.lab);
        if (d < best.minDeltaE) best = { vision, minDeltaE: d, closest: [a.architecture, b.architecture] };
      }),
    );
    return best;
  });
}

/** Each architecture's colour contrast with the theme's background (WCAG 2 ratio). */
export const paletteContrast = (theme: Theme, palette: readonly SeriesStyle[] = PALETTE) =>
  palette.map((s) => ({ architecture: s.architecture, ratio: contrastRatio(s[theme], BACKGROUND[theme]) }));
