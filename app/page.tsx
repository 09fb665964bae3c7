import Link from "next/link";
import type { Metadata } from "next";
import { preload } from "react-dom";
import { CalculatorLoader } from "@/components/calculator/calculator-loader";
import { loadDataset } from "@/lib/data/load";
import { ASSET_PATH, calculatorAsset } from "@/lib/views/data-assets";
import { cachedModels } from "@/lib/model/serving/fit-models";
import { apiContext } from "@/lib/api/endpoints";
import { previewMeta, readPreviewLink } from "@/lib/views/link-preview";
import { siteUrl } from "@/lib/views/site-url";
import { previewMetadata } from "@/components/preview/preview-metadata";

/**
 * The default scenario's link preview (title, description, canonical URL, card image), written at build;
 * for a scenario link the server writes that link's own into this page's head (scripts/serve.ts).
 */
export function generateMetadata(): Metadata {
  const context = apiContext(loadDataset());
  return previewMetadata(previewMeta(context, readPreviewLink("", context.catalog.choices), siteUrl()));
}

// Prerendered once, at build: the same HTML for every link. The scenario is read from the link in the
// browser, which computes every figure from the data file below (docs/architecture.md, "Static-first pages").
export const dynamic = "force-static";

/**
 * The calculator: a static shell (heading, lede, a skeleton where the figures go) and the client island,
 * which fetches the fitted models and catalog as one content-hashed file and reads the scenario from
 * the link. The file's download starts with the HTML (a preload in the head), beside the scripts.
 */
export default function CalculatorPage() {
  const dataset = loadDataset();
  const models = cachedModels(dataset);
  const src = ASSET_PATH + calculatorAsset(dataset).name;
  preload(src, { as: "fetch", crossOrigin: "anonymous" });
  return (
    <>
      <h1>Agent Scaling Calculator</h1>
      <p className="lede">
        Describe your task and see what one agent or several would achieve and cost, with 90% intervals, from a model fitted to {models.architect.rows} measured
        success rates: Kim et al.&apos;s configurations at the core and the matched runs of other studies (
        <Link href="/evidence" prefetch={false}>
          the evidence
        </Link>
        ), validated on benchmarks and studies it never saw.
      </p>
      <CalculatorLoader src={src} />
    </>
  );
}
