import type { ModelValidation } from "./harness";

/** A target the architect's model is held to (MODEL.md section 2, the architect's-model issue). */
export type ValidationTarget = {
  label: string;
  metric: keyof Pick<ModelValidation, "maeLoboMas" | "decisionLobo" | "maeCv" | "coverageCv" | "coverageLobo">;
  /** Inclusive bounds the metric must lie within. */
  min: number | null;
  max: number | null;
};

export const VALIDATION_TARGETS: readonly ValidationTarget[] = [
  { label: "leave-one-benchmark-out MAE over multi-agent runs ≤ 0.12", metric: "maeLoboMas", min: null, max: 0.12 },
  { label: "single-vs-multi decisions right under leave-one-benchmark-out in ≥ 80% of groups", metric: "decisionLobo", min: 0.8, max: null },
  { label: "5-fold MAE ≤ 0.10", metric: "maeCv", min: null, max: 0.1 },
  { label: "90% intervals cover 85-95% of held-out runs, 5-fold", metric: "coverageCv", min: 0.85, max: 0.95 },
  { label: "90% intervals cover 85-95% of held-out runs, leave-one-benchmark-out", metric: "coverageLobo", min: 0.85, max: 0.95 },
];

/** Whether a model's figure meets a target (false when the figure does not exist). */
export function meetsTarget(target: ValidationTarget, validation: ModelValidation): { value: number | null; met: boolean } {
  const value = validation[target.metric];
  if (value === null || Number.isNaN(value)) return { value: null, met: false };
  const met = (target.min === null || value >= target.min - 1e-12) && (target.max === null || value <= target.max + 1e-12);
  return { value, met };
}
