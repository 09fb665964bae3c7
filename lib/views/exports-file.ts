import * as z from "zod/mini";
import type { PlanAnswer, PredictAnswer } from "./exports-json";

/** What a scenario file says it is. */
export const SCENARIO_FILE_FORMAT = "agent-scaling-calculator/scenario";

/** The largest scenario file read, in bytes (an export with 12 pilots is under 20 kB). */
export const MAX_SCENARIO_FILE_BYTES = 1_000_000;

/** Longest query a file may carry: what the server reads in a link (64 kB headers, README "Serving"). */
const MAX_QUERY_LENGTH = 60_000;

/**
 * The "Scenario (JSON)" export: the answer every interface gives (the scenario, every design's figures,
 * the recommendation, `query`), the plan, the full link and when it was saved.
 */
export function scenarioFile(answer: PredictAnswer, plan: PlanAnswer | null, link: string, exportedAt: string) {
  return { format: SCENARIO_FILE_FORMAT, exportedAt, link, ...answer, plan };
}

/**
 * What opening a file reads: its `query` (the share link's query string), a string starting with "?".
 * The rest of the file is not read: the page recomputes every figure from the query, which then goes
 * through the link's own checks. Any JSON answer of the calculator has a query (the export, the API's,
 * the MCP tools', predict --json).
 */
const ScenarioFileSchema = z.looseObject({
  query: z.string().check(z.maxLength(MAX_QUERY_LENGTH, `"query" is over ${MAX_QUERY_LENGTH} characters`), z.startsWith("?", `"query" must start with "?"`)),
});

/**
 * Reads a scenario file's text: the share link's query it carries, or why it cannot be opened (not JSON,
 * no query). The query's values are not checked here: opening it as a link checks each, with the link's
 * notices.
 *
 * @example readScenarioFile('{"query":"?tools=8&v=abc.1"}') // { ok: true, query: "?tools=8&v=abc.1" }
 */
export function readScenarioFile(text: string): { ok: true; query: string } | { ok: false; message: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `This file is not JSON (${error instanceof Error ? error.message : String(error)}): open a file saved with Scenario (JSON).` };
  }
  const read = ScenarioFileSchema.safeParse(json);
  if (read.success) return { ok: true, query: read.data.query };
  const issue = read.error.issues[0];
  const missing = issue === undefined || issue.path.length === 0 || issue.code === "invalid_type";
  return {
    ok: false,
    message: missing
      ? 'This JSON has no "query" (the share link\'s query): open a file saved with Scenario (JSON), or an answer of the API or predict --json.'
      : `This file cannot be opened: ${issue.message}.`,
  };
}
