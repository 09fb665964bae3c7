import type { ModelValidation } from "./harness";

/** A target the architect's model is held to (docs/model.md section 2, the architect's-model issue). */
export type ValidationTarget = {
  metric: keyof Pick<ModelValidation, "maeLoboMas" | "decisionLobo" | "maeCv" | "coverageCv" | "coverageLobo">;
  /** Inclusive bounds the metric must lie within. */
  min: number | null;
  max: number | null;
};

export const VALIDATION_TARGETS: readonly ValidationTarget[] = [
  { metric: "maeLoboMas", min: null, max: 0.12 },
  { metric: "decisionLobo", min: 0.8, max: null },
  { metric: "maeCv", min: null, max: 0.1 },
  { metric: "coverageCv", min: 0.85, max: 0.95 },
  { metric: "coverageLobo", min: 0.85, max: 0.95 },
];

/** Whether a model's figure meets a target (false when the figure does not exist). */
export function meetsTarget(target: ValidationTarget, validation: ModelValidation): { value: number | null; met: boolean } {
  const value = validation[target.metric];
  if (value === null || Number.isNaN(value)) return { value: null, met: false };
  const met = (target.min === null || value >= target.min - 1e-12) && (target.max === null || value <= target.max + 1e-12);
  return { value, met };
}
