import { formatUsd, wholePercent } from "../format/numbers";
import { monthlyCostUsd } from "../model/cost/monthly";
import { parameter } from "../scenario/parameters";
import { parseScenario, type Scenario } from "../scenario/scenario";
import type { ScenarioChoices } from "../scenario/choices";
import { scenarioQuery, scenarioStringsFromSearch, scenarioUrlValues } from "../scenario/url";
import type { CalculatorCatalog } from "./catalog";
import type { CalculatorView } from "./calculator";
import { formatMonthlyUsd } from "./monthly-cost";
import { counted, signedPoints } from "../format/words";

/** The URL parameter holding the pinned scenario A: its own query string (the share link's, without the version). */
export const COMPARE_PARAM = "compare";

/** COMPARE_PARAM's value for the default scenario (an empty value would read as no comparison). */
export const PINNED_DEFAULTS = "defaults";

/** The value of COMPARE_PARAM for a scenario: its non-default values as a query string, e.g. "tools=7&decomp=0.6" (PINNED_DEFAULTS for the defaults). */
export function pinnedValue(scenario: Scenario, choices: ScenarioChoices): string {
  return scenarioQuery(scenario, choices, "").replace(/^\?/, "").replace(/&?v=$/, "") || PINNED_DEFAULTS;
}

/**
 * Reads a pinned scenario from COMPARE_PARAM's value with the same zod schemas as the link itself:
 * a bad value falls back to its default and is reported under its parameter's label, the rest kept.
 */
export function readPinned(value: string, choices: ScenarioChoices): { scenario: Scenario; notices: string[] } {
  const search = value === PINNED_DEFAULTS ? {} : Object.fromEntries(new URLSearchParams(value).entries());
  const { strings } = scenarioStringsFromSearch(search);
  const { scenario, issues } = parseScenario(strings, choices);
  return { scenario, notices: issues.map((i) => `Pinned scenario A, ${parameter(i.key).label}: ${i.message}; its default is used.`) };
}

/** A scenario's pilots in the comparison: how many are fused, and how many of other models are not. */
function pilotsCell(s: Scenario): string | null {
  const fused = s.pilots.length === 0 ? [] : [`${counted(s.pilots.length, "pilot")}`];
  const other = s.otherPilots.length === 0 ? [] : [`${s.otherPilots.length} of another model, not fused`];
  const parts = [...fused, ...other];
  return parts.length === 0 ? null : parts.join("; ");
}

/**
 * The warning when A and B predict for different models: the figures compare models as well as
 * designs, and pilots fused in one are shown unfused in the other. Null when the models agree.
 *
 * @example const pilot = { architecture: "single", agents: 1, tasks: 30, solved: 17, paired: false, model: "gpt-5-mini" }; compareModelWarning({ model: "gpt-5-mini", pilots: [pilot], otherPilots: [] }, { model: "gpt-5-nano", pilots: [], otherPilots: [pilot] }, (m) => m) // "A and B predict for different models (A gpt-5-mini, B gpt-5-nano): the difference is partly the model's. Pilots of gpt-5-mini are fused in A only; B shows them without fusing."
 */
export function compareModelWarning(
  a: Pick<Scenario, "model" | "pilots" | "otherPilots">,
  b: Pick<Scenario, "model" | "pilots" | "otherPilots">,
  label: (model: string) => string,
): string | null {
  if (a.model === b.model) return null;
  const base = `A and B predict for different models (A ${label(a.model)}, B ${label(b.model)}): the difference is partly the model's.`;
  const fusedInA = a.pilots.length > 0 && b.otherPilots.length > 0;
  const fusedInB = b.pilots.length > 0 && a.otherPilots.length > 0;
  if (fusedInA) return `${base} Pilots of ${label(a.model)} are fused in A only; B shows them without fusing.`;
  if (fusedInB) return `${base} Pilots of ${label(b.model)} are fused in B only; A shows them without fusing.`;
  return base;
}

/** One row of the comparison: what A and B say, and the difference. */
export type CompareRow = { label: string; a: string; b: string; difference: string };

const points = (x: number) => (Math.abs(x) < 0.0005 ? "same" : signedPoints(100 * x));
const ratio = (b: number, a: number) => (a === b ? "same" : a > 0 ? `${b >= a ? "+" : "−"}${Math.abs(Math.round(((b - a) / a) * 100))}%` : "—");

/**
 * A beside B: the inputs that differ, then the recommendation, its predicted success and cost (per
 * month when either has a volume), and B minus A.
 */
export function compareRows(
  a: { scenario: Scenario; view: CalculatorView },
  b: { scenario: Scenario; view: CalculatorView },
  catalog: Pick<CalculatorCatalog, "architectures" | "choices">,
): CompareRow[] {
  const label = (x: string) => catalog.architectures.find((y) => y.architecture === x)?.label ?? x;
  const design = (v: CalculatorView) => `${label(v.recommendation.design.architecture)}, ${counted(v.recommendation.design.agents, "agent")}`;
  const ra = a.view.recommendation.design;
  const rb = b.view.recommendation.design;
  const ua = scenarioUrlValues(a.scenario, catalog.choices);
  const ub = scenarioUrlValues(b.scenario, catalog.choices);
  const inputs: CompareRow[] = (Object.keys(ua) as (keyof typeof ua)[])
    .filter((k) => ua[k] !== ub[k])
    .map((k) => {
      const show = (s: Scenario) => {
        const v = k === "pilots" ? pilotsCell(s) : s[k];
        return v === null ? "—" : String(v);
      };
      return { label: parameter(k).label, a: show(a.scenario), b: show(b.scenario), difference: "changed" };
    });
  const rows: CompareRow[] = [
    ...inputs,
    { label: "Recommendation", a: design(a.view), b: design(b.view), difference: design(a.view) === design(b.view) ? "same" : "changed" },
    { label: "Predicted success", a: wholePercent(ra.successRate), b: wholePercent(rb.successRate), difference: points(rb.successRate - ra.successRate) },
    { label: "Cost per task", a: formatUsd(ra.cost.costUsd), b: formatUsd(rb.cost.costUsd), difference: ratio(rb.cost.costUsd, ra.cost.costUsd) },
  ];
  if (a.scenario.tasksPerDay !== null || b.scenario.tasksPerDay !== null) {
    const month = (s: Scenario, cost: number) => (s.tasksPerDay === null ? null : monthlyCostUsd(cost, s.tasksPerDay));
    const ma = month(a.scenario, ra.cost.costUsd);
    const mb = month(b.scenario, rb.cost.costUsd);
    rows.push({
      label: "Cost per month",
      a: ma === null ? "—" : formatMonthlyUsd(ma),
      b: mb === null ? "—" : formatMonthlyUsd(mb),
      difference: ma === null || mb === null ? "—" : ratio(mb, ma),
    });
  }
  return rows;
}
