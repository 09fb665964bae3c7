import { formatUsd, wholePercent } from "../format/numbers";
import type { CalculatorCatalog } from "./catalog";
import type { CalculatorView } from "./calculator";

/** What a screen reader hears when the recommendation settles: the design, its success and its cost. */
export type AnnouncedDesign = {
  label: string;
  agents: number;
  /** Predicted success, 0-1, with its 90% interval. */
  successRate: number;
  interval: readonly [number, number];
  /** Cost per task in USD. */
  costUsd: number;
  /** False when no design meets the budget and success floor (the nearest one is shown instead). */
  constraintMet: boolean;
  /** How sure the call is (the recommendation's one figure), and whether it is the single agent because no multi-agent design was shown better. */
  chance: number;
  notShownBetter: boolean;
};

/**
 * The sentence the calculator's live region announces once the inputs settle (WCAG 4.1.3): short,
 * one figure each for success and cost, so a screen reader user hears what changed without moving.
 *
 * @example recommendationAnnouncement({ label: "Centralized", agents: 4, successRate: 0.623, interval: [0.5, 0.71], costUsd: 0.04512, constraintMet: true, chance: 0.93, notShownBetter: false }) // "Recommendation: Centralized, 4 agents: 62% success (90% interval 50%-71%), $0.0451 per task; how sure: 93%."
 */
export function recommendationAnnouncement(d: AnnouncedDesign): string {
  const agents = `${d.agents} agent${d.agents === 1 ? "" : "s"}`;
  const unmet = d.constraintMet ? "" : " No design meets your budget and success floor.";
  const lead = d.notShownBetter ? "Recommendation: no multi-agent design shown better; build the single agent" : `Recommendation: ${d.label}, ${agents}`;
  return `${lead}: ${wholePercent(d.successRate)} success (90% interval ${wholePercent(d.interval[0])}-${wholePercent(d.interval[1])}), ${formatUsd(d.costUsd)} per task; how sure: ${wholePercent(d.chance)}.${unmet}`;
}

/** The recommended design of a calculator view, as {@link recommendationAnnouncement} words it. */
export function announcedDesign(view: CalculatorView, catalog: CalculatorCatalog): AnnouncedDesign {
  const design = view.recommendation.design;
  return {
    label: catalog.architectures.find((a) => a.architecture === design.architecture)?.label ?? design.architecture,
    agents: design.agents,
    successRate: design.successRate,
    interval: design.interval,
    costUsd: design.cost.costUsd,
    constraintMet: view.recommendation.constraint.met,
    chance: view.recommendation.chance,
    notShownBetter: view.recommendation.rule === "confidence" && view.recommendation.kind === "single" && !view.recommendation.shownBetter && view.recommendation.constraint.callBreaks === null,
  };
}
