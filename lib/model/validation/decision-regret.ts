import { computedOnce } from "../serving/disk-cache";
import type { Dataset } from "../../data/dataset";
import type { Run } from "../../data/schemas";
import { architectExamples } from "../architect/architect-examples";
import { evidenceRows, measuredAgentsOf, type EvidenceRow } from "../architect/evidence-rows";
import type { ArchitectModel } from "../architect/architect-fit";
import { architectJoint } from "../architect/architect-predict";
import { costArchitectures, designCost, PAPER_SINGLE_AGENT_TURNS, type CostInputs } from "../cost/design-cost";
import { modelPrices, type ModelPrice } from "../cost/prices";
import { confidenceCall, valueCall } from "../decide/rule";
import { PLAN_CONFIDENCE } from "../decide/plan";
import type { JointNormal } from "../predict/fusion";
import { clip01 } from "../predict/prediction";
import { at } from "../stats/checked";
import { loboArchitectModel } from "./models";
import { clusteredMae, pooledFoldModel, type PooledScheme } from "./pooled";

/**
 * The decision harness (docs/model.md section 4, "Decisions by regret"): the recommendation rules
 * scored on held-out groups by what they would have cost an architect. A group is one task and model
 * with a single agent and at least one multi-agent design measured side by side (Kim et al.'s
 * (benchmark, model) groups with all five architectures; every study's (study, benchmark, model) cells
 * in the pooled harnesses). Each group's designs are predicted by a fit that never saw the group's fold
 * (its benchmark, or its study), as a joint normal over their success (architectJoint), and each rule
 * calls one design. The call is scored against the measured designs of the group:
 *
 * - calls right: the single-vs-multi side of the call matches the measured one (multi-agent iff the best
 *   measured multi-agent design beats the measured single agent), as the track record scores it;
 * - points lost: the best measured success minus the called design's, in percentage points;
 * - regret at a value V of a solved task: the best measured net value max(V·y − c) minus the called
 *   design's, USD per task, c from the cost model at the group's model's listed price.
 */

/** The rules scored: V set (`value`), V empty (`confidence`), the old highest-predicted-success rule, and two constant rules. */
export const DECISION_RULES = ["value", "confidence", "old", "alwaysSingle", "alwaysMulti"] as const;
export type DecisionRuleKey = (typeof DECISION_RULES)[number];

/** The values of a solved task the regret is reported at, USD. */
export const REGRET_VALUES = [0.1, 1, 10] as const;
export type RegretValueKey = "0.1" | "1" | "10";
const valueKey = (v: number) => String(v) as RegretValueKey;

/** The harnesses: Kim et al.'s six (LOBO, with and without a pilot), every benchmark (LOBO), every study (LOSO), evaluations only (LOSO). */
export const DECISION_HARNESSES = ["kimLoboPilot", "kimLoboNoPilot", "pooledLobo", "loso", "evaluationsLoso"] as const;
export type DecisionHarness = (typeof DECISION_HARNESSES)[number];

/** The value rule's main `callsRight` and `pointsLost` are those at this V (its figures at every V are in `byValue`). */
export const VALUE_RULE_HEADLINE = 1;

/**
 * The cost inputs of every group: the calculator's defaults (7.2 single-agent turns, 3,000 input and 670
 * output tokens per turn, half the input cached, 6 s per turn; a test checks them against the parameters
 * table), priced at the group's model.
 */
export const DECISION_COST_INPUTS: Omit<CostInputs, "price"> = {
  singleAgentTurns: PAPER_SINGLE_AGENT_TURNS,
  inputTokensPerTurn: 3000,
  outputTokensPerTurn: 670,
  cacheHitRate: 0.5,
  secondsPerTurn: 6,
};

/** The model whose listed price every group gets in the reference-price check: the calculator's default model (a test checks it). */
export const REFERENCE_PRICE_MODEL = "gpt-5-mini";

/** One held-out group, predicted: its designs (index 0 the single agent), their joint, and what was measured. */
export type DecisionGroup = {
  /** The held-out fold (benchmark or study): standard errors are clustered by it. */
  fold: string;
  model: string;
  designs: { architecture: string; agents: number; measured: number }[];
  /** Which component of the prediction each design reads (designs of one architecture share one). */
  component: number[];
  joint: JointNormal;
  /** Each design's shown success: its mean clipped to [0, 1]. */
  success: number[];
  /** The index "always multi-agent" calls: the training folds' best multi-agent architecture on average, else the best present. */
  alwaysMulti: number;
};

