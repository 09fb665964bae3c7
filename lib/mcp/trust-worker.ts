import { parentPort } from "node:worker_threads";
import { loadDataset } from "../data/load";
import { validationAnswer } from "../views/exports-validation";

/* The MCP server's worker: computes the validation answer (about 15 s of held-out fits) off the main thread. */
parentPort?.postMessage(validationAnswer(loadDataset()));
