"use client";

import Link from "next/link";
import { useRef, useState } from "react";
import type { PilotPlan } from "@/lib/model/decide/plan";
import type { FittedModels } from "@/lib/model/choose/fitted-models";
import type { Scenario } from "@/lib/scenario/scenario";
import type { CalculatorView } from "@/lib/views/calculator";
import type { CalculatorCatalog } from "@/lib/views/catalog";
import { DESIGNS_CSV_COLUMNS, designsCsvData } from "@/lib/views/exports-csv";
import { MAX_SCENARIO_FILE_BYTES, readScenarioFile, scenarioFile } from "@/lib/views/exports-file";
import { planAnswer, predictAnswer } from "@/lib/views/exports-json";
import { designMemo } from "@/lib/views/exports-memo";
import { scenarioFileName } from "@/lib/views/exports-name";
import { scenarioPlan } from "@/lib/views/plan-view";
import { recommendationText } from "@/lib/views/recommendation-text";
import { chartSvg, saveBlob, svgToPng } from "./chart-export";
import { SHOW_CHARTS_EVENT } from "@/components/charts/when-visible";
import { countText } from "@/lib/format/words";
import styles from "./exports.module.css";

/** How long an export waits for a chart that was not drawn yet (its code loading) before saying so. */
const CHART_WAIT_MS = 5000;

type Props = {
  models: FittedModels;
  catalog: CalculatorCatalog;
  scenario: Scenario;
  view: CalculatorView;
  /** The planner's plan when it is the current scenario's (null while it works, or under the paper's fits). */
  plan: PilotPlan | null;
  /** The share link's query string. */
  query: string;
};

/** The page's charts, by their figures' test ids, with the names their files and buttons carry. */
const CHARTS = [
  { id: "chart-architectures", name: "Success by architecture", file: "success-by-architecture" },
  { id: "chart-agents", name: "Success by agent count", file: "success-by-agent-count" },
  { id: "chart-costs", name: "Cost and success", file: "cost-and-success" },
  { id: "chart-plan", name: "Plan a pilot", file: "pilot-plan" },
] as const;

/**
 * Export: the designs table (CSV), the scenario with its figures (JSON, which Open scenario file reads
 * back), a design memo (Markdown), each chart (SVG, PNG); every file named after the scenario. The
 * figures are the API's and the CLI's (lib/views/exports-json.ts), computed here from the same models.
 */
