"use client";

import { counted } from "@/lib/format/words";
import { useMemo, type ReactNode } from "react";
import { SelectField } from "@/components/ui/select-field";
import { SliderField } from "@/components/ui/slider-field";
import { CostFields, ParameterField } from "./cost-fields";
import { PresetsFieldset } from "./presets-fieldset";
import { RubricQuestionnaire } from "./rubric-questionnaire";
import { presetViews } from "@/lib/views/preset-views";
import { PRESETS, presetPatch } from "@/lib/scenario/presets";
import { AUTO_BENCHMARK, FITS, NO_BENCHMARK, NO_DESIGN, parameter, rangeOf } from "@/lib/scenario/parameters";
import { EVIDENCE_CHOICES } from "@/lib/model/architect/evidence-choice";
import { type Scenario } from "@/lib/scenario/scenario";
import type { ScenarioValues } from "@/lib/scenario/descriptors";
import { agentRange } from "@/lib/scenario/choices";
import { type TaskDomain } from "@/lib/model/predict/extrapolation";
import type { CalculatorCatalog } from "@/lib/views/catalog";
import { rangeText } from "@/lib/format/numbers";

const FIT_LABELS: Record<Scenario["fit"], string> = {
  architect: "Architect's model",
  "paper-v3": "The paper's regression (its Eq. 1), fitted to its v3 runs",
  "paper-v2": "The paper's regression (its Eq. 1), fitted to its v2 runs",
};

const EVIDENCE_LABELS: Record<Scenario["evidence"], string> = {
  all: "All studies",
  evaluations: "Evaluations only",
  kim: "Kim et al. only",
};

const COVERAGE: Record<string, string> = { all: "", "swe-tb-only": "; only in the SWE-bench and Terminal-Bench runs", none: "; held out, not in the runs" };

type Props = {
  scenario: Scenario;
  catalog: CalculatorCatalog;
  /** The ranges the fitted runs cover, quoted in the hints. */
  domain: TaskDomain;
  /** Runs each prediction model was fitted to. */
  fittedRuns: Record<Scenario["fit"], number>;
  /** The pilots fieldset (the single agent's measurement is one of them), shown after the task. */
  pilots: ReactNode;
  onChange: (patch: ScenarioValues) => void;
};

