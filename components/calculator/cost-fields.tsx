"use client";

import { useCallback } from "react";
import { NumberField } from "@/components/ui/number-field";
import { SliderField } from "@/components/ui/slider-field";
import { PAPER_REASONING_TOKENS_PER_TASK, PAPER_SINGLE_AGENT_TURNS } from "@/lib/model/cost/design-cost";
import { usesListedPrices } from "@/lib/model/cost/prices";
import { DEFAULT_OUTPUT_TOKENS_PER_TURN, parameter, rangeOf, type ParameterKey } from "@/lib/scenario/parameters";
import type { Scenario } from "@/lib/scenario/scenario";
import type { CalculatorCatalog } from "@/lib/views/catalog";
import type { ScenarioValues } from "@/lib/scenario/descriptors";
import { wholePercent } from "@/lib/format/numbers";
import { countText } from "@/lib/format/words";

type Props = { scenario: Scenario; model: CalculatorCatalog["models"][number] | undefined; onChange: (patch: ScenarioValues) => void };

/** A number field for a parameter of the table, with its bounds, label and unit. */
type FieldProps = {
  keyName: ParameterKey;
  scenario: Scenario;
  onChange: (patch: ScenarioValues) => void;
  optional?: boolean;
  placeholder?: string;
  hint?: string;
  asPercent?: boolean;
};

/** x · 100 without float noise (0.55 · 100 = 55.00000000000001). */
const toPercent = (x: number) => Math.round(x * 100 * 1e6) / 1e6;

/**
 * A number field for a parameter of the table, with its bounds, label and unit. `asPercent` shows a
 * 0-1 share as 0-100 % (the page states every success rate in %); the scenario keeps the share.
 */
export function ParameterField({ keyName, scenario, onChange, optional, placeholder, hint, asPercent }: FieldProps) {
  // Stable while onChange is: the memoised field then redraws only when its own value or hint changes.
  const change = useCallback((v: number | null) => onChange({ [keyName]: v === null || !asPercent ? v : v / 100 }), [onChange, keyName, asPercent]);
  const p = parameter(keyName);
  if (p.kind !== "number") return null;
  const value = scenario[keyName];
  const scale = asPercent ? toPercent : (x: number) => x;
  return (
    <NumberField
      id={p.urlKey}
      label={p.label}
      value={typeof value === "number" ? scale(value) : null}
      min={scale(p.min)}
      max={scale(p.max)}
      step={scale(p.step)}
      integer={p.integer}
      unit={asPercent ? "%" : p.unit}
      optional={optional}
      placeholder={placeholder}
      hint={hint}
      onChange={change}
    />
  );
}

/** The cost inputs (tokens, cache, turns, time, prices) and the two constraints on the recommendation. */
export function CostFields({ scenario, model, onChange }: Props) {
  const listed = model?.price ?? null;
  const custom = !usesListedPrices(scenario, listed);
  const changeCache = useCallback((v: number) => onChange({ cacheHitRate: v }), [onChange]);
  const priceNote =
    listed === null
      ? "No listed price: enter your own."
      : custom
        ? `Entered by hand. Listed for ${model?.label}: $${listed.input} / $${listed.output}${listed.cached === null ? "" : ` / $${listed.cached}`} (${listed.date}).`
        : `Listed for ${model?.label} on ${listed.date}; source: ${listed.source.replace(/ \(\d{4}-\d{2}-\d{2}\)$/, "")}.`;
  return (
    <>
      <fieldset>
        <legend>Cost</legend>
        <ParameterField
          keyName="inputTokensPerTurn"
          scenario={scenario}
          onChange={onChange}
          hint="Prompt, tool definitions and transcript sent with each LLM call."
        />
        <ParameterField
          keyName="outputTokensPerTurn"
          scenario={scenario}
          onChange={onChange}
          hint={`Default ${DEFAULT_OUTPUT_TOKENS_PER_TURN}: the paper's ${countText(PAPER_REASONING_TOKENS_PER_TASK)} reasoning tokens per single-agent task over ${PAPER_SINGLE_AGENT_TURNS} turns.`}
        />
        <SliderField
          id="cache"
          {...rangeOf("cacheHitRate")}
          percent
          value={scenario.cacheHitRate}
          valueText={wholePercent}
          onChange={changeCache}
          hint="Share of input tokens billed at the cached price."
        />
        <ParameterField
          keyName="sasTurns"
          scenario={scenario}
          onChange={onChange}
          hint="LLM calls a single agent makes per task; other designs scale it by the paper's turn ratios."
        />
        <ParameterField keyName="secondsPerTurn" scenario={scenario} onChange={onChange} />
        <ParameterField keyName="priceInput" scenario={scenario} onChange={onChange} />
        <ParameterField keyName="priceOutput" scenario={scenario} onChange={onChange} />
        <ParameterField
          keyName="priceCached"
          scenario={scenario}
          onChange={onChange}
          optional
          placeholder="none listed"
          hint={scenario.priceCached === null ? "No cached-input price: cached input is billed at the input price." : undefined}
        />
        <p className="hint" data-testid="price-note">
          {priceNote}{" "}
          {custom && listed !== null ? (
            <button type="button" onClick={() => onChange({ priceInput: null, priceOutput: null, priceCached: null })}>
              Use listed prices
            </button>
          ) : null}
        </p>
      </fieldset>
      <fieldset>
        <legend>Constraints</legend>
        <ParameterField keyName="maxCost" scenario={scenario} onChange={onChange} optional placeholder="no limit" />
        <ParameterField keyName="minSuccess" scenario={scenario} onChange={onChange} optional placeholder="no floor" asPercent />
        <ParameterField
          keyName="tasksPerDay"
          scenario={scenario}
          onChange={onChange}
          optional
          placeholder="none"
          hint="Your volume: the card and the designs table add each design's cost per month (30 days)."
        />
      </fieldset>
    </>
  );
}
