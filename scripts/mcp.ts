import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { createMcpServer } from "../lib/mcp/server";
import { trustInWorker } from "../lib/mcp/trust-answer";
import { servedDataset } from "../lib/model/serving/served-dataset";
import { cachedValidationAnswer } from "../lib/views/exports-validation";

/*
 * The MCP server over stdio (`npm run -s mcp`, or the package's bin agent-scaling-mcp), run bundled
 * (scripts/bundle.mjs, through scripts/mcp.mjs): the parsed data, fits and validation come from the disk
 * cache. Stdout carries the protocol only; anything else goes to stderr. The same bundle is the worker
 * thread that computes the validation answer (workerData.role "trust"), so no TypeScript loader is needed
 * in either.
 */
const TRUST_ROLE = "trust";

if (!isMainThread && (workerData as { role?: string } | null)?.role === TRUST_ROLE) {
  parentPort?.postMessage(cachedValidationAnswer(servedDataset()));
} else {
  const dataset = servedDataset();
  // __filename: the bundle itself (scripts/bundle.mjs runs it as a CommonJS module).
  const server = createMcpServer(
    dataset,
    trustInWorker(dataset, () => new Worker(__filename, { workerData: { role: TRUST_ROLE } })),
  );
  // No top-level await: the bundle is a CommonJS script.
  void server.connect(new StdioServerTransport()).then(() => {
    process.stderr.write(`agent-scaling-mcp: ready on stdio (data ${dataset.version}); tools predict_designs, plan_pilot, explain_trust\n`);
  });
}
