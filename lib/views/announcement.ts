import { formatUsd, wholePercent } from "../format/numbers";
import type { CalculatorCatalog } from "./catalog";
import type { CalculatorView } from "./calculator";
import { decisionText, NOT_SHOWN_BETTER } from "./recommendation-text";

/** What a screen reader hears when the recommendation settles: the decision, its success, its cost and how sure it is. */
export type AnnouncedDesign = {
  /** The decision as the card's headline says it, without "Build:". */
  lead: string;
  /** Predicted success, 0-1, with its 90% interval. */
  successRate: number;
  interval: readonly [number, number];
  /** Cost per task in USD. */
  costUsd: number;
  /** False when no design meets the budget and success floor (the rule's own call is shown). */
  constraintMet: boolean;
  /** How sure the call is (the recommendation's one figure). */
  chance: number;
};

/**
 * The sentence the calculator's live region announces once the inputs settle (WCAG 4.1.3): short,
 * one figure each for success, cost and how sure, so a screen reader user hears what changed without moving.
 *
 * @example recommendationAnnouncement({ lead: "Centralized, 4 agents", successRate: 0.623, interval: [0.5, 0.71], costUsd: 0.04512, constraintMet: true, chance: 0.93 }) // "Recommendation: Centralized, 4 agents: 62% success (90% interval 50%-71%), $0.0451 per task; how sure: 93%."
 */
export function recommendationAnnouncement(d: AnnouncedDesign): string {
  const unmet = d.constraintMet ? "" : " No design meets your budget and success floor.";
  return `Recommendation: ${d.lead}: ${wholePercent(d.successRate)} success (90% interval ${wholePercent(d.interval[0])}-${wholePercent(d.interval[1])}), ${formatUsd(d.costUsd)} per task; how sure: ${wholePercent(d.chance)}.${unmet}`;
}

/** The recommended design of a calculator view, as {@link recommendationAnnouncement} words it (the headline's words, recommendation-text.ts). */
export function announcedDesign(view: CalculatorView, catalog: CalculatorCatalog): AnnouncedDesign {
  const r = view.recommendation;
  const label = (a: string) => catalog.architectures.find((x) => x.architecture === a)?.label ?? a;
  const headline = decisionText(r, label, { valuePerSuccess: view.valuePerSuccess, confidence: view.confidence }).headline;
  return {
    lead: headline === NOT_SHOWN_BETTER ? "no multi-agent design shown better; build the single agent" : headline.replace(/^Build: /, ""),
    successRate: r.design.successRate,
    interval: r.design.interval,
    costUsd: r.design.cost.costUsd,
    constraintMet: r.constraint.met,
    chance: r.chance,
  };
}
