import { z } from "zod";
import { PARAMETERS } from "../scenario/parameters";
import type { ScenarioChoices } from "../scenario/choices";
import { PlanAnswerSchema, PredictAnswerSchema, ProblemSchema, ValidationAnswerSchema } from "./answer-schemas";
import { MAX_AGE_SECONDS, MAX_BODY_BYTES, PROBLEMS } from "./http";
import { scenarioInputSchema } from "./scenario-input";

/*
 * The OpenAPI 3.1 document of /api/v1, generated from the zod schemas the API validates with and answers
 * by (z.toJSONSchema: JSON Schema 2020-12, OpenAPI 3.1's dialect). The choices (models, architectures,
 * benchmarks) come from the stored data, so the document is built per data version.
 */

/** A zod schema as an OpenAPI 3.1 schema object: JSON Schema 2020-12 without its $schema line. */
export function openApiSchema(schema: z.ZodType, io: "input" | "output" = "output"): Record<string, unknown> {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { target: "draft-2020-12", io, unrepresentable: "any" });
  return rest;
}

const json = (ref: string) => ({ "application/json": { schema: { $ref: `#/components/schemas/${ref}` } } });
const problemContent = { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } };
const cors = { "Access-Control-Allow-Origin": { description: "*: any origin may read the API", schema: { type: "string" } } };
const etag = { ETag: { description: "of the data version and the scenario as parsed; send it back as If-None-Match", schema: { type: "string" } }, ...cors };

/** The responses every scenario endpoint shares: invalid input, unsupported media type, body too large. */
function errorResponses(post: boolean) {
  return {
    "400": {
      description: `${PROBLEMS["invalid-input"].title}: every invalid field is named in errors${post ? "; or the body is not valid JSON" : ""}`,
      content: problemContent,
      headers: cors,
    },
    ...(post
      ? {
          "413": { description: `The body is over ${MAX_BODY_BYTES} bytes`, content: problemContent, headers: cors },
          "415": { description: "The body is not application/json", content: problemContent, headers: cors },
        }
      : {}),
  };
}

/** The OpenAPI document of the API, for a dataset's choices. `dataVersion` goes in the info block. */
export function openApiDocument(choices: ScenarioChoices, dataVersion: string) {
  const input = scenarioInputSchema(choices);
  const inputSchema = openApiSchema(input, "input") as { properties: Record<string, Record<string, unknown>> };
  // GET takes the link's keys only (pilots as the link's value); POST adds pilots as objects and paired.
  const parameters = PARAMETERS.map((p) => {
    const schema = inputSchema.properties[p.urlKey] ?? {};
    const { description, ...rest } = schema;
    return { name: p.urlKey, in: "query", required: false, description, schema: rest };
  });
  const scenarioOperation = (endpoint: "predict" | "plan") => {
    const answer = endpoint === "predict" ? "PredictAnswer" : "PlanAnswer";
    const summary = endpoint === "predict" ? "Predict every design and recommend one" : "Plan the pilot that would settle the call";
    const description =
      endpoint === "predict"
        ? "Every architecture at its measured agent count (and your design) with its predicted success, 90% interval, cost, chance of beating the single agent, and the recommendation with how sure it is: the calculator's figures for the scenario."
        : "Which pilot to run next (which multi-agent design, on how many tasks), judged by the recommendation's own rule: the calculator's planner. The architect's model only (fit=architect).";
    return {
      get: {
        operationId: `${endpoint}Get`,
        summary,
        description: `${description} The query is the share link's: copy a link's query string. Values out of range, unknown keys and keys given twice are errors naming each; null is written none.`,
        parameters: [
          ...parameters,
          {
            name: "v",
            in: "query",
            required: false,
            description: "the data and model version a link was made with: another version adds a notice, never an error",
            schema: { type: "string" },
          },
        ],
        responses: {
          "200": {
            description: `The answer; fresh for ${MAX_AGE_SECONDS} s, then revalidated by its ETag`,
            content: json(answer),
            headers: { ...etag, "Cache-Control": { schema: { type: "string" } } },
          },
          "304": { description: "Not modified: the If-None-Match matched", headers: etag },
          ...errorResponses(false),
        },
      },
      post: {
        operationId: `${endpoint}Post`,
        summary,
        description: `${description} The body holds the same fields as the query, as JSON values, plus pilots as objects.`,
        requestBody: { required: true, content: json("ScenarioInput") },
        responses: { "200": { description: "The answer (not cached)", content: json(answer), headers: cors }, ...errorResponses(true) },
      },
      options: { operationId: `${endpoint}Preflight`, summary: "CORS preflight", responses: { "204": { description: "The CORS headers", headers: cors } } },
    };
  };
  return {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: {
      title: "Agent Scaling Calculator API",
      version: "1.0.0",
      summary: "Predict what one agent or several would achieve on your task, and what it costs.",
      description: `The calculator's figures as JSON: the same functions the page, the command line and the MCP server call, so they give one answer. Data version ${dataVersion}. Errors are problem details (RFC 9457). Every response allows any origin (CORS).`,
      license: { name: "MIT", identifier: "MIT" },
    },
    servers: [{ url: "/", description: "this server" }],
    paths: {
      "/api/v1/predict": scenarioOperation("predict"),
      "/api/v1/plan": scenarioOperation("plan"),
      "/api/v1/validation": {
        get: {
          operationId: "validation",
          summary: "How far to trust the predictions",
          description:
            "The trust box's figures (held-out error, calls, the pilot that measures better) and the decision table of /methodology: computed once per data version.",
          responses: {
            "200": { description: "The figures", content: json("ValidationAnswer"), headers: etag },
            "304": { description: "Not modified", headers: etag },
          },
        },
      },
      "/api/v1/openapi.json": {
        get: {
          operationId: "openapi",
          summary: "This document",
          responses: { "200": { description: "The OpenAPI 3.1 document", content: { "application/json": { schema: { type: "object" } } }, headers: cors } },
        },
      },
    },
    components: {
      schemas: {
        ScenarioInput: inputSchema,
        PredictAnswer: openApiSchema(PredictAnswerSchema),
        PlanAnswer: openApiSchema(PlanAnswerSchema),
        ValidationAnswer: openApiSchema(ValidationAnswerSchema),
        Problem: openApiSchema(ProblemSchema),
      },
    },
  };
}
