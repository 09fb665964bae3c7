import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { loadDataset } from "../lib/data/load";
import { createMcpServer } from "../lib/mcp/server";
import { trustInWorker } from "../lib/mcp/trust-answer";

/*
 * The MCP server over stdio (`npm run -s mcp`, or the package's bin agent-scaling-mcp): stdout carries
 * the protocol only; anything else goes to stderr.
 */
const dataset = loadDataset();
const server = createMcpServer(dataset, trustInWorker(dataset));
await server.connect(new StdioServerTransport());
process.stderr.write(`agent-scaling-mcp: ready on stdio (data ${dataset.version}); tools predict_designs, plan_pilot, explain_trust\n`);
