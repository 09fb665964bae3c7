import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { loadDataset } from "../data/load";
import { fuzzSettings } from "../fuzz-settings";
import { parseScenario } from "./scenario";
import { scenarioChoices } from "./choices";
import { scenarioQuery, scenarioStringsFromSearch } from "./url";
import { scenarioArbitrary } from "../../test-support/scenario-arbitraries";

const choices = scenarioChoices(loadDataset());

test("fuzz: any valid scenario -> share link -> the same scenario, with no notice", () => {
  fc.assert(
    fc.property(scenarioArbitrary(choices), (scenario) => {
      const query = scenarioQuery(scenario, choices, "abc.1");
      const { strings, version, repeated } = scenarioStringsFromSearch(Object.fromEntries(new URLSearchParams(query)));
      const { scenario: back, issues } = parseScenario(strings, choices);
      assert.deepEqual(issues, [], query);
      assert.deepEqual(back, scenario, query);
      assert.equal(version, "abc.1");
      assert.deepEqual(repeated, []);
    }),
    fuzzSettings(300),
  );
});
