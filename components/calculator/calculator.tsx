"use client";

import { lazy, memo, Suspense, useCallback, useDeferredValue, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { ChartFrame } from "@/components/charts/chart-frame";
import { ChartTable } from "@/components/charts/chart-table";
import { WhenVisible } from "@/components/charts/when-visible";
import { LabelTable } from "@/components/ui/label-table";
import type { Reliability } from "@/lib/model/validation/track-record";
import { applyPatch, scenarioStrings } from "@/lib/scenario/patch";
import { parseScenario, pilotChoices } from "@/lib/scenario/scenario";
import { PilotsFieldset } from "./pilots-fieldset";
import { PlannerSection } from "./planner-section";
import { usePlan } from "./use-plan";
import type { ParameterKey } from "@/lib/scenario/parameters";
import { scenarioQuery } from "@/lib/scenario/url";
import { calculatorView } from "@/lib/views/calculator";
import type { CalculatorCatalog } from "@/lib/views/catalog";
import { recommendationText } from "@/lib/views/recommendation-text";
import { NearestRunsTable } from "./nearest-runs-table";
import { Notices } from "./notices";
import { RecommendationCard } from "./recommendation-card";
import { CompareSection } from "./compare-section";
import { compareModelWarning, compareRows, pinnedValue, readPinned } from "@/lib/views/compare";
import { RecommendationAnnouncer } from "./recommendation-announcer";
import { PrintSummary } from "./print-summary";
import { ScenarioForm, type ScenarioPatch } from "./scenario-form";
import { ShareLink } from "./share-link";
import { flushUrl, SETTLE_MS, writeUrl, type UrlPatch, type UrlValues } from "./url-state";
import { rememberCalculatorQuery } from "@/components/ui/calculator-link";
import { wholePercent } from "@/lib/format/numbers";
import { fittedRuns, type FittedModels } from "@/lib/model/predict/fitted-models";

// The charts (recharts, about 90 kB) load when a reader scrolls near them, keeping the first load light;
// a placeholder of the same height stands in until then.
// Memoised: a render that leaves their figures as they were (the URL catching up with the state, a
// pinned comparison) does not redraw them.
const IntervalChart = lazy(() => import("@/components/charts/interval-chart").then((m) => ({ default: memo(m.IntervalChart) })));
const AgentsChart = lazy(() => import("@/components/charts/agents-chart").then((m) => ({ default: memo(m.AgentsChart) })));
const CostChart = lazy(() => import("@/components/charts/cost-chart").then((m) => ({ default: memo(m.CostChart) })));
const placeholder = <div className="chart-placeholder" aria-hidden="true" />;

type Props = {
  models: FittedModels;
  catalog: CalculatorCatalog;
  reliability: Reliability;
  /**
   * The link's values, the keys it got wrong (cleared from the URL on load) and its notices; `seq` changes
   * when the URL changes from outside the calculator (Back, Forward), which the calculator then shows.
   */
  link: { seq: number; values: UrlValues; invalidKeys: ParameterKey[]; notices: string[] };
};


/**
 * The calculator: the one client island, rendered in the browser only (CalculatorLoader). The scenario
 * lives in React state and in the URL, which is written after the frame that shows a change and never
 * read back; every figure is recomputed here from the fitted models on each change, with no request to
 * the server. The form follows each change at once; the figures (card, tables, charts, planner) follow a
 * deferred copy of the scenario, so a slider moves within its frame and React renders the rest after it.
 */
export function Calculator({ models, catalog, reliability, link }: Props) {
  const choices = catalog.choices;
  const [url, setUrl] = useState(link.values);
  const [notices, setNotices] = useState(link.notices);
  const [linkSeq, setLinkSeq] = useState(link.seq);
  if (link.seq !== linkSeq) {
    // Back or Forward: the URL moved under the page; show its scenario.
    setLinkSeq(link.seq);
    setUrl(link.values);
    setNotices(link.notices);
  }
  const values = url;
  // Keyed by the parameters' content: pinning a comparison or stamping the version changes other keys;
  // the scenario, and every figure computed from it, stays the same object then.
  const valuesKey = JSON.stringify(scenarioStrings(values));
  // eslint-disable-next-line react-hooks/exhaustive-deps -- valuesKey is values' content
  const urgentScenario = useMemo(() => parseScenario(scenarioStrings(values), choices).scenario, [valuesKey, choices]);
  const scenario = useDeferredValue(urgentScenario);
  const view = useMemo(() => calculatorView(models, catalog, reliability, scenario), [models, catalog, reliability, scenario]);
  // The planner runs in a Web Worker; the card names its pilot once the plan is the current scenario's.
  const planned = usePlan(models, scenario);
  const currentPlan = planned.pending || scenario.fit !== "architect" ? null : (planned.plan?.plan ?? null);
  const text = useMemo(() => recommendationText(view, catalog, currentPlan), [view, catalog, currentPlan]);
  const pilotChoicesOf = useMemo(() => pilotChoices(choices), [choices]);
  const labelOf = useCallback((a: string) => catalog.architectures.find((x) => x.architecture === a)?.label ?? a, [catalog]);

  const setUrlValues = useCallback((patch: UrlPatch, history: "push" | "replace") => {
    setUrl((current) => ({ ...current, ...patch }));
    writeUrl(patch, history);
  }, []);
  useEffect(() => {
    // Clearing a bad link's values is no change of the user's: it replaces the entry instead of adding one.
    if (link.invalidKeys.length > 0) writeUrl(Object.fromEntries(link.invalidKeys.map((k) => [k, null])), "replace");
  }, [link]);
  // Leaving the page writes a change still waiting for its throttled write.
  useEffect(() => () => flushUrl(), []);

  const query = scenarioQuery(scenario, choices, models.versionKey);
  // Compare: the pinned scenario A lives in the link (compare=), read with the same schemas as the link.
  const pinned = url.compare;
  const compared = useMemo(() => {
    if (pinned === null) return null;
    const a = readPinned(pinned, choices);
    const aView = calculatorView(models, catalog, reliability, a.scenario);
    const modelWarning = compareModelWarning(a.scenario, scenario, (m) => catalog.models.find((x) => x.model === m)?.label ?? m);
    return { rows: compareRows({ scenario: a.scenario, view: aView }, { scenario, view }, catalog), notices: modelWarning === null ? a.notices : [modelWarning, ...a.notices] };
  }, [pinned, choices, models, catalog, reliability, scenario, view]);
  // The header link learns the scenario a moment after each change, outside the slider's frame (an effect
  // of an input event runs inside it): a storage write and the link's re-render per step. Leaving the
  // page writes the latest at once.
  const latestQuery = useRef(query);
  useEffect(() => {
    latestQuery.current = query;
    const timer = window.setTimeout(() => rememberCalculatorQuery(query), 0);
    return () => window.clearTimeout(timer);
  }, [query]);
  useEffect(() => () => rememberCalculatorQuery(latestQuery.current), []);

  // One history entry per settled change: a burst of writes to the same fields (a slider drag, typing)
  // pushes with its first write and replaces after it; a change to other fields always pushes.
  const burst = useRef<{ timer: number; fields: string } | null>(null);
  const history = useCallback((fields: string): "push" | "replace" => {
    const same = burst.current !== null && burst.current.fields === fields;
    if (burst.current !== null) window.clearTimeout(burst.current.timer);
    burst.current = {
      fields,
      timer: window.setTimeout(() => {
        burst.current = null;
      }, SETTLE_MS),
    };
    return same ? "replace" : "push";
  }, []);

  // One update for the whole page, the same function from render to render (the memoised fields keep
  // their handlers), applying each patch to the latest values.
  const latestValues = useRef(values);
  useLayoutEffect(() => {
    latestValues.current = values;
  }, [values]);
  const update = useCallback(
    (patch: ScenarioPatch) => {
      performance.mark("scenario-input");
      const next = applyPatch(latestValues.current, patch, choices);
      latestValues.current = { ...latestValues.current, ...next.urlState };
      setUrlValues({ ...next.urlState, version: models.versionKey }, history(Object.keys(patch).sort().join(",")));
    },
    [choices, setUrlValues, models.versionKey, history],
  );
  const runsByFit = useMemo(() => fittedRuns(models), [models]);

  const bars = view.bars.map((b) => `${b.label} ${wholePercent(b.successRate)} (${wholePercent(b.interval[0])}-${wholePercent(b.interval[1])})`).join("; ");
  return (
    <div className="calculator" data-hydrated="true">
      <Notices
        messages={notices}
        onDismiss={() => {
          setNotices([]);
          // The button goes away with the notice: keep keyboard users in place, at the results.
          document.getElementById("recommendation-heading")?.focus();
        }}
      />
      <div className="mobile-summary" aria-hidden="true" data-testid="result-summary">
        <strong>{text.short}</strong> · {wholePercent(view.recommendation.design.successRate)} ({wholePercent(view.recommendation.design.interval[0])}-{wholePercent(view.recommendation.design.interval[1])}) · {text.summaryCost} · how sure {wholePercent(view.recommendation.chance)}
        {view.recommendation.constraint.met ? null : <span className="unmet"> · no design meets your constraints</span>}
      </div>
      <div className="calculator-grid">
        {/* The decision comes first: at phone width it is the first thing under the heading, before the form; on a
            desktop the grid places it at the top of the results column, beside the inputs. */}
        <div className="decision">
          <RecommendationCard text={text} />
        </div>
        <div className="inputs">
          <h2>Your task and design</h2>
          <ScenarioForm
            scenario={urgentScenario}
            catalog={catalog}
            domain={models.architect.domain}
            fittedRuns={runsByFit}
            pilots={<PilotsFieldset pilots={urgentScenario.pilots} otherPilots={urgentScenario.otherPilots} model={urgentScenario.model} baseline={urgentScenario.baseline} estimate={view.recommendation.single.baseline} catalog={catalog} choices={pilotChoicesOf} onChange={update} />}
            onChange={update}
          />
          <ShareLink query={query} />
        </div>
        <section className="results" aria-label="Results">
          <CompareSection
            rows={compared?.rows ?? null}
            notices={compared?.notices ?? []}
            onPin={() => setUrlValues({ compare: pinnedValue(scenario, choices) }, history("compare"))}
            onClear={() => setUrlValues({ compare: null }, history("compare"))}
          />
          <RecommendationAnnouncer view={view} catalog={catalog} />
          <PrintSummary scenario={scenario} catalog={catalog} />
          <h2>Designs compared</h2>
          <LabelTable
            first="Design"
            columns={view.designs.columns}
            rows={view.designs.rows}
            testId="designs"
            caption={`Each design's predicted success, the chance it beats the single agent with its verdict at your ${wholePercent(scenario.planConfidence)} confidence target (better, worse or unsure), and its cost per task${scenario.tasksPerDay === null ? "" : " and per month at your volume"}; ★ the recommended design${scenario.maxCost === null ? "" : "; designs over your budget are marked (over budget) and shaded"}. Cost per success is the cost of one successful task; a dash means predicted success is under 1%, where it is not meaningful.`}
          />
          <PlannerSection planned={planned} scenario={urgentScenario} label={labelOf} onChange={update} placeholder={placeholder} />
          <h2>Success by architecture</h2>
          <ChartFrame
            testId="chart-architectures"
            summary={`Predicted success at each architecture's measured agent count: ${bars}. Single agent ${wholePercent(view.singleLevel)}.`}
            caption="Predicted success at each architecture's measured agent count (dot) with its 90% interval (whisker); the dashed line is the single agent. The recommended design is drawn larger."
          >
            <WhenVisible placeholder={placeholder}>
              <Suspense fallback={placeholder}>
                <IntervalChart bars={view.bars} singleLevel={view.singleLevel} points={view.chartText.architectures.points} />
              </Suspense>
            </WhenVisible>
          </ChartFrame>
          <ChartTable first="Architecture" columns={view.chartText.architectures.table.columns} rows={view.chartText.architectures.table.rows} testId="table-architectures" label="Success by architecture, as a table" />
          <h2>Success by agent count</h2>
          <ChartFrame
            testId="chart-agents"
            summary={`Predicted success from 1 to 16 agents for each multi-agent architecture. Only the measured counts (marked) are data; the dashed stretches are extrapolated by the agent-count rule. Recommended: ${labelOf(view.recommendation.design.architecture)} with ${view.recommendation.design.agents} agent${view.recommendation.design.agents === 1 ? "" : "s"}.`}
            caption="Dots: the agent count each architecture was measured with. Dashed: extrapolated by the agent-count rule (see the methodology), with the chosen architecture's 90% band; the solid ring is the recommended design and its count (always a measured one), the dashed ring your design."
          >
            <WhenVisible placeholder={placeholder}>
              <Suspense fallback={placeholder}>
                <AgentsChart points={view.chartText.agents.points} recommended={view.recommendation.design} rows={view.agents.rows} series={view.agents.series} selected={scenario.architecture} requestedAgents={scenario.agents} singleLevel={view.singleLevel} />
              </Suspense>
            </WhenVisible>
          </ChartFrame>
          <ChartTable first="Design" columns={view.chartText.agents.table.columns} rows={view.chartText.agents.table.rows} testId="table-agents" label="Success by agent count, as a table" />
          <h2>Cost and success</h2>
          <ChartFrame
            testId="chart-costs"
            summary={`Success against cost per task for ${view.costs.points.length} designs; the frontier runs through ${view.costs.frontier.length} ${scenario.frontier === "all" ? "designs, extrapolated counts included," : "measured designs"} that no cheaper ${scenario.frontier === "all" ? "" : "measured "}design beats.`}
            caption={`Every design (architecture and agent count) by cost per task and predicted success. Filled, with 90% intervals: measured agent counts; hollow and faint: extrapolated. The solid line is the Pareto frontier (no other design is both cheaper and more successful)${scenario.frontier === "all" ? ", here through extrapolated counts too" : " through measured counts only"}; the ring marks the recommended design, the dashed ring your design; dashed red lines, your budget and floor.`}
          >
            <WhenVisible placeholder={placeholder}>
              <Suspense fallback={placeholder}>
                <CostChart texts={view.chartText.costs.points} points={view.costs.points} frontier={view.costs.frontier} domain={view.costs.domain} maxCost={scenario.maxCost} minSuccess={scenario.minSuccess} architectures={catalog.architectures} />
              </Suspense>
            </WhenVisible>
          </ChartFrame>
          {view.costs.floorNote === null ? null : <p className="hint" data-testid="cost-floor-note">{view.costs.floorNote}</p>}
          <ChartTable first="Design" columns={view.chartText.costs.table.columns} rows={view.chartText.costs.table.rows} testId="table-costs" label="Cost and success, as a table" />
          <label className="switch-inline">
            <input type="checkbox" data-testid="frontier-all" checked={urgentScenario.frontier === "all"} onChange={(e) => update({ frontier: e.target.checked ? "all" : null })} /> Let the frontier pass
            through extrapolated agent counts
          </label>
          <h2 data-testid="nearest-heading">
            Nearest measured runs: {labelOf(view.nearest.architecture)} (the {view.recommendation.kind === "multi" ? "recommended design" : "multi-agent design likeliest to beat the recommended single agent"})
          </h2>
          <p className="hint">
            Runs of {labelOf(view.nearest.architecture)} whose benchmark and model are nearest your task, model and baseline, beside each group&apos;s single agent: the evidence the
            call rests on. {view.nearest.agreement.agreeing} of {view.nearest.agreement.total} show the predicted direction ({view.nearest.agreement.predictedGap >= 0 ? "multi-agent ahead" : "the single agent ahead"}).
          </p>
          <NearestRunsTable runs={view.nearest.runs} catalog={catalog} testId="nearest-runs" label={`Nearest measured runs of ${labelOf(view.nearest.architecture)}`} />
          {view.nearest.own === null ? null : (
            <>
              <h3 data-testid="own-nearest-heading">Your design: nearest measured runs of {labelOf(view.nearest.own.architecture)}</h3>
              <p className="hint">The architecture you picked in the form, not the recommended one.</p>
              <NearestRunsTable runs={view.nearest.own.runs} catalog={catalog} testId="own-nearest-runs" label={`Your design: nearest measured runs of ${labelOf(view.nearest.own.architecture)}`} />
            </>
          )}
        </section>
      </div>
    </div>
  );
}
