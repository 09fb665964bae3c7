import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { expect, test } from "./fixtures";
import { plannerSettled } from "./calculator-helpers";

/**
 * One answer everywhere: the same scenarios asked of the page (its JSON export and the figures it shows),
 * the command line, the API (GET and POST) and the MCP server (the SDK's client over stdio) give the same
 * figures, every one of them.
 */
const SCENARIOS = [
  { name: "the defaults", query: "", flags: [], body: {} },
  {
    name: "paired pilots",
    query: "tools=4&pilot=2_single.1.12.30_centralized.4.20.30_paired",
    flags: ["--tools", "4", "--pilot", "single:12/30", "--pilot", "centralized:4:20/30", "--paired"],
    body: {
      tools: 4,
      pilots: [
        { architecture: "single", solved: 12, tasks: 30 },
        { architecture: "centralized", agents: 4, solved: 20, tasks: 30 },
      ],
      paired: true,
    },
  },
  {
    name: "a budget and a volume",
    query: "max_cost=0.03&tasks_day=500",
    flags: ["--max-cost", "0.03", "--tasks-per-day", "500"],
    body: { max_cost: 0.03, tasks_day: 500 },
  },
  {
    name: "a value per solved task",
    query: "tools=8&decomp=0.6&value=2",
    flags: ["--tools", "8", "--decomposability", "0.6", "--value", "2"],
    body: { tools: 8, decomp: 0.6, value: 2 },
  },
];

function cli(command: "predict" | "plan", flags: readonly string[]) {
  // The bundled CLI, as `npm run cli` runs it: the fits (and the validation) kept on disk, read here.
  const result = spawnSync(process.execPath, ["scripts/cli.mjs", command, ...flags, "--json"], { encoding: "utf8" });
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout);
}

const percent = (x: number) => `${Math.round(x * 100)}%`;

let mcp: Client;
test.beforeAll(async () => {
  mcp = new Client({ name: "one-answer", version: "1.0.0" });
  await mcp.connect(new StdioClientTransport({ command: process.execPath, args: ["bin/agent-scaling-mcp.mjs"], stderr: "ignore" }));
});
test.afterAll(async () => {
  await mcp.close();
});

test.describe("one answer everywhere: the page, the CLI, the API and the MCP server", () => {
  for (const s of SCENARIOS) {
    test(`${s.name}`, async ({ page, request }) => {
      test.setTimeout(120_000);
      const predict = cli("predict", s.flags);
      const plan = cli("plan", s.flags);

      // The API: GET with the link's query, POST with the fields as JSON.
      const get = await (await request.get(`/api/v1/predict?${s.query}`)).json();
      const post = await (await request.post("/api/v1/predict", { data: s.body })).json();
      for (const answer of [get, post]) {
        const { notices, ...figures } = answer;
        expect(notices).toEqual([]);
        expect(figures).toEqual(predict);
      }
      const { notices: _n, ...planGet } = await (await request.get(`/api/v1/plan?${s.query}`)).json();
      const { notices: _p, ...planPost } = await (await request.post("/api/v1/plan", { data: s.body })).json();
      expect(planGet).toEqual(plan);
      expect(planPost).toEqual(plan);

      // The MCP server.
      const tool = (await mcp.callTool({ name: "predict_designs", arguments: s.body })) as { structuredContent?: Record<string, unknown> };
      const { notices: _m, ...fromMcp } = tool.structuredContent ?? {};
      expect(fromMcp).toEqual(predict);
      const planned = (await mcp.callTool({ name: "plan_pilot", arguments: s.body })) as { structuredContent?: Record<string, unknown> };
      const { notices: _q, ...planFromMcp } = planned.structuredContent ?? {};
      expect(planFromMcp).toEqual(plan);

      // The page: its JSON export holds every figure it computed, and the figures it shows are those.
      await page.goto(`/?${s.query}`);
      await plannerSettled(page);
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-json").click()]);
      const { format: _f, exportedAt: _e, link: _l, plan: pagePlan, ...fromPage } = JSON.parse(readFileSync(await download.path(), "utf8"));
      expect(fromPage).toEqual(predict);
      expect(pagePlan).toEqual(plan);
      const r = predict.recommendation;
      const design = predict.predictions.find((p: { architecture: string; agents: number }) => p.architecture === r.architecture && p.agents === r.agents);
      await expect(page.getByTestId("how-sure")).toContainText(`How sure: ${percent(r.chance)}`);
      await expect(page.getByTestId("recommended-success")).toContainText(
        `Predicted success ${percent(design.successRate)} (90% interval ${percent(design.interval[0])}-${percent(design.interval[1])})`,
      );
      const rows = page.getByTestId("designs").locator("tbody tr");
      await expect(rows).toHaveCount(predict.predictions.length);
      for (const [i, p] of predict.predictions.entries()) {
        await expect(rows.nth(i).locator("td").first()).toHaveText(`${percent(p.successRate)} (${percent(p.interval[0])}-${percent(p.interval[1])})`);
      }
      expect(page.url()).toContain(s.query);
    });
  }
});
