#!/usr/bin/env node
// The MCP server's command (package.json "bin", `npm run mcp`): scripts/mcp.ts bundled (scripts/bundle.mjs),
// built first when a source changed. It runs in the project's folder, whatever folder the MCP client
// starts it in: data/ and the disk cache are found there.
import { fileURLToPath } from "node:url";

process.chdir(fileURLToPath(new URL("..", import.meta.url)));
const { ensureBundle, runBundle } = await import("../scripts/bundle.mjs");
runBundle(await ensureBundle("mcp"), "mcp");
