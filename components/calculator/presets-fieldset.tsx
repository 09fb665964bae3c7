"use client";

import { memo } from "react";
import type { PresetView } from "@/lib/views/preset-views";
import type { ScenarioValues } from "@/lib/scenario/descriptors";

/**
 * Task archetypes: one click sets tools, decomposability and cost inputs. The buttons sit in one row;
 * what each sets, why, and the stored benchmark nearest it are one line each under "What each sets".
 */
export const PresetsFieldset = memo(function PresetsFieldset({
  presets,
  patches,
  onChange,
}: {
  presets: PresetView[];
  patches: Record<string, ScenarioValues>;
  onChange: (patch: ScenarioValues) => void;
}) {
  return (
    <fieldset className="presets" data-testid="presets">
      <legend>Start from a kind of task</legend>
      <div className="preset-buttons">
        {presets.map((p) => (
          <button key={p.id} type="button" onClick={() => onChange(patches[p.id] ?? {})} data-testid={`preset-${p.id}`}>
            {p.label}
          </button>
        ))}
      </div>
      <details>
        <summary>What each sets, and why</summary>
        <ul>
          {presets.map((p) => (
            <li key={p.id} className="hint">
              <strong>{p.label}:</strong> {p.text}
            </li>
          ))}
        </ul>
      </details>
    </fieldset>
  );
});
