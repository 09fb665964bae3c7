/**
 * Runs once when the server starts: loads and validates data/, fits the models and computes the
 * held-out track record, so the first visitor does not wait for them (about a second).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ loadDataset }, { cachedModels }, { cachedReliability }] = await Promise.all([
    import("./lib/data/load"),
    import("./lib/model/serving/fit-models"),
    import("./lib/model/validation/track-record"),
  ]);
  const dataset = loadDataset();
  cachedModels(dataset);
  cachedReliability(dataset);
}
