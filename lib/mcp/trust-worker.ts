import { parentPort } from "node:worker_threads";
import { loadDataset } from "../data/load";
import { cachedValidationAnswer } from "../views/exports-validation";

/* The MCP server's worker: computes the validation answer (about 15 s of held-out fits, or a file another process computed: computedOnce) off the main thread. */
parentPort?.postMessage(cachedValidationAnswer(loadDataset()));