export function ExportsSection({ models, catalog, scenario, view, plan, query }: Props) {
  const [status, setStatus] = useState("");
  const fileInput = useRef<HTMLInputElement>(null);
  const name = (extension: string, suffix = "") => scenarioFileName(scenario, catalog.choices, extension, suffix);
  const link = () => `${window.location.origin}${window.location.pathname}${query}`;
  // The planner's plan when it is current, else the same plan computed now (the worker's function, in this thread).
  const planned = () => (scenario.fit !== "architect" ? null : plan === null ? scenarioPlan(models, scenario) : null);
  const currentPlan = () => (scenario.fit !== "architect" ? null : (plan ?? planned()?.plan ?? null));
  const label = (a: string) => catalog.architectures.find((x) => x.architecture === a)?.label ?? a;
  const save = (blob: Blob, file: string) => {
    saveBlob(blob, file);
    setStatus(`Saved ${file}.`);
  };

  const saveCsv = async () => {
    const Papa = (await import("papaparse")).default;
    const answer = predictAnswer(models, catalog, scenario, currentPlan());
    const text = Papa.unparse({ fields: [...DESIGNS_CSV_COLUMNS], data: designsCsvData(answer, label) }, { newline: "\n" });
    save(new Blob([`${text}\n`], { type: "text/csv;charset=utf-8" }), name("csv"));
  };
  const saveJson = () => {
    const own = planned();
    const thePlan = currentPlan();
    const answer = predictAnswer(models, catalog, scenario, thePlan);
    const planJson = scenario.fit === "architect" ? planAnswer(models, catalog, scenario, own ?? undefined) : null;
    const file = scenarioFile(answer, planJson, link(), new Date().toISOString());
    save(new Blob([`${JSON.stringify(file, null, 2)}\n`], { type: "application/json" }), name("json"));
  };
  const saveMemo = () => {
    const thePlan = currentPlan();
    const memo = designMemo({
      scenario,
      view,
      text: recommendationText(view, catalog, thePlan),
      plan: thePlan,
      catalog,
      link: link(),
      versionKey: models.versionKey,
      date: new Date().toISOString(),
    });
    save(new Blob([memo], { type: "text/markdown;charset=utf-8" }), name("md", "memo"));
  };
  const saveChart = async (chart: (typeof CHARTS)[number], format: "svg" | "png") => {
    const drawnNow = () => {
      const figure = document.querySelector<HTMLElement>(`[data-testid="${chart.id}"]`);
      return figure === null ? null : chartSvg(figure, chart.name);
    };
    let drawn = drawnNow();
    if (drawn === null) {
      // Charts draw when scrolled to: draw them now and wait for this one (its code may still be loading).
      window.dispatchEvent(new Event(SHOW_CHARTS_EVENT));
      for (let waited = 0; drawn === null && waited < CHART_WAIT_MS; waited += 100) {
        await new Promise((resolve) => window.setTimeout(resolve, 100));
        drawn = drawnNow();
      }
    }
    if (drawn === null) {
      setStatus(`${chart.name} is not drawn yet: try again in a moment.`);
      return;
    }
    const blob = format === "svg" ? new Blob([drawn.svg], { type: "image/svg+xml" }) : await svgToPng(drawn.svg, drawn.width, drawn.height);
    save(blob, name(format, chart.file));
  };
  const open = async (file: File | undefined) => {
    if (file === undefined) return;
    if (file.size > MAX_SCENARIO_FILE_BYTES) {
      setStatus(
        `${file.name} is ${countText(Math.round(file.size / 1000))} kB: a scenario file is at most ${MAX_SCENARIO_FILE_BYTES / 1000} kB. Nothing was changed.`,
      );
      return;
    }
    const read = readScenarioFile(await file.text());
    if (!read.ok) {
      setStatus(`${file.name}: ${read.message} Nothing was changed.`);
      if (fileInput.current !== null) fileInput.current.value = "";
      return;
    }
    // Opened as its link, a full load: the server reads it with the same checks and notices as any link,
    // and every figure is recomputed from this data.
    setStatus(`Opening ${file.name}…`);
    // eslint-disable-next-line @next/next/no-location-assign-relative-destination -- a full load, so the link's notices come with it
    window.location.assign(`${window.location.pathname}${read.query}`);
  };

  return (
    <section className={styles.exports} aria-labelledby="exports-heading" data-testid="exports">
      <h2 id="exports-heading">Export</h2>
      <p className="hint">
        Files named after the scenario, with the figures shown here: <Link href="/api">the API</Link> and the command line give the same.
      </p>
      <div className={styles.row}>
        <button type="button" onClick={() => void saveCsv()} data-testid="export-csv">
          Designs table (CSV)
        </button>
        <button type="button" onClick={saveJson} data-testid="export-json">
          Scenario (JSON)
        </button>
        <button type="button" onClick={saveMemo} data-testid="export-memo">
          Design memo (Markdown)
        </button>
      </div>
      <fieldset className={styles.charts}>
        <legend>Charts</legend>
        <ul>
          {CHARTS.map((c) => (
            <li key={c.id}>
              <span className={styles.chartName}>{c.name}</span>
              <button type="button" onClick={() => void saveChart(c, "svg")} aria-label={`${c.name} as SVG`} data-testid={`export-${c.file}-svg`}>
                SVG
              </button>
              <button type="button" onClick={() => void saveChart(c, "png")} aria-label={`${c.name} as PNG`} data-testid={`export-${c.file}-png`}>
                PNG
              </button>
            </li>
          ))}
        </ul>
      </fieldset>
      <div className={`${styles.row} ${styles.open}`}>
        <label htmlFor="open-scenario">Open scenario file</label>
        <input
          id="open-scenario"
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          onChange={(e) => void open(e.target.files?.[0])}
          data-testid="open-scenario"
        />
      </div>
      <p className="hint" role="status" data-testid="exports-status">
        {status}
      </p>
    </section>
  );
}
