import type { TableRow } from "../views/validation-rows";
import { planAnswer, predictAnswer } from "../views/exports-json";
import { apiContext, getScenario, type ApiContext } from "./endpoints";
import { MAX_AGE_SECONDS, MAX_BODY_BYTES, PROBLEMS } from "./http";
import { openApiDocument } from "./openapi";
import { bodyStrings, scenarioOf } from "./scenario-input";
import { countText } from "../format/words";

/*
 * What the /api page shows, as plain data: the endpoints and parameters read from the OpenAPI document,
 * and worked examples whose outputs are computed by the API's own functions when the page is built, so
 * the page never shows a figure the API would not give.
 */

/** Where the examples say the calculator runs. */
export const EXAMPLE_BASE = "http://localhost:3000";

/** A JSON Schema in a few words: "integer 0-64", "one of …", "number 0-1 or null". */
function schemaText(schema: Record<string, unknown>): string {
  if (Array.isArray(schema.anyOf)) return (schema.anyOf as Record<string, unknown>[]).map(schemaText).join(" or ");
  if (Array.isArray(schema.enum)) {
    const values = schema.enum as string[];
    return values.length > 8 ? `one of ${values.length} ids (${values.slice(0, 3).join(", ")}, …)` : `one of ${values.join(", ")}`;
  }
  const range = typeof schema.minimum === "number" && typeof schema.maximum === "number" ? ` ${countText(schema.minimum)}-${countText(schema.maximum)}` : "";
  const length = typeof schema.maxLength === "number" ? ` (at most ${schema.maxLength} characters)` : "";
  return `${String(schema.type ?? "value")}${range}${length}`;
}

const pretty = (x: unknown) => JSON.stringify(x, null, 2);

/** The /api page's data. */
export function apiDocsView(context: ApiContext = apiContext()) {
  const { models, catalog } = context;
  const document = openApiDocument(catalog.choices, models.dataVersion);
  const getQuery = "tools=8&decomp=0.6&value=2";
  const byQuery = getScenario("predict", new Request(`${EXAMPLE_BASE}/api/v1/predict?${getQuery}`), context);
  const answer = predictAnswer(models, catalog, scenarioFor({ tools: 8, decomp: 0.6, value: 2 }, context));
  const body = {
    tools: 4,
    decomp: 0.5,
    pilots: [
      { architecture: "single", solved: 12, tasks: 30 },
      { architecture: "centralized", agents: 4, solved: 20, tasks: 30 },
    ],
    paired: true,
  };
  const plan = planAnswer(models, catalog, scenarioFor(body, context));
  const bad = getScenario("predict", new Request(`${EXAMPLE_BASE}/api/v1/predict?tools=abc&decomp=2&colour=blue`), context);
  const badValues = getScenario("predict", new Request(`${EXAMPLE_BASE}/api/v1/predict?tools=abc&decomp=2`), context);
  const r = answer.recommendation;
  return {
    dataVersion: models.dataVersion,
    versionKey: models.versionKey,
    title: document.info.title,
    endpoints: Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.entries(operations)
        .filter(([method]) => method !== "options")
        .map(([method, op]): TableRow => ({ label: `${method.toUpperCase()} ${path}`, cells: [(op as { summary: string }).summary] })),
    ),
    parameters: document.paths["/api/v1/predict"].get.parameters.map((p): TableRow => ({
      label: p.name,
      cells: [schemaText(p.schema as Record<string, unknown>), String(p.description ?? "")],
    })),
    problems: Object.entries(PROBLEMS).map(([type, p]) => ({ id: `problem-${type}`, type, status: p.status, title: p.title })),
    limits: { maxBodyBytes: MAX_BODY_BYTES, maxAgeSeconds: MAX_AGE_SECONDS },
    examples: {
      get: {
        command: `curl -s '${EXAMPLE_BASE}/api/v1/predict?${getQuery}' | jq '.recommendation | {architecture, agents, rule, chance, why}'`,
        output: pretty({ architecture: r.architecture, agents: r.agents, rule: r.rule, chance: r.chance, why: r.why }),
        etag: byQuery.headers.get("etag") ?? "",
        prediction: pretty(answer.predictions.find((p) => p.architecture === r.architecture && p.agents === r.agents)),
      },
      post: {
        command: `curl -s -X POST ${EXAMPLE_BASE}/api/v1/plan -H 'Content-Type: application/json' \\\n  -d '${JSON.stringify(body)}' | jq '{sentence, now, choice}'`,
        output: pretty({ sentence: plan.sentence, now: plan.now, choice: plan.choice }),
      },
      problem: { command: `curl -s '${EXAMPLE_BASE}/api/v1/predict?tools=abc&decomp=2'`, status: badValues.status, unknownStatus: bad.status },
    },
    openApiExcerpt: pretty({ name: "tools", in: "query", schema: document.paths["/api/v1/predict"].get.parameters.find((p) => p.name === "tools")?.schema }),
  };
}

/** The example's scenario, read as a POST body is. */
function scenarioFor(body: Record<string, unknown>, context: ApiContext) {
  const read = bodyStrings(body, context.catalog.choices);
  if (!read.ok) throw new Error(`the /api page's example is invalid: ${JSON.stringify(read.errors)}`);
  const parsed = scenarioOf(read.strings, context.catalog.choices);
  if (!parsed.ok) throw new Error(`the /api page's example is invalid: ${JSON.stringify(parsed.errors)}`);
  return parsed.scenario;
}

/** The problem body of the bad example, read from the API's own response. */
export async function problemExample(context: ApiContext = apiContext()): Promise<string> {
  const response = getScenario("predict", new Request(`${EXAMPLE_BASE}/api/v1/predict?tools=abc&decomp=2`), context);
  return pretty(await response.json());
}

/** The MCP client configuration block: the server started by node from the repository's bin. */
export function mcpConfigBlock(repository = "/path/to/agent-scaling-calculator"): string {
  return pretty({ mcpServers: { "agent-scaling-calculator": { command: "node", args: [`${repository}/bin/agent-scaling-mcp.mjs`] } } });
}
