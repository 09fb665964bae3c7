import type { Dataset } from "../../data/dataset";

/**
 * ISO dates (YYYY-MM-DD) in date order: as text, by code unit. (localeCompare gives the same order but
 * builds ICU's collator on its first call, 60-80 ms at 4x CPU on the calculator's first render.)
 */
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A model's token prices in USD per 1M tokens, with the date they apply from and where they come from. */
export type ModelPrice = {
  input: number;
  output: number;
  /** Price of cached input tokens, or null when the vendor lists none (cached input is then billed at `input`). */
  cached: number | null;
  /** The price's date (its period's start, else the snapshot date), e.g. "2026-08-05". */
  date: string;
  source: string;
};

/** Whether a scenario's three prices are the model's listed ones (false when none is listed or any was entered by hand). */
export function usesListedPrices(
  prices: { priceInput: number | null; priceOutput: number | null; priceCached: number | null },
  listed: ModelPrice | null | undefined,
): boolean {
  return (
    listed !== null &&
    listed !== undefined &&
    listed.input === prices.priceInput &&
    listed.output === prices.priceOutput &&
    listed.cached === prices.priceCached
  );
}

/**
 * The current price of every model in data/models.csv, by model id: its price_id's row without an end
 * date (the latest start date when several), from data/prices.csv. Models without a price are left out.
 *
 * @example modelPrices(dataset)["gpt-5-mini"] // { input: 0.25, output: 2, cached: 0.025, date: "2026-08-05", ... }
 */
export function modelPrices(dataset: Pick<Dataset, "models" | "prices">): Record<string, ModelPrice> {
  const out: Record<string, ModelPrice> = {};
  for (const model of dataset.models) {
    const rows = dataset.prices.filter((p) => p.price_id === model.price_id && p.to_date === null);
    const current = rows.sort((a, b) => byText(a.from_date ?? "", b.from_date ?? "")).at(-1);
    if (current === undefined) continue;
    out[model.model] = {
      input: current.input_usd_per_mtok,
      output: current.output_usd_per_mtok,
      cached: current.cached_input_usd_per_mtok,
      date: current.as_of,
      source: current.source,
    };
  }
  return out;
}
