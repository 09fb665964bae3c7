import { fromLinear, hexToRgb, toLinear, type Rgb } from "./srgb";

export type ColourVision = "protanopia" | "deuteranopia" | "tritanopia";
export const COLOUR_VISIONS: readonly ColourVision[] = ["protanopia", "deuteranopia", "tritanopia"];

type Matrix = readonly [Rgb, Rgb, Rgb];

/**
 * Machado, Oliveira and Fernandes (2009), "A Physiologically-based Model for Simulation of Color Vision
 * Deficiency", IEEE TVCG 15(6): the matrices for severity 1.0 (dichromacy), applied to linear RGB.
 */
export const MACHADO_2009: Record<ColourVision, Matrix> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

/**
 * An sRGB colour (0-1 channels) as a dichromat sees it: linearised, multiplied by Machado et al.'s
 * matrix, clipped to the gamut and encoded back to sRGB.
 *
 * @example simulateColourVision([1, 0, 0], "protanopia") // ≈ [0.42661, 0.37265, 0]
 */
export function simulateColourVision(rgb: Rgb, vision: ColourVision): Rgb {
  const linear = [toLinear(rgb[0]), toLinear(rgb[1]), toLinear(rgb[2])] as const;
  const row = (m: Rgb) => fromLinear(m[0] * linear[0] + m[1] * linear[1] + m[2] * linear[2]);
  const [r, g, b] = MACHADO_2009[vision];
  return [row(r), row(g), row(b)];
}

/** A hex colour under a simulation, as sRGB channels (0-1). */
export const simulateHex = (hex: string, vision: ColourVision | "normal"): Rgb =>
  vision === "normal" ? hexToRgb(hex) : simulateColourVision(hexToRgb(hex), vision);