/** The scenario's inputs: task, model, design and prediction model. Every control is native and labelled. */
export function ScenarioForm({ scenario, catalog, domain, fittedRuns, pilots, onChange }: Props) {
  const agents = parameter("agents");
  const [minAgents, maxAgents] = agentRange(scenario.architecture, agents.max);
  const model = catalog.models.find((m) => m.model === scenario.model);
  // Handlers, options and presets stay the same objects while onChange and the catalog do, so the
  // memoised fields redraw only when their own value changes (a slider step redraws one field).
  const on = useMemo(
    () => ({
      tools: (v: number) => onChange({ tools: v }),
      decomposability: (v: number) => onChange({ decomposability: v }),
      capability: (v: number) => onChange({ capability: v }),
      agents: (v: number) => onChange({ agents: v }),
      model: (v: string) => onChange({ model: v, capability: null }),
      architecture: (v: string) => onChange({ architecture: v, agents: null }),
      fit: (v: string) => onChange({ fit: v }),
      evidence: (v: string) => onChange({ evidence: v }),
      like: (v: string) => onChange({ like: v }),
    }),
    [onChange],
  );
  const options = useMemo(
    () => ({
      models: catalog.models.map((m) => ({ value: m.model, label: `${m.label} (${m.capability}, v2/v3 scale${COVERAGE[m.coverage] ?? ""})` })),
      architectures: [
        { value: NO_DESIGN, label: "None: compare every design" },
        ...catalog.architectures.map((a) => ({ value: a.architecture, label: `${a.label} (measured with ${a.agents})` })),
      ],
      fits: FITS.map((f) => ({ value: f, label: `${FIT_LABELS[f]} (${f === parameter("fit").default ? "default, " : ""}${fittedRuns[f]} runs)` })),
      evidence: EVIDENCE_CHOICES.map((e) => ({ value: e, label: `${EVIDENCE_LABELS[e]}${e === parameter("evidence").default ? " (default)" : ""}` })),
      like: [
        { value: AUTO_BENCHMARK, label: "The stored benchmark my task matches, if one does (default)" },
        { value: NO_BENCHMARK, label: "A new task (no stored benchmark)" },
        ...catalog.evidenceBenchmarks.map((b) => ({
          value: b.benchmark,
          label: `${b.label} (${counted(b.tools, "tool")}, decomposability ${b.decomposability})`,
        })),
      ],
    }),
    [catalog, fittedRuns],
  );
  const presets = useMemo(() => ({ views: presetViews(catalog), patches: Object.fromEntries(PRESETS.map((p) => [p.id, presetPatch(p)])) }), [catalog]);
  return (
    <form className="scenario" aria-label="Scenario" onSubmit={(e) => e.preventDefault()}>
      <PresetsFieldset presets={presets.views} patches={presets.patches} onChange={onChange} />
      <fieldset>
        <legend>Task</legend>
        <SliderField
          id="tools"
          {...rangeOf("tools")}
          value={scenario.tools}
          onChange={on.tools}
          hint={`Distinct tools the agents can call (the runs span ${rangeText(domain.tools)}).`}
        />
        <SliderField
          id="decomposability"
          {...rangeOf("decomposability")}
          value={scenario.decomposability}
          onChange={on.decomposability}
          hint="Share of the work that splits into sub-tasks needing no intermediate results from each other: 0 sequential, 1 fully parallel."
        />
        <RubricQuestionnaire onScore={on.decomposability} />
      </fieldset>
      <fieldset>
        <legend>What a solved task is worth</legend>
        <ParameterField
          keyName="valuePerSuccess"
          scenario={scenario}
          onChange={onChange}
          optional
          placeholder="none"
          hint="What one solved task is worth to you (revenue, time saved, a ticket closed). With it, the recommendation weighs each design's expected value against its cost; without it, it recommends more agents only when they beat one agent with the confidence target, and says what a solved task must be worth for them to pay."
        />
      </fieldset>
      {pilots}
      <fieldset>
        <legend>Model</legend>
        <SelectField id="model" label="Model" value={scenario.model} onChange={on.model} options={options.models} />
        <SliderField
          id="capability"
          {...rangeOf("capability")}
          value={scenario.capability}
          onChange={on.capability}
          hint={
            model !== undefined && model.capability !== scenario.capability
              ? `Custom: ${model.label}'s index is ${model.capability}. The runs span ${rangeText(domain.capability)}.`
              : `The Intelligence Index (Artificial Analysis composite) on the scale of the paper's v2/v3 fits, shown beside each model above. The runs span ${rangeText(domain.capability)}.`
          }
        />
      </fieldset>
      <fieldset>
        <legend>Your design (optional)</legend>
        <SelectField
          id="architecture"
          label="Your design"
          value={scenario.architecture}
          onChange={on.architecture}
          options={options.architectures}
          hint="A design you have in mind, to see it marked beside the recommendation (at any agent count). The recommendation does not depend on it."
        />
        <SliderField
          id="agents"
          label={agents.label}
          value={scenario.agents}
          min={minAgents}
          max={maxAgents}
          step={agents.step}
          integer={agents.integer}
          disabled={minAgents === maxAgents}
          onChange={on.agents}
          hint={
            scenario.architecture === NO_DESIGN
              ? "Choose a design above to set its agent count."
              : minAgents === maxAgents
                ? "A single agent is one agent."
                : "Counts other than the measured one are extrapolated by the agent-count rule."
          }
        />
      </fieldset>
      <CostFields scenario={scenario} model={model} onChange={onChange} />
      <fieldset>
        <legend>Prediction model</legend>
        <SelectField id="fit" label="Prediction model" value={scenario.fit} onChange={on.fit} options={options.fits} />
        <SelectField
          id="evidence"
          label="Evidence"
          value={scenario.evidence}
          onChange={on.evidence}
          options={options.evidence}
          hint={
            scenario.fit === "architect"
              ? "Which studies the architect's model learns from. Method papers propose the system they measure; evaluations test others'."
              : "Applies to the architect's model only."
          }
        />
        <SelectField
          id="like"
          label="My task resembles"
          value={scenario.like}
          onChange={on.like}
          options={options.like}
          hint={
            scenario.like === AUTO_BENCHMARK
              ? "When exactly one stored benchmark has your task's tools and decomposability, its measured effects apply (the card says so); otherwise your task is new and gets the wider uncertainty of a benchmark held out of the fit."
              : scenario.like === NO_BENCHMARK
                ? "A new task gets the wider uncertainty of a benchmark held out of the fit, even when a stored benchmark matches its inputs."
                : "The benchmark's measured effects apply and the interval narrows to that of a known benchmark; set tools and decomposability to match it if your task does."
          }
        />
      </fieldset>
    </form>
  );
}
