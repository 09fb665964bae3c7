/** A colour as three channels, each 0-1. */
export type Rgb = readonly [number, number, number];
/** A colour in CIELAB (D65): lightness 0-100, a*, b*. */
export type Lab = readonly [number, number, number];

/**
 * A "#rrggbb" hex colour as sRGB channels, each 0-1; throws on anything else (the palette is data we
 * write, so a typo must fail, not draw black).
 *
 * @example hexToRgb("#ff8000") // ≈ [1, 0.50196, 0]
 */
export function hexToRgb(hex: string): Rgb {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (m === null) throw new RangeError(`not a #rrggbb colour: ${hex}`);
  return [parseInt(m[1] ?? "", 16) / 255, parseInt(m[2] ?? "", 16) / 255, parseInt(m[3] ?? "", 16) / 255];
}

/** An sRGB channel (0-1) to linear light, IEC 61966-2-1. */
export const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
/** Linear light (0-1) back to an sRGB channel, clipped to 0-1. */
export const fromLinear = (c: number) => {
  const x = Math.min(1, Math.max(0, c));
  return x <= 0.0031308 ? 12.92 * x : 1.055 * x ** (1 / 2.4) - 0.055;
};

/**
 * WCAG 2 relative luminance of an sRGB colour, 0 (black) to 1 (white).
 *
 * @example relativeLuminance(hexToRgb("#777777")) // ≈ 0.1845
 */
export function relativeLuminance([r, g, b]: Rgb): number {
  return 0.2126 * toLinear(r) + 0.7152 * toLinear(g) + 0.0722 * toLinear(b);
}

/**
 * WCAG 2 contrast ratio of two hex colours, 1 to 21.
 *
 * @example contrastRatio("#777777", "#ffffff") // ≈ 4.48
 */
export function contrastRatio(a: string, b: string): number {
  const [la, lb] = [relativeLuminance(hexToRgb(a)), relativeLuminance(hexToRgb(b))];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

const WHITE = [0.95047, 1, 1.08883] as const;
const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);

/**
 * An sRGB colour (0-1 channels) in CIELAB under D65.
 *
 * @example rgbToLab([1, 1, 1]) // ≈ [100, 0, 0]
 */
export function rgbToLab(rgb: Rgb): Lab {
  const [r, g, b] = [toLinear(rgb[0]), toLinear(rgb[1]), toLinear(rgb[2])];
  const x = 0.4124564 * r + 0.3575761 * g + 0.1804375 * b;
  const y = 0.2126729 * r + 0.7151522 * g + 0.072175 * b;
  const z = 0.0193339 * r + 0.119192 * g + 0.9503041 * b;
  const [fx, fy, fz] = [f(x / WHITE[0]), f(y / WHITE[1]), f(z / WHITE[2])];
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}
