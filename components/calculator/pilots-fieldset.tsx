"use client";

import { counted } from "@/lib/format/words";
import { useId, useState } from "react";
import type { Pilot } from "@/lib/model/predict/pilot-runs";
import { decodePilots, encodePilots, MAX_PILOTS, pilotsFromRunLog, type PilotChoices } from "@/lib/scenario/pilots";
import { RunLogUpload } from "./run-log-upload";
import { OtherPilots } from "./other-pilots";
import { ArchitectureOptions } from "./architecture-options";
import type { CalculatorCatalog } from "@/lib/views/catalog";
import { wholePercent } from "@/lib/format/numbers";
import { PILOT_TASKS } from "@/lib/model/predict/prediction";
import type { ScenarioValues } from "@/lib/scenario/descriptors";

type Props = {
  /** The pilots of the scenario's model (fused). */
  pilots: readonly Pilot[];
  /** The pilots of other models (shown, not fused). */
  otherPilots: readonly Pilot[];
  /** The scenario's model. */
  model: string;
  /** A single-agent success a link gave without a task count (`baseline=`), or null. */
  baseline: number | null;
  /** The single-agent level the page uses now: fused with a pilot, or estimated. */
  estimate: { value: number };
  catalog: CalculatorCatalog;
  choices: PilotChoices;
  onChange: (patch: ScenarioValues) => void;
};

/**
 * The architect's own pilots: any design run on their task, with tasks run and solved. Each change is
 * encoded as the link's `pilot=` value and validated by the same decoder a link goes through; a pilot
 * the decoder rejects is not added, its message names the field, and what was entered stays.
 */
