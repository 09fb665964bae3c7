import assert from "node:assert/strict";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { runCli } from "../cli/run-cli";
import { loadDataset } from "../data/load";
import { PARAMETERS } from "../scenario/parameters";
import { MCP_TOOLS } from "./server";

/**
 * The server as a client starts it: the package's bin over stdio, through the SDK's own client, from
 * another folder (an MCP client's configuration gives the bin's path, not a working folder).
 */
const client = new Client({ name: "agent-scaling-test", version: "1.0.0" });
const stderr: string[] = [];

before(async () => {
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [path.resolve("bin/agent-scaling-mcp.mjs")],
    cwd: tmpdir(),
    stderr: "pipe",
  });
  transport.stderr?.on("data", (chunk: Buffer) => stderr.push(chunk.toString()));
  await client.connect(transport);
});
after(() => client.close());

const cliJson = (...argv: string[]) => JSON.parse(runCli(argv, () => loadDataset()).stdout);
type ToolResult = { isError?: boolean; structuredContent?: Record<string, unknown>; content: { type: string; text?: string }[] };
const call = async (name: string, args: Record<string, unknown> = {}) => (await client.callTool({ name, arguments: args })) as ToolResult;

describe("the MCP server over stdio", () => {
  test("lists its three tools, each scenario tool's input the share link's keys with their bounds", async () => {
    const { tools } = await client.listTools();
    assert.deepEqual(
      tools.map((t) => t.name),
      [...MCP_TOOLS],
    );
    const predict = tools.find((t) => t.name === "predict_designs");
    const properties = (predict?.inputSchema.properties ?? {}) as Record<string, { minimum?: number; maximum?: number }>;
    assert.deepEqual(Object.keys(properties), [...PARAMETERS.map((p) => p.urlKey), "pilots", "paired"]);
    assert.deepEqual([properties.tools?.minimum, properties.tools?.maximum], [0, 64]);
    assert.ok(predict?.outputSchema !== undefined);
  });

  test("predict_designs gives the CLI's answer, with the decision in a sentence", async () => {
    const result = await call("predict_designs", { tools: 8, decomp: 0.6, pilots: [{ architecture: "single", solved: 12, tasks: 30 }] });
    assert.notEqual(result.isError, true, result.content[0]?.text);
    const { notices, ...answer } = result.structuredContent ?? {};
    assert.deepEqual(notices, []);
    assert.deepEqual(answer, cliJson("predict", "--tools", "8", "--decomposability", "0.6", "--pilot", "single:12/30", "--json"));
    assert.match(result.content[0]?.text ?? "", /^For a task with 8 tools, decomposability 0\.6, GPT-5 mini: .*how sure \d+%\.$/);
    assert.deepEqual(JSON.parse(result.content[1]?.text ?? "null"), result.structuredContent);
  });

  test("plan_pilot gives the CLI's plan", async () => {
    const result = await call("plan_pilot", { tools: 4, value: 1 });
    const { notices: _notices, ...answer } = result.structuredContent ?? {};
    assert.deepEqual(answer, cliJson("plan", "--tools", "4", "--value", "1", "--json"));
    assert.equal(result.content[0]?.text, answer.sentence);
  });

  test("a bad input is a tool error naming each field; the server keeps serving", async () => {
    const typed = await call("predict_designs", { tools: 200, decomp: "half" });
    assert.equal(typed.isError, true);
    assert.match(typed.content[0]?.text ?? "", /tools/);
    assert.match(typed.content[0]?.text ?? "", /decomp/);
    const semantic = await call("predict_designs", { arch: "single", agents: 3 });
    assert.equal(semantic.isError, true);
    assert.equal(semantic.content[0]?.text, "Invalid input (1 field):\n- agents: single takes exactly 1 agent, got 3");
    assert.notEqual((await call("predict_designs", {})).isError, true);
  });

  test("explain_trust gives the trust box's words and figures", { timeout: 120_000 }, async () => {
    const result = await call("explain_trust");
    assert.notEqual(result.isError, true, result.content[0]?.text);
    const answer = result.structuredContent as { trustBox: { title: string }[]; trust: { pilot: { tasks: number } }; decisions: Record<string, unknown> };
    assert.deepEqual(
      answer.trustBox.map((t) => t.title.split(":")[0]),
      [
        "Typical error on a task unlike the stored ones",
        "Recommendations held out, by what they would have cost",
        "A pilot of about 17 tasks measures a design better than any prediction here.",
      ],
    );
    assert.equal(answer.trust.pilot.tasks, 17);
    assert.ok("kimLoboPilot" in answer.decisions);
    assert.ok(!stderr.join("").includes("computing the validation in this thread"), stderr.join(""));
  });
});
