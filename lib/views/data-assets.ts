import { createHash } from "node:crypto";
import type { Dataset } from "../data/dataset";
import { processCached } from "../process-cache";
import type { FittedModels } from "../model/choose/fitted-models";
import { cachedReliability, type Reliability } from "../model/validation/track-record";
import { calculatorCatalog, type CalculatorCatalog } from "./catalog";
import { cachedModels } from "../model/serving/fit-models";
import { evidenceRows, type EvidenceRow } from "./evidence-run-rows";

/** What the calculator computes every figure from, in the browser: plain JSON, one file per data version and model revision. */
export type CalculatorData = { models: FittedModels; catalog: CalculatorCatalog; reliability: Reliability };

/** A data file of the pages: its JSON and its name, a prefix and 12 hex digits of the content's SHA-256. */
export type DataAsset = { name: string; json: string; bytes: number };

/** Where the data files are served (app/assets/[file]/route.ts), e.g. "/assets/calculator.3f9a1c07b2e4.json". */
export const ASSET_PATH = "/assets/";

/**
 * A data file's headers, but its ETag (its quoted name): JSON, cached for good (a year: the name changes
 * with the content). The route and `npm run serve`, which sends it compressed, give the same.
 */
export const ASSET_HEADERS = { "Content-Type": "application/json", "Cache-Control": "public, max-age=31536000, immutable" } as const;

function hashedAsset(prefix: string, data: unknown): DataAsset {
  const json = JSON.stringify(data);
  const hash = createHash("sha256").update(json).digest("hex").slice(0, 12);
  return { name: `${prefix}.${hash}.json`, json, bytes: Buffer.byteLength(json) };
}

/**
 * The calculator's data file: fitted models, catalog and held-out record, named by its content hash so
 * it can be cached for good (a new fit is a new name). Built once per process and data version.
 */
export function calculatorAsset(dataset: Dataset): DataAsset {
  return processCached("calculator-asset", dataset.version, () => {
    const data: CalculatorData = {
      models: cachedModels(dataset),
      catalog: calculatorCatalog(dataset),
      reliability: cachedReliability(dataset),
    };
    return hashedAsset("calculator", data);
  });
}

/** What /evidence's runs table filters in the browser: every stored run as a row (lib/views/evidence-run-rows.ts). */
export type EvidenceRunsData = { rows: EvidenceRow[] };

/**
 * /evidence's stored runs as a data file: 1,017 rows (about 280 kB of JSON) that, as the table's props,
 * went into the page's HTML twice over as React's page data, which the browser parsed before the page
 * could respond; as a file they download beside the scripts and are cached for good.
 */
export function evidenceRunsAsset(dataset: Dataset): DataAsset {
  return processCached("evidence-runs-asset", dataset.version, () => hashedAsset("evidence-runs", { rows: evidenceRows(dataset) } satisfies EvidenceRunsData));
}

/** Every data file the server answers under ASSET_PATH. */
export function dataAssets(dataset: Dataset): DataAsset[] {
  return [calculatorAsset(dataset), evidenceRunsAsset(dataset)];
}