/** One rule's figures on a harness. Points in percentage points, regret in USD per task; SEs clustered by held-out fold. */
export type RuleScore = {
  callsRight: number;
  groups: number;
  /** Calls of a multi-agent design. */
  multiCalls: number;
  pointsLost: number;
  pointsLostSe: number;
  regret: Record<RegretValueKey, number>;
  regretSe: Record<RegretValueKey, number>;
};

/** A harness's figures: every rule's, the value rule's calls at each V, and which groups were scored. */
export type HarnessScore = Record<DecisionRuleKey, RuleScore> & {
  /** The value rule's calls and points lost at each V (its headline figures are at VALUE_RULE_HEADLINE). */
  valueByV: Record<RegretValueKey, Pick<RuleScore, "callsRight" | "multiCalls" | "pointsLost" | "pointsLostSe">>;
  /**
   * The value rule's regret minus each other rule's, paired group by group (negative: the value rule
   * gave up less), with its SE over held-out folds: whether a difference is more than the noise.
   */
  valueVersus: Record<"confidence" | "old" | "alwaysSingle" | "alwaysMulti", Record<RegretValueKey, { difference: number; se: number }>>;
  /** Groups in the harness, groups scored (those with a price under listed pricing) and held-out folds. */
  coverage: { groups: number; scored: number; folds: number };
};

export type Pricing = "listed" | "reference";

/** The decision harness at both pricings. */
export type DecisionValidation = {
  pricing: { listed: string; reference: string };
  listed: Record<DecisionHarness, HarnessScore>;
  reference: Record<DecisionHarness, HarnessScore>;
};

/** Mean gain over the single agent of each multi-agent architecture in some rows, and the best. */
function bestOnAverage(rows: readonly EvidenceRow[]): string {
  const gains = new Map<string, { sum: number; n: number }>();
  for (const r of rows) {
    if (r.architecture === "single") continue;
    const g = gains.get(r.architecture) ?? { sum: 0, n: 0 };
    g.sum += r.successRate - r.baseline;
    g.n += 1;
    gains.set(r.architecture, g);
  }
  const ranked = [...gains.entries()].sort((a, b) => b[1].sum / b[1].n - a[1].sum / a[1].n);
  const best = ranked[0];
  if (best === undefined) throw new RangeError("no multi-agent row to rank architectures by");
  return best[0];
}

/**
 * A group's joint from the fold's model: θ over the single agent and each modelled architecture at its
 * measured count (architectJoint), each design reading its architecture's component. An architecture the
 * fold's model never saw (hybrid with Kim et al. held out) reads the mean of the modelled ones, with the
 * variance of the widest (the pooled harness's rule), independent noise making up the difference.
 */
function groupJoint(
  model: ArchitectModel,
  task: Parameters<typeof architectJoint>[1],
  architectures: readonly string[],
): { joint: JointNormal; component: number[] } {
  const prior = architectJoint(model, task).prior;
  const known = ["single", ...model.architectures];
  const n = known.length;
  const extra = architectures.some((a) => !known.includes(a));
  const mean = [...prior.mean];
  const cov = prior.cov.map((row) => [...row]);
  if (extra) {
    // h = the average of the multi-agent components.
    const h = known.map((_, i) => (i === 0 ? 0 : 1 / (n - 1)));
    const covH = cov.map((row) => row.reduce((s, x, k) => s + x * at(h, k), 0));
    const varH = covH.reduce((s, x, k) => s + x * at(h, k), 0);
    const widest = Math.max(...known.slice(1).map((_, i) => at(at(cov, i + 1), i + 1)));
    mean.push(h.reduce((s, x, k) => s + x * at(mean, k), 0));
    cov.forEach((row, i) => row.push(at(covH, i)));
    cov.push([...covH, Math.max(varH, widest)]);
  }
  const component = architectures.map((a) => (known.includes(a) ? known.indexOf(a) : n));
  return { joint: { mean: component.map((i) => at(mean, i)), cov: component.map((i) => component.map((j) => at(at(cov, i), j))) }, component };
}

