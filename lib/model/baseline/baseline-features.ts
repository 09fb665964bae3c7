/**
 * The single-agent baseline sub-model's task and features (docs/model.md section 2): what is known about
 * a task without a pilot.
 */

/** A task as the baseline sub-model sees it: no single-agent success, which it estimates. */
export type BaselineTask = {
  tools: number;
  decomposability: number;
  /** Capability index I on the v2/v3 scale; the sub-model needs it (null throws). */
  capability: number | null;
};

/** Single-agent baseline sub-model features: what is known about a task without a pilot. */
export const BASELINE_FEATURES = ["I", "d", "log(1+T)", "I·log(1+T)"] as const;

/**
 * Raw baseline sub-model features of a task, in BASELINE_FEATURES order (I centred on `meanCapability`).
 *
 * @example baselineFeatureValues({ tools: 3, decomposability: 0.5, capability: 60 }, 58) // [2, 0.5, 1.386..., 2.772...]
 */
export function baselineFeatureValues(task: BaselineTask, meanCapability: number): number[] {
  if (task.capability === null) throw new RangeError("this model needs the task's capability index");
  const I = task.capability - meanCapability;
  const logT = Math.log1p(task.tools);
  return [I, task.decomposability, logT, I * logT];
}
