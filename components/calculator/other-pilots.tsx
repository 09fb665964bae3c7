"use client";

import { counted } from "@/lib/format/words";
import type { Pilot } from "@/lib/model/predict/pilot-runs";
import { wholePercent } from "@/lib/format/numbers";
import { otherPilotsNotice } from "@/lib/views/pilots-text";

type Props = {
  pilots: readonly Pilot[];
  /** The scenario's model. */
  model: string;
  label: (architecture: string) => string;
  modelLabel: (model: string) => string;
  /** The catalog's model ids: a pilot's model among them can be predicted for. */
  catalogModels: readonly string[];
  onRemove: (pilot: Pilot) => void;
  /** Counts every one of these pilots as the scenario's model's. */
  onAdopt: () => void;
  onPredictFor: (model: string) => void;
};

/**
 * Pilots that ran with another model than the scenario's: listed apart, never fused, with a notice
 * naming both models and the two ways to use them: predict for their model, or count them as the
 * scenario's model's (for a log of a model the catalog lacks).
 */
export function OtherPilots({ pilots, model, label, modelLabel, catalogModels, onRemove, onAdopt, onPredictFor }: Props) {
  const notice = otherPilotsNotice(pilots, model, modelLabel, (m) => catalogModels.includes(m));
  if (notice === null) return null;
  const models = [...new Set(pilots.map((p) => p.model ?? model))].filter((m) => catalogModels.includes(m));
  return (
    <div className="other-pilots" data-testid="other-pilots">
      <p className="notice" role="status" data-testid="other-pilots-notice">
        {notice}
      </p>
      <ul className="pilot-list" aria-label="Pilots of another model">
        {pilots.map((p) => (
          <li key={`${p.architecture}-${p.agents}-${p.model ?? ""}`}>
            <span>
              {label(p.architecture)}, {counted(p.agents, "agent")}, {modelLabel(p.model ?? model)}: {p.solved} of {p.tasks} solved (
              {wholePercent(p.solved / p.tasks)}), not fused
            </span>{" "}
            <button
              type="button"
              onClick={() => onRemove(p)}
              aria-label={`Remove the pilot of ${label(p.architecture)}, ${p.agents} agents, ${modelLabel(p.model ?? model)}`}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      <p>
        {models.map((m) => (
          <button key={m} type="button" onClick={() => onPredictFor(m)}>
            Predict for {modelLabel(m)}
          </button>
        ))}{" "}
        <button type="button" onClick={onAdopt}>
          Count {pilots.length === 1 ? "it" : "them"} as {modelLabel(model)} runs
        </button>
      </p>
    </div>
  );
}
