import { MODEL_LABELS } from "./labels";
import { agentCountSd, gainAtAgents, PEAK_AGENTS } from "../model/predict/agent-count-rule";
import type { ModelValidation, ValidationReport } from "../model/validation/harness";
import { Z90 } from "../model/stats/normal";

/** One held-out prediction against its measurement, for the predicted-vs-measured chart. */
export type ScatterPoint = { measured: number; predicted: number; label: string };

/**
 * Held-out (leave-one-benchmark-out or 5-fold) predictions of a model against the measured success of
 * every multi-agent run, the runs the models disagree on.
 */
export function predictedVsMeasured(report: ValidationReport, model: ModelValidation, scheme: "cv" | "lobo"): ScatterPoint[] {
  return report.runs.flatMap((run, i) => {
    const held = model.heldOut[scheme][i];
    if (held === undefined || run.architecture === "single") return [];
    return [{ measured: run.success_rate, predicted: held.mean, label: `${run.benchmark} · ${run.architecture} · ${run.model}` }];
  });
}

/** Nominal interval level against the share of held-out runs inside, per model and scheme. */
export type CalibrationRow = { level: number } & Record<string, number | null>;

/** Rows of the calibration chart: one per nominal level, one column per model with intervals and scheme. */
export function calibrationRows(report: ValidationReport): { rows: CalibrationRow[]; series: { key: string; label: string }[] } {
  const models = report.models.filter((m) => m.coverageCv !== null && m.key !== "architectNoPilot");
  const series = models.flatMap((m) => [
    { key: `${m.key}-cv`, label: `${MODEL_LABELS[m.key]}, 5-fold` },
    { key: `${m.key}-lobo`, label: `${MODEL_LABELS[m.key]}, leave one benchmark out` },
  ]);
  const levels = models[0]?.calibration.map((c) => c.level) ?? [];
  const rows = levels.map((level, i) => {
    const row: CalibrationRow = { level };
    for (const m of models) {
      row[`${m.key}-cv`] = m.calibration[i]?.cv ?? null;
      row[`${m.key}-lobo`] = m.calibration[i]?.lobo ?? null;
    }
    return row;
  });
  return { rows, series };
}

/** The agent-count rule for one example gain: the curve and its 90% band from the rule's own SD. */
export type AgentRuleRow = { agents: number; gain: number; band: [number, number]; measured: boolean };

/**
 * The rule's gain over the single agent for 2-16 agents (one agent is the single agent itself), given a
 * gain at the measured count, with the band the rule alone adds (a prediction's own interval widens further).
 */
export function agentRuleCurve(measuredGain: number, measuredAgents: number, maxAgents = 16): AgentRuleRow[] {
  return Array.from({ length: maxAgents - 1 }, (_, i) => {
    const agents = i + 2;
    const gain = gainAtAgents(measuredGain, measuredAgents, agents);
    const sd = agentCountSd(measuredGain, measuredAgents, agents);
    return { agents, gain, band: [gain - Z90 * sd, gain + Z90 * sd], measured: agents === measuredAgents };
  });
}

/** The first agent count past the peak at which a curve's gain turns negative (null if it never does by the end). */
export function firstLoss(rows: readonly AgentRuleRow[]): number | null {
  return rows.find((r) => r.agents > PEAK_AGENTS && r.gain < 0)?.agents ?? null;
}
