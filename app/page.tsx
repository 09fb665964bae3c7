import Link from "next/link";
import type { Metadata } from "next";
import { Calculator } from "@/components/calculator/calculator";
import { loadDataset } from "@/lib/data/load";
import { cachedModels } from "@/lib/model/serving/fit-models";
import { cachedReliability } from "@/lib/model/validation/track-record";
import { parseScenario } from "@/lib/scenario/scenario";
import { scenarioStringsFromSearch } from "@/lib/scenario/url";
import { calculatorCatalog } from "@/lib/views/catalog";
import { linkNotices } from "@/lib/views/notices";

export const metadata: Metadata = {
  title: "Agent Scaling Calculator",
  description: "Predict what one agent or several would achieve on your task, with 90% intervals, a recommendation and a link that reproduces it.",
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The calculator: parses the link on the server and hands plain data to the client island. */
export default async function CalculatorPage({ searchParams }: Props) {
  const dataset = loadDataset();
  const models = cachedModels(dataset);
  const catalog = calculatorCatalog(dataset);
  const { strings, version, repeated } = scenarioStringsFromSearch(await searchParams);
  const { scenario, issues } = parseScenario(strings, catalog.choices);
  return (
    <>
      <h1>Agent Scaling Calculator</h1>
      <p className="lede">
        Describe your task and see what one agent or several would achieve and cost, with 90% intervals, from a model fitted to{" "}
        {models.architect.rows} measured success rates: Kim et al.&apos;s configurations at the core and the matched runs of other
        studies (<Link href="/evidence">the evidence</Link>), validated on benchmarks and studies it never saw.
      </p>
      <Calculator
        models={models}
        catalog={catalog}
        reliability={cachedReliability(dataset)}
        invalidKeys={issues.map((i) => i.key)}
        notices={linkNotices(issues, scenario, version, models.versionKey, repeated)}
      />
    </>
  );
}
