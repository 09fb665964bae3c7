import type { Metadata } from "next";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import { Suspense } from "react";
import { preload } from "react-dom";
import { KindContrastTable } from "@/components/evidence/kind-contrast";
import { RunsExplorer } from "@/components/evidence/runs-explorer";
import { StudyList } from "@/components/evidence/study-list";
import { loadDataset } from "@/lib/data/load";
import { ASSET_PATH, evidenceRunsAsset } from "@/lib/views/data-assets";
import { evidenceView } from "@/lib/views/evidence-view";
import { countText } from "@/lib/format/words";

export const metadata: Metadata = {
  title: "Evidence · Agent Scaling Calculator",
  description:
    "Every study behind the calculator, what its stored runs show about multi-agent gains, and every stored run in one filterable table with a CSV download.",
  alternates: { canonical: "/evidence" },
};

// Prerendered once, at build: the filters are read from the link in the browser (RunsExplorer).
export const dynamic = "force-static";

/**
 * The evidence: every study with its findings, the method-vs-evaluation contrast, every stored run. Static:
 * the runs table, which depends on the link's filters, is rendered in the browser, with an empty block of
 * its height in the prerendered HTML, so a filtered link never flashes the unfiltered table.
 */
export default function EvidencePage() {
  const dataset = loadDataset();
  const view = evidenceView(dataset);
  // The runs (280 kB of JSON) as a data file, its download started with the HTML: as the explorer's props
  // they were React's page data, parsed before the page could respond.
  const runs = ASSET_PATH + evidenceRunsAsset(dataset).name;
  preload(runs, { as: "fetch", crossOrigin: "anonymous" });
  return (
    <>
      <h1>Evidence</h1>
      <p className="lede">
        The {view.studies.length} studies the calculator&apos;s evidence comes from, what their stored runs show about multi-agent systems against a single
        agent, and all {countText(view.rows.length)} stored runs: Kim et al.&apos;s {view.counts.kimRuns} configurations and the {view.counts.studyRuns} other
        printed cells. Data version {view.dataVersion}.
      </p>
      <nav aria-label="On this page">
        <ul>
          <li>
            <a href="#studies">The studies and what they found</a>
          </li>
          <li>
            <a href="#contrast">Method papers against evaluations</a>
          </li>
          <li>
            <a href="#runs">Every stored run</a>
          </li>
        </ul>
      </nav>
      <section aria-labelledby="studies">
        <h2 id="studies">The studies and what they found</h2>
        <div className="prose">
          <p>
            A matched success-rate cell is one study&apos;s single agent and at least one multi-agent system run on the same benchmark and model, scored as the
            share of tasks solved in one attempt (success rate, accuracy or pass@1). Each study&apos;s finding compares every multi-agent run of its matched
            cells with that cell&apos;s single agent; the gain is multi-agent minus single-agent, in percentage points. Kim et al.&apos;s single agent of each
            benchmark and model is the baseline of its {view.counts.kimRuns} runs. An evaluation tests others&apos; systems; a method paper proposes the
            multi-agent system it measures.
          </p>
        </div>
        <StudyList studies={view.studies} />
      </section>
      <section aria-labelledby="contrast">
        <h2 id="contrast">Method papers against evaluations</h2>
        <KindContrastTable contrast={view.contrast} />
      </section>
      <section aria-labelledby="runs">
        <h2 id="runs">Every stored run</h2>
        <div className="prose">
          <p>
            One row per stored run: a configuration of Kim et al. or a figure printed in another study&apos;s table. The architecture is the run&apos;s mapped
            class, beside the method as the source prints it; the single-agent column is the same study&apos;s single agent on the same benchmark, model and
            metric. Filters are kept in the link.
          </p>
        </div>
        {/* The explorer reads the link (useSearchParams): Next wants a Suspense boundary around it in a static page. */}
        <Suspense fallback={<div className="skeleton skeleton-table" aria-busy="true" />}>
          {/* nuqs keeps the runs table's filters in the link: this page's only user of it. */}
          <NuqsAdapter>
            <RunsExplorer src={runs} labels={view.labels} options={view.options} dataVersion={view.dataVersion} />
          </NuqsAdapter>
        </Suspense>
      </section>
    </>
  );
}