/** Builds a group from its measured designs (single first), the fold's model and the task. */
function makeGroup(
  fold: string,
  model: ArchitectModel,
  task: Parameters<typeof architectJoint>[1],
  llm: string,
  designs: DecisionGroup["designs"],
  alwaysMulti: string,
): DecisionGroup {
  const { joint, component } = groupJoint(
    model,
    task,
    designs.map((d) => d.architecture),
  );
  const success = joint.mean.map(clip01);
  const favourite = designs.findIndex((d) => d.architecture === alwaysMulti);
  // Without the favourite in the group, the best of those present by the same training average is not known here: take the first multi-agent design.
  return { fold, model: llm, designs, component, joint, success, alwaysMulti: favourite > 0 ? favourite : 1 };
}

/** Kim et al.'s (benchmark, model) groups with every architecture, each predicted by the harness's own LOBO fit. */
export function kimGroups(runs: readonly Run[], dataset: Dataset, pilot: boolean): DecisionGroup[] {
  const agents = measuredAgentsOf(dataset);
  const architectures = dataset.architectures.map((a) => a.architecture);
  const examples = architectExamples(runs, dataset);
  const evidence = evidenceRows(dataset, "all");
  const groups: DecisionGroup[] = [];
  for (const benchmark of new Set(runs.map((r) => r.benchmark))) {
    const model = loboArchitectModel(runs, dataset, benchmark);
    const favourite = bestOnAverage(evidence.filter((r) => r.benchmark !== benchmark));
    for (const llm of new Set(runs.filter((r) => r.benchmark === benchmark).map((r) => r.model))) {
      const members = runs.flatMap((r, i) => (r.benchmark === benchmark && r.model === llm ? [i] : []));
      const byArchitecture = new Map(members.map((i) => [at(runs, i).architecture, i]));
      if (!architectures.every((a) => byArchitecture.has(a))) continue;
      const singleIndex = byArchitecture.get("single") as number;
      const single = at(examples, singleIndex);
      const order = ["single", ...architectures.filter((a) => a !== "single")];
      const designs = order.map((a) => {
        const run = at(runs, byArchitecture.get(a) as number);
        return { architecture: a, agents: agents[a] ?? 1, measured: run.success_rate };
      });
      const task = { ...single.task, baseline: pilot ? single.task.baseline : null, baselineTasks: at(runs, singleIndex).tasks ?? undefined };
      groups.push(makeGroup(benchmark, model, task, llm, designs, favourite));
    }
  }
  return groups;
}

/** Every study's (study, benchmark, model) cells with a multi-agent design, each predicted by a fit without its fold (pooledFoldModel). */
export function pooledGroups(rows: readonly EvidenceRow[], scheme: PooledScheme, dataset: Pick<Dataset, "architectures">): DecisionGroup[] {
  const agents = measuredAgentsOf(dataset);
  const cells = new Map<string, number[]>();
  rows.forEach((r, i) => {
    const key = `${r.study}/${r.benchmark}/${r.model}`;
    cells.set(key, [...(cells.get(key) ?? []), i]);
  });
  const groups: DecisionGroup[] = [];
  const favourites = new Map<string, string>();
  for (const members of cells.values()) {
    const cell = members.map((i) => at(rows, i));
    const single = cell.find((r) => r.architecture === "single");
    const multi = cell.filter((r) => r.architecture !== "single");
    const first = at(cell, 0);
    if (multi.length === 0) continue;
    const fold = scheme === "benchmark" ? first.benchmark : first.study;
    const model = pooledFoldModel({ rows, scheme, group: fold }, agents);
    let favourite = favourites.get(fold);
    if (favourite === undefined) {
      favourite = bestOnAverage(rows.filter((r) => (scheme === "benchmark" ? r.benchmark : r.study) !== fold));
      favourites.set(fold, favourite);
    }
    const designs = [
      { architecture: "single", agents: 1, measured: single?.successRate ?? first.baseline },
      ...multi.map((r) => ({ architecture: r.architecture, agents: r.agents ?? agents[r.architecture] ?? 1, measured: r.successRate })),
    ];
    const task = {
      tools: first.tools,
      decomposability: first.decomposability,
      capability: first.capability,
      baseline: first.baseline,
      method: first.kind === "method" ? 1 : 0,
      baselineTasks: single?.tasks ?? undefined,
    };
    groups.push(makeGroup(fold, model, task, first.model, designs, favourite));
  }
  return groups;
}

/** Each design's cost per task in a group at a price (the cost model at the design's agent count). */
function groupCosts(group: DecisionGroup, price: ModelPrice, architectures: ReturnType<typeof costArchitectures>): number[] {
  return group.designs.map((d, i) => {
    const a = architectures[d.architecture];
    if (a === undefined) throw new RangeError(`no cost data for "${d.architecture}"`);
    return designCost(a, d.agents, at(group.success, i), { ...DECISION_COST_INPUTS, price: { input: price.input, output: price.output, cached: price.cached } })
      .costUsd;
  });
}

