"use client";

import { memo, startTransition, use, useCallback, useDeferredValue, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import type { Reliability } from "@/lib/model/validation/track-record";
import { applyPatch } from "@/lib/scenario/patch";
import { pilotChoices } from "@/lib/scenario/choices";
import type { Scenario } from "@/lib/scenario/scenario";
import { PilotsFieldset } from "./pilots-fieldset";
import { PlannerSection } from "./planner-section";
import { usePlan } from "./use-plan";
import { scenarioQuery } from "@/lib/scenario/url";
import { afterNextPaint } from "@/components/ui/after-paint";
import { calculatorView } from "@/lib/views/calculator";
import type { CalculatorCatalog } from "@/lib/views/catalog";
import { recommendationText } from "@/lib/views/recommendation-text";
import { decisionTitle } from "@/lib/views/exports-summary";
import { useDocumentTitle } from "@/components/ui/use-document-title";
import { Notices } from "./notices";
import { RecommendationCard } from "./recommendation-card";
import { compareModelWarning, compareRows, pinnedValue, readPinned } from "@/lib/views/compare";
import { ResultsCharts } from "./results-charts";
import { ResultsTop } from "./results-top";
import { ScenarioForm } from "./scenario-form";
import type { ScenarioValues } from "@/lib/scenario/descriptors";
import { ShareLink } from "./share-link";
import { ExportsSection } from "./exports-section";
import { openingFigures } from "./sliced-figures";
import { flushUrl, readLink, SETTLE_MS, writeUrl, type UrlPatch, type UrlValues } from "./url-state";
import { rememberCalculatorQuery } from "@/components/ui/calculator-link";
import { wholePercent } from "@/lib/format/numbers";
import { fittedRuns, type FittedModels } from "@/lib/model/choose/fitted-models";

/** The card, memoised: its words change with the deferred scenario's view or the plan, not with each keystroke. */
const MemoCard = memo(RecommendationCard);

type Props = {
  models: FittedModels;
  catalog: CalculatorCatalog;
  reliability: Reliability;
  /** The link's query; `seq` changes when the URL changes from outside the calculator (Back, Forward), which the calculator then shows. */
  link: { seq: number; query: string };
};

/** What the calculator holds: the URL's values and the scenario they resolve to, computed together once per change. */
type State = { url: UrlValues; scenario: Scenario };

/** Same content: a change that changes nothing keeps the scenario object, and every figure memoised on it. */
const sameScenario = (a: Scenario, b: Scenario) => a === b || JSON.stringify(a) === JSON.stringify(b);

/**
 * The calculator: the one client island, rendered in the browser only (CalculatorLoader). The scenario
 * lives in React state and in the URL, which is written after the frame that shows a change and never
 * read back; every figure is recomputed here from the fitted models on each change, with no request to
 * the server. The link is read once (readLink), each change parsed once (applyPatch), and the state keeps
 * the scenario with the values, so rendering parses nothing. The form follows each change at once; the
 * figures (card, tables, charts, planner) follow a copy of the scenario set after the change's frame is
 * painted, in a transition, so a slider moves within its frame and React renders the rest after it.
 */
export function Calculator({ models, catalog, reliability, link }: Props) {
  const choices = catalog.choices;
  // The link read once per link: on load, and again after Back or Forward.
  const read = useMemo(() => readLink(link.query, choices, models.versionKey), [link, choices, models.versionKey]);
  // The figures of the link as the page opened it, computed a slice at a time while the skeleton shows
  // (sliced-figures.ts); the render suspends until they are ready.
  const [openedWith] = useState(() => ({ scenario: read.scenario, pinned: read.values.compare }));
  const opened = use(openingFigures(models, catalog, reliability, openedWith.scenario, openedWith.pinned));
  const [state, setState] = useState<State>({ url: read.values, scenario: read.scenario });
  const [notices, setNotices] = useState(read.notices);
  const [linkSeq, setLinkSeq] = useState(link.seq);
  if (link.seq !== linkSeq) {
    // Back or Forward: the URL moved under the page; show its scenario.
    setLinkSeq(link.seq);
    setState({ url: read.values, scenario: read.scenario });
    setNotices(read.notices);
  }
  const { url, scenario: urgentScenario } = state;
  // The figures follow the form after the frame that shows the change has been painted: a transition
  // started from the task after that frame, so a slider's frame never waits for the figures' computation
  // (calculatorView cannot be split by React), and a newer change supersedes an unfinished one. The
  // link's own scenario's view is the one computed in slices before the first render.
  const [figuresScenario, setFiguresScenario] = useState(urgentScenario);
  useEffect(() => afterNextPaint(() => startTransition(() => setFiguresScenario(urgentScenario))), [urgentScenario]);
  const scenario = useDeferredValue(figuresScenario);
  const view = useMemo(
    () => (scenario === opened.scenario ? opened.view : calculatorView(models, catalog, reliability, scenario)),
    [models, catalog, reliability, scenario, opened],
  );
  // The planner runs in a Web Worker; the card names its pilot once the plan is the current scenario's.
  const planned = usePlan(models, scenario);
  const currentPlan = planned.pending || scenario.fit !== "architect" ? null : (planned.plan?.plan ?? null);
  const text = useMemo(() => recommendationText(view, catalog, currentPlan), [view, catalog, currentPlan]);
  // The tab's title follows the scenario, as a link preview's does (the prerendered title is the default scenario's).
  useDocumentTitle(decisionTitle(text, view.recommendation.design.successRate));
  const pilotChoicesOf = useMemo(() => pilotChoices(choices), [choices]);
  const labelOf = useCallback((a: string) => catalog.architectures.find((x) => x.architecture === a)?.label ?? a, [catalog]);

  const setUrlValues = useCallback(
    (patch: UrlPatch, history: "push" | "replace") => {
      setState((current) => ({ ...current, url: { ...current.url, ...patch } }));
      writeUrl(patch, history, choices);
    },
    [choices],
  );
  useEffect(() => {
    // Clearing a bad link's values is no change of the user's: it replaces the entry instead of adding one.
    if (read.invalidKeys.length > 0) writeUrl(Object.fromEntries(read.invalidKeys.map((k) => [k, null])), "replace", choices);
  }, [read, choices]);
  // Leaving the page writes a change still waiting for its throttled write.
  useEffect(() => () => flushUrl(), []);

  const query = scenarioQuery(scenario, choices, models.versionKey);
  // Compare: the pinned scenario A lives in the link (compare=), read with the same schemas as the link.
  const pinned = url.compare;
  // A's figures are computed once per pinned value, not again with every change of B.
  const pinnedView = useMemo(() => {
    if (pinned === null) return null;
    if (pinned === opened.pinned?.value) return opened.pinned;
    const a = readPinned(pinned, choices);
    return { a, view: calculatorView(models, catalog, reliability, a.scenario) };
  }, [pinned, choices, models, catalog, reliability, opened]);
  const compared = useMemo(() => {
    if (pinnedView === null) return null;
    const { a } = pinnedView;
    const modelWarning = compareModelWarning(a.scenario, scenario, (m) => catalog.models.find((x) => x.model === m)?.label ?? m);
    return {
      rows: compareRows({ scenario: a.scenario, view: pinnedView.view }, { scenario, view }, catalog),
      notices: modelWarning === null ? a.notices : [modelWarning, ...a.notices],
    };
  }, [pinnedView, catalog, scenario, view]);
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
  // their handlers), applying each patch to the latest state: one parse per change (applyPatch), whose
  // scenario the state keeps.
  const latest = useRef(state);
  useLayoutEffect(() => {
    latest.current = state;
  }, [state]);
  const update = useCallback(
    (patch: ScenarioValues) => {
      performance.mark("scenario-input");
      const current = latest.current;
      const next = applyPatch({ values: current.url, scenario: current.scenario }, patch, choices);
      const scenario = sameScenario(next.scenario, current.scenario) ? current.scenario : next.scenario;
      latest.current = { url: { ...current.url, ...next.values }, scenario };
      setState((s) => ({ url: { ...s.url, ...next.values, version: models.versionKey }, scenario }));
      writeUrl({ ...next.values, version: models.versionKey }, history(Object.keys(patch).sort().join(",")), choices);
    },
    [choices, models.versionKey, history],
  );
  const runsByFit = useMemo(() => fittedRuns(models), [models]);
  const onPin = useCallback(() => setUrlValues({ compare: pinnedValue(scenario, choices) }, history("compare")), [scenario, choices, setUrlValues, history]);
  const onClear = useCallback(() => setUrlValues({ compare: null }, history("compare")), [setUrlValues, history]);
  const onFrontier = useCallback((all: boolean) => update({ frontier: all ? "all" : null }), [update]);
  // The results below the card render after it on the first render (a second commit, so the first is
  // short); from then on they follow the deferred scenario.
  const resultsReady = useDeferredValue(true, false);
  // Out of view, the results and the form's fieldsets skip layout and paint (app/globals.css), from two
  // frames after the results were first laid out: each part's size is remembered by then, so skipping it
  // moves nothing.
  const [skipOffscreen, setSkipOffscreen] = useState(false);
  useEffect(() => {
    if (!resultsReady || skipOffscreen) return;
    let second = 0;
    const first = requestAnimationFrame(() => {
      second = requestAnimationFrame(() => setSkipOffscreen(true));
    });
    return () => {
      cancelAnimationFrame(first);
      cancelAnimationFrame(second);
    };
  }, [resultsReady, skipOffscreen]);

  return (
    <div className="calculator" data-hydrated="true" data-results={resultsReady ? "ready" : "pending"} data-offscreen={skipOffscreen ? "skip" : "draw"}>
      <Notices
        messages={notices}
        onDismiss={() => {
          setNotices([]);
          // The button goes away with the notice: keep keyboard users in place, at the results.
          document.getElementById("recommendation-heading")?.focus();
        }}
      />
      <div className="mobile-summary" aria-hidden="true" data-testid="result-summary">
        <strong>{text.short}</strong> · {wholePercent(view.recommendation.design.successRate)} ({wholePercent(view.recommendation.design.interval[0])}-
        {wholePercent(view.recommendation.design.interval[1])}) · {text.summaryCost} · how sure {wholePercent(view.recommendation.chance)}
        {view.recommendation.constraint.met ? null : <span className="unmet"> · no design meets your constraints</span>}
      </div>
      <div className="calculator-grid">
        {/* The decision comes first: at phone width it is the first thing under the heading, before the form; on a
            desktop the grid places it at the top of the results column, beside the inputs. */}
        <div className="decision">
          <MemoCard text={text} />
        </div>
        <div className="inputs">
          <h2>Your task and design</h2>
          <ScenarioForm
            scenario={urgentScenario}
            catalog={catalog}
            domain={models.architect.domain}
            fittedRuns={runsByFit}
            pilots={
              <PilotsFieldset
                pilots={urgentScenario.pilots}
                otherPilots={urgentScenario.otherPilots}
                model={urgentScenario.model}
                baseline={urgentScenario.baseline}
                estimate={view.recommendation.single.baseline}
                catalog={catalog}
                choices={pilotChoicesOf}
                onChange={update}
              />
            }
            onChange={update}
          />
          <ShareLink query={query} />
          {/* Exports (issue 24): one component, everything it needs passed down. */}
          <ExportsSection models={models} catalog={catalog} scenario={scenario} view={view} plan={currentPlan} query={query} />
        </div>
        <section className="results" aria-label="Results">
          {resultsReady ? (
            <ResultsTop view={view} scenario={scenario} catalog={catalog} compared={compared} onPin={onPin} onClear={onClear} />
          ) : (
            <div className="skeleton skeleton-table" aria-hidden="true" />
          )}
          <PlannerSection planned={planned} scenario={urgentScenario} label={labelOf} onChange={update} />
          {resultsReady ? (
            <ResultsCharts
              view={view}
              scenario={scenario}
              catalog={catalog}
              labelOf={labelOf}
              frontierAll={urgentScenario.frontier === "all"}
              onFrontier={onFrontier}
            />
          ) : null}
        </section>
      </div>
    </div>
  );
}
