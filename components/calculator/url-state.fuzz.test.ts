import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { isParserBijective } from "nuqs/testing";
import { loadDataset } from "@/lib/data/load";
import { fuzzSettings } from "@/lib/fuzz-settings";
import { PARAMETERS } from "@/lib/scenario/parameters";
import { scenarioChoices } from "@/lib/scenario/choices";
import { scenarioFieldValues, scenarioQuery } from "@/lib/scenario/url";
import { fieldValue, scenarioArbitrary } from "@/test-support/scenario-arbitraries";
import { readLink, urlCodec } from "./url-state";

const choices = scenarioChoices(loadDataset());
const { parsers, serialize } = urlCodec(choices);

test("fuzz: every parameter's nuqs parser is bijective on its valid values (nuqs's own check)", () => {
  const anyValid = fc.oneof(...PARAMETERS.map((p) => fc.record({ key: fc.constant(p.key), value: fieldValue(p, choices) })));
  fc.assert(
    fc.property(anyValid, ({ key, value }) => {
      // Throws, naming both, when serialize or parse disagrees.
      assert.equal(isParserBijective(parsers[key], parsers[key].serialize(value), value), true);
    }),
    fuzzSettings(2000),
  );
});

test("fuzz: any valid scenario -> the URL nuqs writes -> the same scenario, with no notice; the URL holds the share link's values", () => {
  fc.assert(
    fc.property(scenarioArbitrary(choices), (scenario) => {
      const query = serialize({ ...scenarioFieldValues(scenario, choices), version: "abc.1", compare: null });
      const link = readLink(query, choices, "abc.1");
      assert.deepEqual(link.notices, [], query);
      assert.deepEqual(link.scenario, scenario, query);
      assert.deepEqual([...new URLSearchParams(query)], [...new URLSearchParams(scenarioQuery(scenario, choices, "abc.1"))]);
    }),
    fuzzSettings(300),
  );
});
