import type { Dataset } from "../data/dataset";
import { loadDataset } from "../data/load";
import { cachedModels } from "../model/serving/fit-models";
import type { FittedModels } from "../model/choose/fitted-models";
import { processCached } from "../process-cache";
import type { Scenario } from "../scenario/scenario";
import { scenarioQuery } from "../scenario/url";
import { calculatorCatalog, type CalculatorCatalog } from "../views/catalog";
import { planAnswer, predictAnswer } from "../views/exports-json";
import { cachedJson, entityTag, problem, readJsonBody, uncachedJson } from "./http";
import { bodyStrings, queryStrings, scenarioOf, type FieldError } from "./scenario-input";
import { counted } from "../format/words";

/** The API's revision: part of every ETag, so a change of what the API answers never serves a stale 304. */
export const API_REVISION = "1";

/** What every answer is computed from: the stored data's fitted models and the calculator's catalog. */
export type ApiContext = { models: FittedModels; catalog: CalculatorCatalog };

/** The context of the stored data, fitted once per data version per process. */
export function apiContext(dataset: Dataset = loadDataset()): ApiContext {
  return { models: cachedModels(dataset), catalog: processCached("catalog", dataset.version, () => calculatorCatalog(dataset)) };
}

/** The scenario endpoints. */
export const SCENARIO_ENDPOINTS = ["predict", "plan"] as const;
export type ScenarioEndpoint = (typeof SCENARIO_ENDPOINTS)[number];

/**
 * A notice beside the answer: a link made on other data or another model revision is answered from the
 * current one, as the page does.
 */
function versionNotices(version: string | null, current: string): string[] {
  return version === null || version === current
    ? []
    : [
        `The link was made with data and model version ${version.slice(0, 40)}; this answer comes from version ${current} and may differ from what its author saw.`,
      ];
}

/** Whether an endpoint can answer a scenario: the planner fuses pilots with the architect's model only. */
function endpointErrors(endpoint: ScenarioEndpoint, scenario: Scenario): FieldError[] {
  return endpoint === "plan" && scenario.fit !== "architect"
    ? [{ field: "fit", detail: `the planner fuses pilots with the architect's model only, got "${scenario.fit}"` }]
    : [];
}

/**
 * An endpoint's scenario from checked strings, parsed by the page's own field schemas; errors name each
 * field.
 */
export function endpointScenario(
  endpoint: ScenarioEndpoint,
  context: ApiContext,
  read: ReturnType<typeof queryStrings>,
): { ok: true; scenario: Scenario; version: string | null } | { ok: false; errors: FieldError[] } {
  if (!read.ok) return read;
  const parsed = scenarioOf(read.strings, context.catalog.choices);
  if (!parsed.ok) return parsed;
  const errors = endpointErrors(endpoint, parsed.scenario);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, scenario: parsed.scenario, version: read.version };
}

/** The answer every interface gives for a scenario, with any notices (a link of another data version). */
export function endpointAnswer(endpoint: ScenarioEndpoint, context: ApiContext, scenario: Scenario, version: string | null = null) {
  const answer = endpoint === "predict" ? predictAnswer(context.models, context.catalog, scenario) : planAnswer(context.models, context.catalog, scenario);
  return { ...answer, notices: versionNotices(version, context.models.versionKey) };
}

const invalid = (errors: readonly FieldError[], instance: string) =>
  problem("invalid-input", `${counted(errors.length, "invalid field")}: ${errors.map((e) => e.field).join(", ")}.`, instance, errors);

/**
 * GET /api/v1/{endpoint}?{the link's query}: the answer, cacheable, with an ETag of the data version and
 * the scenario as parsed (two queries meaning the same scenario share it); 304, before any prediction,
 * when the client has it.
 */
export function getScenario(endpoint: ScenarioEndpoint, request: Request, context: ApiContext = apiContext()): Response {
  const url = new URL(request.url);
  const read = endpointScenario(endpoint, context, queryStrings(url.searchParams));
  if (!read.ok) return invalid(read.errors, url.pathname);
  const etag = entityTag([
    API_REVISION,
    context.models.versionKey,
    endpoint,
    scenarioQuery(read.scenario, context.catalog.choices, context.models.versionKey),
    read.version ?? "",
  ]);
  return cachedJson(request, etag, () => endpointAnswer(endpoint, context, read.scenario, read.version));
}

/** POST /api/v1/{endpoint} with a JSON body of scenario fields: the same answer, not cached. */
export async function postScenario(endpoint: ScenarioEndpoint, request: Request, context: ApiContext = apiContext()): Promise<Response> {
  const instance = new URL(request.url).pathname;
  const body = await readJsonBody(request);
  if (!body.ok) return body.response;
  const read = endpointScenario(endpoint, context, bodyStrings(body.body, context.catalog.choices));
  return read.ok ? uncachedJson(endpointAnswer(endpoint, context, read.scenario)) : invalid(read.errors, instance);
}