/**
 * The designs a call stands for: the called one and every design the prediction cannot tell from it
 * (the same component and the same cost: several measured variants of one architecture); the figures
 * average over them, since the rule is indifferent among them.
 */
function tiedWith(group: DecisionGroup, costs: readonly number[], call: number): number[] {
  return group.designs.flatMap((_, i) => (at(group.component, i) === at(group.component, call) && Math.abs(at(costs, i) - at(costs, call)) < 1e-15 ? [i] : []));
}

/** The calls of every rule in one group (value: one per V). */
function groupCalls(
  group: DecisionGroup,
  costs: readonly number[],
  confidence: number,
): Record<Exclude<DecisionRuleKey, "value">, number> & { value: Record<RegretValueKey, number> } {
  const old = group.success.reduce((best, s, i) => (s > at(group.success, best) ? i : best), 0);
  return {
    value: Object.fromEntries(REGRET_VALUES.map((v) => [valueKey(v), valueCall(group.success, costs, v)])) as Record<RegretValueKey, number>,
    confidence: confidenceCall(group.joint, costs, confidence).call,
    old,
    alwaysSingle: 0,
    alwaysMulti: group.alwaysMulti,
  };
}

/** Per-group outcome of a call: right side, points lost, regret at each V (averaged over its ties). */
function outcome(group: DecisionGroup, costs: readonly number[], call: number) {
  const y = group.designs.map((d) => d.measured);
  const tied = tiedWith(group, costs, call);
  const mean = (f: (i: number) => number) => tied.reduce((s, i) => s + f(i), 0) / tied.length;
  const bestMulti = Math.max(...y.slice(1));
  const multiWins = bestMulti > at(y, 0);
  const best = Math.max(...y);
  return {
    right: call > 0 === multiWins ? 1 : 0,
    multi: call > 0 ? 1 : 0,
    points: 100 * mean((i) => best - at(y, i)),
    regret: Object.fromEntries(
      REGRET_VALUES.map((v) => {
        const net = y.map((s, i) => v * s - at(costs, i));
        const top = Math.max(...net);
        return [valueKey(v), mean((i) => top - at(net, i))];
      }),
    ) as Record<RegretValueKey, number>,
  };
}

type Outcome = ReturnType<typeof outcome>;

/** A rule's figures from its per-group outcomes; the regret at each V from `atValue[V]`'s outcomes when the call depends on V. */
function summarize(outcomes: readonly Outcome[], folds: readonly string[], atValue?: Record<RegretValueKey, readonly Outcome[]>): RuleScore {
  const se = (values: number[]) => clusteredMae(values, [...folds]);
  const points = se(outcomes.map((o) => o.points));
  const regret = REGRET_VALUES.map(valueKey).map((v) => [v, se((atValue?.[v] ?? outcomes).map((o) => o.regret[v]))] as const);
  return {
    callsRight: outcomes.reduce((s, o) => s + o.right, 0),
    groups: outcomes.length,
    multiCalls: outcomes.reduce((s, o) => s + o.multi, 0),
    pointsLost: points.mae,
    pointsLostSe: points.se,
    regret: Object.fromEntries(regret.map(([k, m]) => [k, m.mae])) as Record<RegretValueKey, number>,
    regretSe: Object.fromEntries(regret.map(([k, m]) => [k, m.se])) as Record<RegretValueKey, number>,
  };
}

/**
 * Scores every rule on some groups at a pricing: `listed`, each group at its model's listed price
 * (groups whose model lists none are left out), or `reference`, every group at REFERENCE_PRICE_MODEL's.
 */
