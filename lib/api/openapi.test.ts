import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { Validator } from "@seriousme/openapi-schema-validator";
import { loadDataset } from "../data/load";
import { PARAMETERS } from "../scenario/parameters";
import { scenarioChoices } from "../scenario/choices";
import { openApiDocument } from "./openapi";

const dataset = loadDataset();
const document = openApiDocument(scenarioChoices(dataset), dataset.version);

describe("the OpenAPI document", () => {
  test("is a valid OpenAPI 3.1 document (the official schema, by @seriousme/openapi-schema-validator)", async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(document));
    assert.deepEqual(result.errors ?? [], []);
    assert.equal(result.valid, true);
    assert.equal(validator.version, "3.1");
  });

  test("a broken document fails the same check (the check can fail)", async () => {
    const broken = structuredClone(document) as Record<string, unknown>;
    delete broken.info;
    assert.equal((await new Validator().validate(broken)).valid, false);
  });

  test("lists every parameter of the table as a query parameter, with its bounds, and the body's extra fields", () => {
    const get = document.paths["/api/v1/predict"].get;
    assert.deepEqual(
      get.parameters.map((p) => p.name),
      [...PARAMETERS.map((p) => p.urlKey), "v"],
    );
    const tools = get.parameters.find((p) => p.name === "tools");
    assert.deepEqual(tools?.schema, { type: "integer", minimum: 0, maximum: 64 });
    const value = get.parameters.find((p) => p.name === "value");
    assert.deepEqual(value?.schema, { anyOf: [{ type: "number", minimum: 0, maximum: 1000000 }, { type: "null" }] });
    const body = document.components.schemas.ScenarioInput as { properties: Record<string, unknown>; additionalProperties: boolean };
    assert.equal(body.additionalProperties, false);
    assert.ok("pilots" in body.properties && "paired" in body.properties);
    const model = body.properties.model as { enum: string[] };
    assert.ok(model.enum.includes("gpt-5-mini"));
  });
});
