import { createHash } from "node:crypto";
import type { Dataset } from "../data/dataset";
import { processCached } from "../process-cache";
import type { FittedModels } from "../model/choose/fitted-models";
import { cachedReliability, type Reliability } from "../model/validation/track-record";
import { calculatorCatalog, type CalculatorCatalog } from "./catalog";
import { cachedModels } from "../model/serving/fit-models";

/** What the calculator computes every figure from, in the browser: plain JSON, one file per data version and model revision. */
export type CalculatorData = { models: FittedModels; catalog: CalculatorCatalog; reliability: Reliability };

/** The calculator's data as a static file: its JSON and its name with 12 hex digits of the content's SHA-256. */
export type CalculatorAsset = { name: string; json: string; bytes: number };

/** Where the asset is served (app/assets/[file]/route.ts), e.g. "/assets/calculator.3f9a1c07b2e4.json". */
export const ASSET_PATH = "/assets/";

/**
 * The asset's headers, but its ETag (its quoted name): JSON, cached for good (a year: the name changes
 * with the content). The route and `npm run serve`, which sends it compressed, give the same.
 */
export const ASSET_HEADERS = { "Content-Type": "application/json", "Cache-Control": "public, max-age=31536000, immutable" } as const;

/**
 * The calculator's data file: fitted models, catalog and held-out record, named by its content hash so
 * it can be cached for good (a new fit is a new name). Built once per process and data version.
 */
export function calculatorAsset(dataset: Dataset): CalculatorAsset {
  return processCached("calculator-asset", dataset.version, () => {
    const data: CalculatorData = {
      models: cachedModels(dataset),
      catalog: calculatorCatalog(dataset),
      reliability: cachedReliability(dataset),
    };
    const json = JSON.stringify(data);
    const hash = createHash("sha256").update(json).digest("hex").slice(0, 12);
    return { name: `calculator.${hash}.json`, json, bytes: Buffer.byteLength(json) };
  });
}