export function scoreDecisions(
  groups: readonly DecisionGroup[],
  prices: Record<string, ModelPrice>,
  pricing: Pricing,
  architectures: ReturnType<typeof costArchitectures>,
  confidence = PLAN_CONFIDENCE,
): HarnessScore {
  const reference = prices[REFERENCE_PRICE_MODEL];
  if (reference === undefined) throw new RangeError(`no listed price for the reference model ${REFERENCE_PRICE_MODEL}`);
  const scored = groups.flatMap((g) => {
    const price = pricing === "reference" ? reference : prices[g.model];
    return price === undefined ? [] : [{ group: g, costs: groupCosts(g, price, architectures) }];
  });
  const folds = scored.map((s) => s.group.fold);
  const calls = scored.map((s) => groupCalls(s.group, s.costs, confidence));
  const outcomesOf = (rule: Exclude<DecisionRuleKey, "value">) => scored.map((s, k) => outcome(s.group, s.costs, at(calls, k)[rule]));
  const valueOutcomes = Object.fromEntries(
    REGRET_VALUES.map((v) => [valueKey(v), scored.map((s, k) => outcome(s.group, s.costs, at(calls, k).value[valueKey(v)]))]),
  ) as Record<RegretValueKey, Outcome[]>;
  const valueByV = Object.fromEntries(
    REGRET_VALUES.map(valueKey).map((v) => {
      const s = summarize(valueOutcomes[v], folds);
      return [v, { callsRight: s.callsRight, multiCalls: s.multiCalls, pointsLost: s.pointsLost, pointsLostSe: s.pointsLostSe }];
    }),
  ) as HarnessScore["valueByV"];
  const value = summarize(valueOutcomes[valueKey(VALUE_RULE_HEADLINE)], folds, valueOutcomes);
  const others = {
    confidence: outcomesOf("confidence"),
    old: outcomesOf("old"),
    alwaysSingle: outcomesOf("alwaysSingle"),
    alwaysMulti: outcomesOf("alwaysMulti"),
  };
  const valueVersus = Object.fromEntries(
    Object.entries(others).map(([rule, outcomes]) => [
      rule,
      Object.fromEntries(
        REGRET_VALUES.map(valueKey).map((v) => {
          const d = clusteredMae(
            valueOutcomes[v].map((o, k) => o.regret[v] - at(outcomes, k).regret[v]),
            folds,
          );
          return [v, { difference: d.mae, se: d.se }];
        }),
      ),
    ]),
  ) as HarnessScore["valueVersus"];
  return {
    value,
    confidence: summarize(others.confidence, folds),
    old: summarize(others.old, folds),
    alwaysSingle: summarize(others.alwaysSingle, folds),
    alwaysMulti: summarize(others.alwaysMulti, folds),
    valueByV,
    valueVersus,
    coverage: { groups: groups.length, scored: scored.length, folds: new Set(folds).size },
  };
}

/** The groups of every harness (fits shared with the other harnesses: the v3 report's runs, the pooled rows). */
export function decisionGroups(runs: readonly Run[], pooledRows: readonly EvidenceRow[], dataset: Dataset): Record<DecisionHarness, DecisionGroup[]> {
  return {
    kimLoboPilot: kimGroups(runs, dataset, true),
    kimLoboNoPilot: kimGroups(runs, dataset, false),
    pooledLobo: pooledGroups(pooledRows, "benchmark", dataset),
    loso: pooledGroups(pooledRows, "study", dataset),
    evaluationsLoso: pooledGroups(evidenceRows(dataset, "evaluations"), "study", dataset),
  };
}

/**
 * The decision harness: every rule on every harness, at listed prices (priced groups only) and at the
 * reference price (every group). `runs` are the v3 report's runs and `pooledRows` the pooled harness's
 * rows, so the fits are the ones those harnesses made.
 */
export function validateDecisions(runs: readonly Run[], pooledRows: readonly EvidenceRow[], dataset: Dataset): DecisionValidation {
  const groups = decisionGroups(runs, pooledRows, dataset);
  const prices = modelPrices(dataset);
  const architectures = costArchitectures(dataset.architectures);
  const score = (pricing: Pricing) =>
    Object.fromEntries(Object.entries(groups).map(([k, g]) => [k, scoreDecisions(g, prices, pricing, architectures)])) as Record<DecisionHarness, HarnessScore>;
  const reference = prices[REFERENCE_PRICE_MODEL];
  return {
    pricing: {
      listed: "each group at its model's listed price (groups whose model lists none are left out)",
      reference: `every group at ${REFERENCE_PRICE_MODEL}'s listed price ($${reference?.input}/$${reference?.output} per 1M input/output tokens)`,
    },
    listed: score("listed"),
    reference: score("reference"),
  };
}

/** validateDecisions once per sources, data version and row count (computedOnce): the methodology page, the API's validation answer and the CLI share it. */
export function cachedDecisions(runs: readonly Run[], pooledRows: readonly EvidenceRow[], dataset: Dataset): DecisionValidation {
  return computedOnce("decisions", `${dataset.version}-${runs.length}`, () => validateDecisions(runs, pooledRows, dataset));
}
