import { Worker } from "node:worker_threads";
import type { Dataset } from "../data/dataset";
import { cachedValidationAnswer, type ValidationAnswer } from "../views/exports-validation";

/**
 * The validation answer, computed in a worker thread started now, so the server answers the other tools
 * while the held-out harnesses run (about 15 s on two cores); explain_trust waits for it. Where a worker
 * cannot start (no TypeScript loader), it is computed on the main thread at the first call.
 */
export function trustInWorker(dataset: Dataset): () => Promise<ValidationAnswer> {
  let answer: Promise<ValidationAnswer>;
  try {
    // The worker registers tsx's loader first (as the bin script does), then imports the TypeScript entry.
    const tsx = JSON.stringify(import.meta.resolve("tsx/esm/api"));
    const entry = JSON.stringify(new URL("./trust-worker.ts", import.meta.url).href);
    const worker = new Worker(`import(${tsx}).then(({ register }) => { register(); return import(${entry}); })`, { eval: true });
    answer = new Promise<ValidationAnswer>((resolve, reject) => {
      worker.once("message", (value: ValidationAnswer) => {
        resolve(value);
        void worker.terminate();
      });
      worker.once("error", reject);
      worker.once("exit", (code) => reject(new Error(`the validation worker exited with status ${code}`)));
    }).catch((error: unknown) => {
      process.stderr.write(`agent-scaling-mcp: computing the validation in this thread (${error instanceof Error ? error.message : String(error)})\n`);
      return cachedValidationAnswer(dataset);
    });
  } catch (error) {
    process.stderr.write(`agent-scaling-mcp: no worker (${error instanceof Error ? error.message : String(error)}); validation at the first call\n`);
    answer = Promise.resolve().then(() => cachedValidationAnswer(dataset));
  }
  return () => answer;
}
