import type { Worker } from "node:worker_threads";
import type { Dataset } from "../data/dataset";
import { cachedValidationAnswer, type ValidationAnswer } from "../views/exports-validation";

/**
 * The validation answer, computed in a worker thread started now (`startWorker`: one that posts
 * cachedValidationAnswer once), so the server answers the other tools while the held-out harnesses run
 * (about 15 s on two cores, or a read of the disk cache); explain_trust waits for it. Where a worker
 * cannot start or fails, it is computed on the main thread at the first call.
 */
export function trustInWorker(dataset: Dataset, startWorker: () => Worker): () => Promise<ValidationAnswer> {
  let answer: Promise<ValidationAnswer>;
  try {
    const worker = startWorker();
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
