/**
 * Runs once when the server starts: loads and validates data/, fits the models, computes the held-out
 * track record and builds the calculator's data file (lib/views/data-assets.ts), so the first
 * visitor does not wait for them (several seconds; a restart of the same build reads them from disk).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ loadDataset }, { dataAssets }] = await Promise.all([import("./lib/data/load"), import("./lib/views/data-assets")]);
  dataAssets(loadDataset());
}
