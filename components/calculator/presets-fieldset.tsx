"use client";

import type { PresetView } from "@/lib/views/presets";
import type { ScenarioPatch } from "./scenario-form";

/** Task archetypes: one click sets tools, decomposability and cost inputs; each says why and names the nearest stored benchmark. */
export function PresetsFieldset({ presets, patches, onChange }: { presets: PresetView[]; patches: Record<string, ScenarioPatch>; onChange: (patch: ScenarioPatch) => void }) {
  return (
    <fieldset className="presets" data-testid="presets">
      <legend>Start from a kind of task</legend>
      <ul>
        {presets.map((p) => (
          <li key={p.id}>
            <button type="button" onClick={() => onChange(patches[p.id] ?? {})} data-testid={`preset-${p.id}`}>
              {p.label}
            </button>{" "}
            <span className="hint">{p.text}</span>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
