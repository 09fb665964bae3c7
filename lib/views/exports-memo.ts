import { wholePercent } from "../format/numbers";
import type { PilotPlan } from "../model/decide/plan";
import type { Scenario } from "../scenario/scenario";
import type { CalculatorView } from "./calculator";
import type { CalculatorCatalog } from "./catalog";
import { planSentence } from "./plan-text";
import type { recommendationText } from "./recommendation-text";
import { scenarioSummary } from "./scenario-summary";

/*
 * The design memo: the calculator's answer as a Markdown document for a design review, in the card's own
 * words (recommendationText) and the designs table's own cells, so the memo says what the page says.
 */

/** A table cell: pipes escaped, line breaks flattened. */
const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\s*\n\s*/g, " ");

/** A Markdown table of a header row and rows of cells. */
function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [`| ${header.map(cell).join(" | ")} |`, `|${header.map(() => " --- ").join("|")}|`, ...rows.map((r) => `| ${r.map(cell).join(" | ")} |`)];
}

const bullets = (lines: readonly (string | null | undefined)[]) =>
  lines.filter((l): l is string => l !== null && l !== undefined && l !== "").map((l) => `- ${l}`);

export type MemoInput = {
  scenario: Scenario;
  view: CalculatorView;
  text: ReturnType<typeof recommendationText>;
  /** The planner's plan for the scenario (null under the paper's fits). */
  plan: PilotPlan | null;
  catalog: CalculatorCatalog;
  /** The share link, in full. */
  link: string;
  versionKey: string;
  /** When the memo was written, ISO 8601. */
  date: string;
};

/**
 * The memo in Markdown: the decision and how sure, the figures with their intervals, the designs table,
 * pilots and what to run next, the evidence (the nearest measured runs, the held-out record), the
 * caveats, every input, the data version and the link.
 */
export function designMemo({ scenario, view, text, plan, catalog, link, versionKey, date }: MemoInput): string {
  const label = (a: string) => catalog.architectures.find((x) => x.architecture === a)?.label ?? a;
  const benchmarks = new Map(catalog.benchmarks.map((b) => [b.benchmark, b.label]));
  const models = new Map(catalog.models.map((m) => [m.model, m.label]));
  const r = view.recommendation;
  const heading = text.headline.replace(/^Build: /, "");
  return [
    `# Design memo: ${heading}`,
    "",
    `${text.short} · ${wholePercent(r.design.successRate)} success (90% interval ${Math.round(r.design.interval[0] * 100)}-${wholePercent(r.design.interval[1])}) · ${text.summaryCost} · how sure ${wholePercent(r.chance)}`,
    "",
    `Scenario: [open it in the calculator](${link})  `,
    `Data and model version ${versionKey}; written ${date.slice(0, 10)} by the Agent Scaling Calculator.`,
    "",
    "## Decision",
    "",
    ...bullets([
      `**${text.headline}**`,
      text.sure,
      text.success,
      text.cost,
      text.monthly,
      text.value,
      text.versusSingle,
      text.bands,
      text.match,
      text.constraint,
      `${text.whyLead} ${text.why}`,
      text.agentCount,
      text.requested,
    ]),
    "",
    "## Designs compared",
    "",
    ...table(
      ["Design", ...view.designs.columns],
      view.designs.rows.map((row) => [`${row.recommended ? "★ " : ""}${row.label}`, ...row.cells]),
    ),
    "",
    `★ the recommended design. "Beats one agent" is the chance the design beats the single agent, with the verdict at the ${wholePercent(scenario.planConfidence)} confidence target.`,
    "",
    "## Pilots and what to run next",
    "",
    ...bullets([
      text.pilots ?? "No pilots of your own task yet: every figure is the model's alone.",
      text.baseline,
      text.settle,
      plan === null ? "The planner plans with the architect's model only (choose it under Prediction model)." : planSentence(plan, label),
    ]),
    "",
    "## Evidence",
    "",
    `The measured runs nearest your task, of ${label(view.nearest.architecture)} (${r.kind === "multi" ? "the recommended design" : "the multi-agent design likeliest to beat the single agent"}), beside each group's single agent:`,
    "",
    ...table(
      ["Benchmark", "Model", label(view.nearest.architecture), "Single agent"],
      view.nearest.runs.map((run) => [
        benchmarks.get(run.benchmark) ?? run.benchmark,
        models.get(run.model) ?? run.model,
        wholePercent(run.successRate),
        wholePercent(run.singleRate),
      ]),
    ),
    "",
    ...bullets([text.evidence, text.record, text.nearRecord]),
    "",
    "## Caveats",
    "",
    ...bullets([...text.caveats, text.breakEven, "How far to trust these predictions, held out of the fit: the methodology page's trust box (/methodology)."]),
    "",
    "## Inputs",
    "",
    ...table(
      ["Input", "Value"],
      scenarioSummary(scenario, catalog).map((row) => [row.label, row.value]),
    ),
    "",
  ].join("\n");
}
