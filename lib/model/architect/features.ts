/**
 * Inputs and features of the architect's model (docs/model.md section 2; the methodology page states
 * the form). Everything an architect can state about a task, plus the single-agent baseline.
 */

/** A task as the architect's model sees it. */
export type ArchitectTask = {
  /** Tool count T, e.g. 5. */
  tools: number;
  /** Decomposability d in [0, 1] (data/README.md defines it), e.g. 0.7 for Finance-Agent. */
  decomposability: number;
  /**
   * Capability index I on the v2/v3 scale, e.g. 68 for GPT-5 mini; null for a stored run whose model
   * no source places on that scale (such runs inform every feature but I).
   */
  capability: number | null;
  /** Single-agent success P in [0, 1]. */
  baseline: number;
  /**
   * The paper's domain complexity D of a stored benchmark. Not an input an architect can state (the
   * paper defines it only for its six benchmarks): the validation's ablations use it, the app never does.
   */
  domainComplexity?: number;
  /**
   * A per-benchmark property supplied by the validation (never an input): the perfect-property floor
   * gives each benchmark its true mean multi-agent gain (lib/model/validation/floors.ts).
   */
  property?: number;
  /**
   * 1 when the run comes from a method paper (a study proposing the multi-agent system it measures), 0
   * from an evaluation. Predictions for an architect's own build use 0 (docs/model.md section 2).
   */
  method?: number;
};

type FeatureContext = { P: number; d: number; logT: number; I: () => number; task: ArchitectTask };

function required(value: number | undefined, name: string): number {
  if (value === undefined) throw new RangeError(`this model needs the task's ${name}`);
  return value;
}

/** Every feature the architect's model can use, by name. I is centred on the fitted rows' mean. */
export const FEATURE_CATALOGUE = {
  P: (c: FeatureContext) => c.P,
  d: (c: FeatureContext) => c.d,
  "log(1+T)": (c: FeatureContext) => c.logT,
  I: (c: FeatureContext) => c.I(),
  "P·d": (c: FeatureContext) => c.P * c.d,
  "P·log(1+T)": (c: FeatureContext) => c.P * c.logT,
  "P·I": (c: FeatureContext) => c.P * c.I(),
  M: (c: FeatureContext) => c.task.method ?? 0,
  Q: (c: FeatureContext) => (c.task.tools === 0 ? 1 : 0),
  "P·Q": (c: FeatureContext) => (c.task.tools === 0 ? c.P : 0),
  D: (c: FeatureContext) => required(c.task.domainComplexity, "domain complexity"),
  property: (c: FeatureContext) => required(c.task.property, "per-benchmark property"),
} as const;

export type FeatureName = keyof typeof FEATURE_CATALOGUE;

/**
 * The app's features: the pilot P, the task's d and log(1 + T), the pilot's interactions with them,
 * whether the study is a method paper (M), and whether the task uses no tools at all (Q, with its
 * interaction with P: a tool-free question-answering set is another kind of task than a tool-using
 * agent task, and most of the other studies' cells are tool-free). Capability enters only through the
 * pilot, and through the baseline sub-model when there is none (docs/model.md section 2): given P,
 * capability's own effect is small within the runs and extrapolates badly beyond them.
 */
export const ARCHITECT_FEATURES: readonly FeatureName[] = ["P", "d", "log(1+T)", "P·d", "P·log(1+T)", "M", "Q", "P·Q"];

/**
 * Raw values of `features` for a task, in order.
 *
 * @example architectFeatureValues({ tools: 3, decomposability: 0.5, capability: 60, baseline: 0.4 }, 58)
 * // [0.4, 0.5, 1.386..., 0.2, 0.554..., 0, 0, 0]
 */
export function architectFeatureValues(task: ArchitectTask, meanCapability: number, features: readonly FeatureName[] = ARCHITECT_FEATURES): number[] {
  const context: FeatureContext = {
    P: task.baseline,
    d: task.decomposability,
    logT: Math.log1p(task.tools),
    I: () => required(task.capability ?? undefined, "capability index") - meanCapability,
    task,
  };
  return features.map((name) => FEATURE_CATALOGUE[name](context));
}
