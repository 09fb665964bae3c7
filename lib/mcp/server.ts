import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { z } from "zod";
import type { Dataset } from "../data/dataset";
import { PlanAnswerSchema, PredictAnswerSchema, ValidationAnswerSchema } from "../api/answer-schemas";
import { apiContext, endpointAnswer, endpointScenario, type ApiContext, type ScenarioEndpoint } from "../api/endpoints";
import { bodyStrings, scenarioInputSchema, type FieldError } from "../api/scenario-input";
import type { ValidationAnswer } from "../views/exports-validation";
import { decisionSummary } from "../views/exports-summary";
import { counted } from "../format/words";

/*
 * The Model Context Protocol server (README, "MCP server"): three tools over the API's own functions, so
 * an orchestrator asking "should this task get sub-agents?" gets the page's figures. Their input schemas
 * are the API's zod schema (the SDK publishes it with z.toJSONSchema), their outputs the API's answers.
 */

/** The tools, in the order a client lists them. */
export const MCP_TOOLS = ["predict_designs", "plan_pilot", "explain_trust"] as const;

const SCENARIO_HELP =
  "Describe the task by its tool count (tools) and decomposability (decomp, 0 sequential to 1 fully parallel), optionally the model (model), pilots you ran (pilots: [{architecture, agents?, solved, tasks}], paired), what a solved task is worth in USD (value), a budget per task (max_cost) or a success floor (min_success). Every field is optional; the names are the calculator's share-link keys, so a link's values can be passed as they are.";

/** Field errors as the tool's error text: each field and what is wrong. */
function invalidResult(errors: readonly FieldError[]): CallToolResult {
  return {
    isError: true,
    content: [{ type: "text", text: `Invalid input (${counted(errors.length, "field")}):\n${errors.map((e) => `- ${e.field}: ${e.detail}`).join("\n")}` }],
  };
}

/** A scenario tool's answer: the API's answer as structured content, with a sentence and the same JSON as text for clients that read text only. */
function scenarioResult(endpoint: ScenarioEndpoint, context: ApiContext, args: unknown): CallToolResult {
  const read = endpointScenario(endpoint, context, bodyStrings(args, context.catalog.choices));
  if (!read.ok) return invalidResult(read.errors);
  const answer = endpointAnswer(endpoint, context, read.scenario);
  const lead =
    endpoint === "predict" ? decisionSummary(context.models, context.catalog, read.scenario).description : "sentence" in answer ? answer.sentence : "";
  return {
    content: [
      { type: "text", text: lead },
      { type: "text", text: JSON.stringify(answer) },
    ],
    structuredContent: answer,
  };
}

/**
 * The MCP server for a dataset. `trust` gives the validation answer (held-out harnesses: seconds to
 * compute, so the entry script computes it in a worker from the start); the models are fitted at the
 * first scenario call (about a second).
 */
export function createMcpServer(dataset: Dataset, trust: () => Promise<ValidationAnswer>, version = "1.0.0"): McpServer {
  const server = new McpServer(
    { name: "agent-scaling-calculator", title: "Agent Scaling Calculator", version },
    {
      instructions:
        "Predicts what one LLM agent or several (independent, centralized, decentralized, hybrid) would achieve on a task, and what it costs, from measured runs; recommends a design with how sure it is.",
    },
  );
  let context: ApiContext | null = null;
  const contextOf = () => (context ??= apiContext(dataset));
  const input = scenarioInputSchema(apiContext(dataset).catalog.choices);
  const scenarioTool = (name: string, endpoint: ScenarioEndpoint, title: string, description: string) =>
    server.registerTool(
      name,
      {
        title,
        description: `${description} ${SCENARIO_HELP}`,
        inputSchema: input,
        outputSchema: endpoint === "predict" ? PredictAnswerSchema : PlanAnswerSchema,
        annotations: { readOnlyHint: true, openWorldHint: false },
      },
      (args) => scenarioResult(endpoint, contextOf(), args),
    );
  scenarioTool(
    "predict_designs",
    "predict",
    "Predict agent designs",
    'Should this task get sub-agents? Predicts the success rate (with a 90% interval) and cost per task of a single agent and of each multi-agent architecture at its measured agent count, and recommends one with "how sure" (recommendation.chance): the Agent Scaling Calculator\'s figures.',
  );
  scenarioTool(
    "plan_pilot",
    "plan",
    "Plan a pilot",
    "Which pilot to run next to settle the single-vs-multi-agent call: which multi-agent design, on how many of your own tasks, with the single agent alongside or not, and its cost; judged by the recommendation's own rule against the confidence target (confidence, default 0.9). The calculator's planner (the architect's model only).",
  );
  server.registerTool(
    "explain_trust",
    {
      title: "How far to trust the predictions",
      description:
        "How well the predictions and recommendations did on benchmarks and studies held out of the fit: the typical error, how often the single-vs-multi call was right, the regret of the decision rules, and how large a pilot measures a design better than any prediction. No input.",
      inputSchema: z.object({}).strict(),
      outputSchema: ValidationAnswerSchema,
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    async () => {
      const answer = await trust();
      return {
        content: [
          { type: "text", text: answer.trustBox.map((item) => `${item.title}\n${item.text}`).join("\n\n") },
          { type: "text", text: JSON.stringify(answer) },
        ],
        structuredContent: answer,
      };
    },
  );
  return server;
}
