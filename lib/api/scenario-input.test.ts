import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { loadDataset } from "../data/load";
import { scenarioChoices } from "../scenario/choices";
import { bodyStrings, queryStrings, scenarioOf } from "./scenario-input";

const choices = scenarioChoices(loadDataset());

describe("a GET query", () => {
  test("reads the link's keys into the scenario strings, and the version apart", () => {
    const read = queryStrings(new URLSearchParams("tools=8&decomp=0.6&value=2&v=abc.1&compare=tools%3D3"));
    assert.deepEqual(read, { ok: true, strings: { tools: "8", decomposability: "0.6", valuePerSuccess: "2" }, version: "abc.1" });
  });

  test("names an unknown key and a key given twice, each once", () => {
    const read = queryStrings(new URLSearchParams("tool=8&decomp=0.6&decomp=0.7"));
    assert.equal(read.ok, false);
    assert.deepEqual(read.ok ? [] : read.errors.map((e) => e.field), ["tool", "decomp"]);
    assert.match(read.ok ? "" : (read.errors[0]?.detail ?? ""), /unknown field "tool"; the fields are tools, decomp/);
  });

  test("a bad value is an error naming its link key with the page's message, where the page would show a notice", () => {
    const read = queryStrings(new URLSearchParams("tools=abc&decomp=2&arch=single&agents=3"));
    assert.ok(read.ok);
    const scenario = scenarioOf(read.strings, choices);
    assert.equal(scenario.ok, false);
    assert.deepEqual(scenario.ok ? [] : scenario.errors, [
      { field: "tools", detail: 'expected an integer in [0, 64], got "abc"' },
      { field: "decomp", detail: 'expected a number in [0, 1], got "2"' },
      { field: "agents", detail: "single takes exactly 1 agent, got 3" },
    ]);
  });
});

describe("a POST body", () => {
  test("takes JSON numbers, null for an unset number, and choices", () => {
    const read = bodyStrings({ tools: 8, decomp: 0.35, p_cached: null, model: "gpt-5", fit: "paper-v3" }, choices);
    assert.deepEqual(read, { ok: true, strings: { tools: "8", decomposability: "0.35", priceCached: "none", model: "gpt-5", fit: "paper-v3" }, version: null });
  });

  test("takes pilots as objects, paired, and writes them as the link's pilot value", () => {
    const read = bodyStrings(
      {
        pilots: [
          { architecture: "single", solved: 12, tasks: 30 },
          { architecture: "centralized", agents: 4, solved: 15, tasks: 30 },
        ],
        paired: true,
      },
      choices,
    );
    assert.ok(read.ok);
    assert.equal(read.strings.pilots, "2_single.1.12.30_centralized.4.15.30_paired");
    const scenario = scenarioOf(read.strings, choices);
    assert.ok(scenario.ok);
    assert.equal(scenario.scenario.pilots.length, 2);
  });

  test("names every invalid field at once: a wrong type, a value out of range, an unknown key, a bad pilot", () => {
    const read = bodyStrings({ tools: "8", decomp: 1.5, model: "gpt-9", colour: "blue", pilots: [{ architecture: "single", solved: 40, tasks: 30 }] }, choices);
    assert.equal(read.ok, false);
    const errors = read.ok ? [] : read.errors;
    assert.deepEqual(errors.map((e) => e.field).sort(), ["colour", "decomp", "model", "tools"]);
    // The pilot's solved > tasks is checked by the CLI's pilot reader once the types pass.
    const pilot = bodyStrings({ pilots: [{ architecture: "single", solved: 40, tasks: 30 }] }, choices);
    assert.deepEqual(pilot.ok ? [] : pilot.errors.map((e) => e.field), ["pilots"]);
    assert.match(pilot.ok ? "" : (pilot.errors[0]?.detail ?? ""), /pilot 1: solved/);
  });

  test("refuses a body that is not an object, pilots given twice, and paired without pilots", () => {
    for (const body of [null, [], 3, "tools=8"])
      assert.deepEqual(bodyStrings(body, choices), { ok: false, errors: [{ field: "body", detail: "expected a JSON object of scenario fields" }] });
    assert.deepEqual(bodyStrings({ pilot: "2_single.1.12.30", pilots: [{ architecture: "single", solved: 1, tasks: 2 }] }, choices).ok, false);
    assert.deepEqual(bodyStrings({ paired: true }, choices), { ok: false, errors: [{ field: "paired", detail: 'needs two or more "pilots"' }] });
  });
});