export function PilotsFieldset({ pilots, otherPilots, model, baseline, estimate, catalog, choices, onChange }: Props) {
  const id = useId();
  const [architecture, setArchitecture] = useState("single");
  const [agents, setAgents] = useState("");
  const [tasks, setTasks] = useState("20");
  const [solved, setSolved] = useState("");
  const [error, setError] = useState<string | null>(null);
  const label = (a: string) => catalog.architectures.find((x) => x.architecture === a)?.label ?? a;
  const modelLabel = (m: string) => catalog.models.find((x) => x.model === m)?.label ?? m;
  const paired = pilots.some((p) => p.paired);
  const all = [...pilots, ...otherPilots];
  const commit = (next: Pilot[]): boolean => {
    const encoded = encodePilots(next);
    if (encoded === null) {
      onChange({ pilots: null });
      return true;
    }
    const decoded = decodePilots(encoded, choices, model);
    if (!decoded.ok) {
      setError(decoded.message.replace(/^pilot \d+: /, ""));
      return false;
    }
    setError(null);
    onChange({ pilots: encoded });
    return true;
  };
  const add = () => {
    const whole = (s: string) => (/^\s*\d+\s*$/.test(s) ? Number(s) : Number.NaN);
    const count = agents.trim() === "" ? (choices.measuredAgents[architecture] ?? 1) : whole(agents);
    if (!commit([...all, { architecture, agents: count, tasks: whole(tasks), solved: whole(solved), paired, model }])) return;
    // Added: the form is ready for the next pilot (what a link reproduces is the list, not this draft).
    setArchitecture("single");
    setAgents("");
    setTasks("20");
    setSolved("");
  };
  return (
    <fieldset className="pilots" data-testid="pilots">
      <legend>Your pilots</legend>
      <p className="hint" id={`${id}-hint`}>
        Run a few tasks of any design on your own task and enter how many it solved. The model is conditioned on them: a pilot of one design moves the others as
        far as the data justify. Twenty to thirty tasks beat any model.
      </p>
      {baseline !== null ? null : (
        <p className="hint" data-testid="single-level">
          {pilots.some((p) => p.architecture === "single")
            ? `Single agent: ${wholePercent(estimate.value)}, your pilot combined with the model's estimate.`
            : `No single-agent pilot: its success is estimated at ${wholePercent(estimate.value)} from the model's capability, and that uncertainty is in every interval.`}
        </p>
      )}
      {baseline === null ? null : (
        <p className="pilot-legacy">
          <span>
            Single-agent success from the link: {wholePercent(baseline)}, with no task count (taken as a {PILOT_TASKS}-task pilot). Enter it as a pilot to say
            how many tasks.
          </span>{" "}
          <button type="button" onClick={() => onChange({ baseline: null })}>
            Remove
          </button>
        </p>
      )}
      {pilots.length > 0 ? (
        <ul className="pilot-list" aria-label="Pilots entered">
          {pilots.map((p, i) => (
            <li key={`${p.architecture}-${p.agents}`}>
              <span>
                {label(p.architecture)}, {counted(p.agents, "agent")}: {p.solved} of {p.tasks} solved ({wholePercent(p.solved / p.tasks)})
              </span>{" "}
              <button
                type="button"
                onClick={() => commit(all.filter((_, j) => j !== i))}
                aria-label={`Remove the pilot of ${label(p.architecture)}, ${p.agents} agents`}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {pilots.length > 1 ? (
        <div className="field switch-field">
          <input
            id={`${id}-paired`}
            type="checkbox"
            checked={paired}
            onChange={(e) => commit(all.map((p) => ({ ...p, paired: e.currentTarget.checked })))}
            aria-describedby={`${id}-paired-hint`}
          />
          <label htmlFor={`${id}-paired`}>Run on the same tasks</label>
          <p className="hint" id={`${id}-paired-hint`}>
            On if every pilot ran the same tasks: their outcomes correlate, so the gap between designs is measured more sharply.
          </p>
        </div>
      ) : null}
      <OtherPilots
        pilots={otherPilots}
        model={model}
        label={label}
        modelLabel={modelLabel}
        catalogModels={choices.models ?? []}
        onRemove={(p) => commit(all.filter((q) => q !== p))}
        onAdopt={() => commit([...pilots, ...otherPilots.map((p) => ({ ...p, model }))])}
        onPredictFor={(m) => onChange({ model: m })}
      />
      <RunLogUpload
        architectures={catalog.architectures}
        onSummary={(summary) => commit(pilotsFromRunLog(summary, all, { model, models: choices.models ?? [] }))}
      />
      {all.length < MAX_PILOTS ? (
        <div className="pilot-add" role="group" aria-labelledby={`${id}-add`}>
          <p id={`${id}-add`} className="pilot-add-title">
            Add a pilot
          </p>
          <div className="field">
            <label htmlFor={`${id}-arch`}>Design piloted</label>
            <select id={`${id}-arch`} value={architecture} onChange={(e) => setArchitecture(e.currentTarget.value)}>
              <ArchitectureOptions architectures={catalog.architectures} />
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-agents`}>Pilot agents</label>
            <input
              id={`${id}-agents`}
              inputMode="numeric"
              value={agents}
              placeholder={String(choices.measuredAgents[architecture] ?? 1)}
              onChange={(e) => setAgents(e.currentTarget.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-tasks`}>Tasks run</label>
            <input id={`${id}-tasks`} inputMode="numeric" value={tasks} onChange={(e) => setTasks(e.currentTarget.value)} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-solved`}>Tasks solved</label>
            <input
              id={`${id}-solved`}
              inputMode="numeric"
              value={solved}
              onChange={(e) => setSolved(e.currentTarget.value)}
              aria-invalid={error === null ? undefined : true}
              aria-describedby={error === null ? undefined : `${id}-error`}
            />
          </div>
          <button type="button" onClick={add}>
            Add pilot
          </button>
          {error === null ? null : (
            <p className="field-error" id={`${id}-error`} role="alert">
              Not added: {error}.
            </p>
          )}
        </div>
      ) : null}
    </fieldset>
  );
}
