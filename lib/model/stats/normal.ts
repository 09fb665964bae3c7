/** z of a two-sided 90% normal interval. */
export const Z90 = 1.6448536269514722;

/**
 * Two-sided z of the calibration levels the harness uses, to four decimals (the table the harness has
 * always used, so its coverage figures stay comparable across versions).
 *
 * @example normalQuantile(0.95) // 1.96
 */
export function normalQuantile(level: number): number {
  const table: Record<string, number> = { "0.5": 0.6745, "0.6": 0.8416, "0.7": 1.0364, "0.8": 1.2816, "0.9": 1.6449, "0.95": 1.96 };
  const z = table[String(level)];
  if (z === undefined) throw new RangeError(`no z for level ${level}`);
  return z;
}
