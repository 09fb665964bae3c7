import type { PilotFusionValidation } from "./pilot-fusion";

/**
 * The targets the pilot-fusion issue set (docs/model.md, "Pilots fused with the model"), judged on the
 * simulation's means: decisions of the fused model at 30 and 50 tasks; the piloted design's MAE; the
 * designs not piloted below the model-only MAE of the same designs; 90% coverage of all five designs;
 * the planner right in at least 85% of the cases where it promised at least 90%.
 */
export type PilotFusionTargetKey = "decisions" | "maePiloted" | "maeNotPiloted" | "coverage" | "calibration";

/** A target at one pilot size (null for the calibration, pooled over sizes): the figure, the bound it must meet, whether it does. Decisions are shares of groups. */
export type PilotFusionTarget = { key: PilotFusionTargetKey; tasks: number | null; value: number; bound: number; upper: boolean; met: boolean };

/** The share of groups the fused model must call right, by pilot size: 44 and 46 of Kim et al.'s 52. */
export const DECISION_TARGETS: Readonly<Record<number, number>> = { 30: 44 / 52, 50: 46 / 52 };
export const MAE_PILOTED_TARGET = 0.075;
export const COVERAGE_TARGET = [0.85, 0.95] as const;
export const CALIBRATION_TARGET = 0.85;

/** Every target judged on a validation's figures. */
export function pilotFusionTargets(v: PilotFusionValidation): PilotFusionTarget[] {
  const perSize = v.rows.flatMap((row) => {
    const fused = row.approaches.fused;
    const decisions = DECISION_TARGETS[row.tasks];
    const right = fused.decisions.mean;
    const out: PilotFusionTarget[] = [];
    if (decisions !== undefined)
      out.push({ key: "decisions", tasks: row.tasks, value: right, bound: decisions, upper: false, met: right >= decisions - 1e-12 });
    if (fused.maePiloted !== null)
      out.push({
        key: "maePiloted",
        tasks: row.tasks,
        value: fused.maePiloted.mean,
        bound: MAE_PILOTED_TARGET,
        upper: true,
        met: fused.maePiloted.mean <= MAE_PILOTED_TARGET,
      });
    const modelOnly = row.approaches.modelOnly.maeNotPiloted;
    if (fused.maeNotPiloted !== null && modelOnly !== null)
      out.push({
        key: "maeNotPiloted",
        tasks: row.tasks,
        value: fused.maeNotPiloted.mean,
        bound: modelOnly.mean,
        upper: true,
        met: fused.maeNotPiloted.mean < modelOnly.mean,
      });
    if (fused.coverage !== null) {
      const c = fused.coverage.mean;
      out.push({
        key: "coverage",
        tasks: row.tasks,
        value: c,
        bound: c < COVERAGE_TARGET[0] ? COVERAGE_TARGET[0] : COVERAGE_TARGET[1],
        upper: c >= COVERAGE_TARGET[0],
        met: c >= COVERAGE_TARGET[0] && c <= COVERAGE_TARGET[1],
      });
    }
    return out;
  });
  const c = v.calibration;
  return c === null
    ? perSize
    : [
        ...perSize,
        {
          key: "calibration",
          tasks: null,
          value: c.atTarget.right.mean,
          bound: CALIBRATION_TARGET,
          upper: false,
          met: c.atTarget.right.mean >= CALIBRATION_TARGET,
        },
      ];
}
