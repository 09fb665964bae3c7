/**
 * The 19 predictors of the paper's Eq. 1 (Kim et al., arXiv 2512.08296; docs/model.md section 1), in the
 * paper's order. `key` is the name used in JSON and data/paper-coefficients.csv, `label` the printed
 * form; `architectureOnly`
 * marks columns that depend on the architecture alone and so cannot be identified from five
 * architectures (docs/model.md: columns 4-9 and 14).
 */
export const PAPER_TERMS = [
  { key: "I", label: "I", architectureOnly: false },
  { key: "I2", label: "I²", architectureOnly: false },
  { key: "logT", label: "log(1+T)", architectureOnly: false },
  { key: "logN", label: "log(1+n)", architectureOnly: true },
  { key: "logO", label: "log(1+O)", architectureOnly: true },
  { key: "c", label: "c", architectureOnly: true },
  { key: "R", label: "R", architectureOnly: true },
  { key: "E", label: "E", architectureOnly: true },
  { key: "logA", label: "log(1+A)", architectureOnly: true },
  { key: "P", label: "P", architectureOnly: false },
  { key: "IxE", label: "I·E", architectureOnly: false },
  { key: "AxP", label: "A·P", architectureOnly: false },
  { key: "OxT", label: "O·T", architectureOnly: false },
  { key: "Rxn", label: "R·n", architectureOnly: true },
  { key: "cxI", label: "c·I", architectureOnly: false },
  { key: "ExT", label: "E·T", architectureOnly: false },
  { key: "PxlogN", label: "P·log(1+n)", architectureOnly: false },
  { key: "IxlogT", label: "I·log(1+T)", architectureOnly: false },
  { key: "AxT", label: "A·T", architectureOnly: false },
] as const;

export type PaperTermKey = (typeof PAPER_TERMS)[number]["key"];
export type PaperCoefficientKey = "intercept" | PaperTermKey;

/** Coefficient names in output order: the intercept, then the 19 terms. */
export const PAPER_COEFFICIENT_KEYS: readonly PaperCoefficientKey[] = ["intercept", ...PAPER_TERMS.map((t) => t.key)];

/** One configuration described by the raw quantities Eq. 1 uses. */
export type PaperInput = {
  /** Capability index I on the v2/v3 scale (models.csv capability_index), e.g. 71 for GPT-5. */
  intelligence: number;
  /** Tool count T, e.g. 16 for Workbench. */
  tools: number;
  /** Agent count n of the architecture, e.g. 4 for centralized. */
  agents: number;
  /** Coordination overhead O in percent, e.g. 285 for centralized. */
  overheadPct: number;
  /** Message density c. */
  messageDensity: number;
  /** Redundancy R. */
  redundancy: number;
  /** Efficiency E. */
  efficiency: number;
  /** Trace-level error amplification A, e.g. 17.2 for independent. */
  errorAmplification: number;
  /** Single-agent baseline P in [0, 1]. */
  baseline: number;
};

/**
 * The 19 raw (unstandardized) term values of one configuration, in PAPER_TERMS order.
 * `meanIntelligence` is I-bar of the fitted rows; log is the natural log of 1+x.
 */
export function paperTermValues(x: PaperInput, meanIntelligence: number): number[] {
  const I = x.intelligence - meanIntelligence;
  const T = x.tools;
  const n = x.agents;
  const O = x.overheadPct;
  const c = x.messageDensity;
  const R = x.redundancy;
  const E = x.efficiency;
  const A = x.errorAmplification;
  const P = x.baseline;
  const L = Math.log1p;
  return [I, I * I, L(T), L(n), L(O), c, R, E, L(A), P, I * E, A * P, O * T, R * n, c * I, E * T, P * L(n), I * L(T), A * T];
}
