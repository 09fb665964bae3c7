import { formatFixed, formatPercent } from "../format/numbers";
import {
  DECISION_HARNESSES,
  DECISION_RULES,
  REGRET_VALUES,
  VALUE_RULE_HEADLINE,
  type DecisionHarness,
  type DecisionRuleKey,
  type DecisionValidation,
  type HarnessScore,
  type Pricing,
} from "../model/validation/decision-regret";
import type { TableRow } from "./validation-rows";

/** What each rule does, in plain words. */
export const DECISION_RULE_LABELS: Record<DecisionRuleKey, string> = {
  value: "value of a solved task stated: highest expected net value",
  confidence: "no value stated: multi-agent only when it beats the single agent with 90% confidence",
  old: "old rule: highest predicted success",
  alwaysSingle: "always a single agent",
  alwaysMulti: "always the multi-agent architecture best on average",
};

/** Each harness, in plain words. */
export const DECISION_HARNESS_LABELS: Record<DecisionHarness, string> = {
  kimLoboPilot: "Kim et al.'s six benchmarks, each held out, with a single-agent pilot",
  kimLoboNoPilot: "Kim et al.'s six benchmarks, each held out, without a pilot",
  pooledLobo: "every benchmark of the evidence, each held out of every study",
  loso: "every study held out in turn",
  evaluationsLoso: "evaluations only (no method papers), every study held out in turn",
};

/** How each pricing prices the groups, in a clause. */
export const PRICING_LABELS: Record<Pricing, string> = {
  listed: "at listed prices",
  reference: "at the reference price",
};

const usd = (x: number) => `$${formatFixed(x, 3)}`;
const withSe = (x: number, se: number, format: (x: number) => string) => (Number.isFinite(se) ? `${format(x)} ± ${format(se)}` : format(x));

/**
 * One harness's decision table: a row per rule (calls right, multi-agent calls, points lost and regret
 * at each V, each with its SE over held-out folds). The value rule's calls and points are at
 * VALUE_RULE_HEADLINE; its regret at each V is its call at that V.
 */
export function decisionTable(score: HarnessScore): { columns: string[]; rows: TableRow[] } {
  return {
    columns: ["single vs multi right", "multi-agent calls", "success points lost", ...REGRET_VALUES.map((v) => `regret at $${v} a solved task (USD per task)`)],
    rows: DECISION_RULES.map((rule) => {
      const s = score[rule];
      return {
        label: rule === "value" ? `${DECISION_RULE_LABELS.value} (calls and points at $${VALUE_RULE_HEADLINE})` : DECISION_RULE_LABELS[rule],
        cells: [
          `${s.callsRight}/${s.groups} (${formatPercent(s.callsRight / s.groups, 0)})`,
          String(s.multiCalls),
          withSe(s.pointsLost, s.pointsLostSe, (x) => formatFixed(x, 1)),
          ...REGRET_VALUES.map((v) => withSe(s.regret[String(v) as "1"], s.regretSe[String(v) as "1"], usd)),
        ],
      };
    }),
  };
}

/** A harness's heading: which groups, how many scored and held-out folds, and the pricing. */
export function decisionHeading(harness: DecisionHarness, score: HarnessScore, pricing: Pricing): string {
  const { groups, scored, folds } = score.coverage;
  return `${DECISION_HARNESS_LABELS[harness]}: ${scored} of ${groups} groups scored (${PRICING_LABELS[pricing]}), ${folds} held-out folds.`;
}

/** The value rule's calls at each V, in a sentence. */
export function valueByVText(score: HarnessScore): string {
  return `The value rule at each value: ${REGRET_VALUES.map((v) => {
    const s = score.valueByV[String(v) as "1"];
    return `$${v}: ${s.callsRight} calls right, ${s.multiCalls} multi-agent, ${formatFixed(s.pointsLost, 1)} points lost`;
  }).join("; ")}.`;
}

/** The value rule's regret against each other rule, paired by group, in a sentence: the difference at each V with its SE. */
export function valueVersusText(score: HarnessScore): string {
  const rules = ["old", "alwaysSingle", "alwaysMulti"] as const;
  const signed = (x: number) => `${x > 0 ? "+" : x < 0 ? "−" : ""}$${formatFixed(Math.abs(x), 3)}`;
  return `Its regret minus the others', paired by group (negative: it gave up less): ${rules
    .map(
      (r) =>
        `${DECISION_RULE_LABELS[r].replace(/:.*$/, "")}: ${REGRET_VALUES.map((v) => {
          const d = score.valueVersus[r][String(v) as "1"];
          return `${signed(d.difference)} ± $${formatFixed(d.se, 3)} at $${v}`;
        }).join(", ")}`,
    )
    .join("; ")}.`;
}

/** Every harness's table at one pricing, for text output. */
export function decisionTables(v: DecisionValidation, pricing: Pricing) {
  return DECISION_HARNESSES.map((h) => ({
    harness: h,
    heading: decisionHeading(h, v[pricing][h], pricing),
    table: decisionTable(v[pricing][h]),
    byV: `${valueByVText(v[pricing][h])} ${valueVersusText(v[pricing][h])}`,
  }));
}
