#!/usr/bin/env node
// The MCP server's command (package.json "bin"): TypeScript through tsx's loader, then scripts/mcp.ts.
import { register } from "tsx/esm/api";

register();
await import("../scripts/mcp.ts");
