import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { loadDataset } from "@/lib/data/load";
import { scenarioChoices } from "@/lib/scenario/choices";
import { parseScenario, scenarioParseCount } from "@/lib/scenario/scenario";
import { scenarioStringsFromSearch } from "@/lib/scenario/url";
import { linkNotices } from "@/lib/views/notices";
import { readLink, urlCodec } from "./url-state";

const choices = scenarioChoices(loadDataset());
const VERSION = "abc.1";

/** A link read as the CLI and the API read one: its strings (a repeated key's first value) parsed as one scenario, worded by linkNotices. */
function parsedWhole(query: string) {
  const params = new URLSearchParams(query);
  const { strings, version, repeated } = scenarioStringsFromSearch(Object.fromEntries([...new Set(params.keys())].map((k) => [k, params.getAll(k)])));
  const { scenario, issues } = parseScenario(strings, choices);
  return { scenario, notices: linkNotices(issues, scenario, version, VERSION, repeated) };
}

const LINKS = [
  "tools=7&model=gpt-5",
  "tools=abc&agents=1e309&arch=<script>&decomp=0.8",
  `tools=${"9".repeat(5000)}&model=${"x".repeat(300)}`,
  "min_success=50&tools=6&tools=9",
  "arch=single&agents=3",
  "pilot=1_single.1.12.30&baseline=0.5&model=gpt-5",
  "pilot=2*gpt-5-mini_single.1.17.30_centralized.4.25.30_paired&model=gpt-5-nano",
  "pilot=3_single.1.1.2",
  "model=gpt-5&p_cached=none&p_in=none",
  "tools=7&v=0123456789ab.0&compare=tools%3D9",
];

describe("readLink", () => {
  for (const query of LINKS) {
    test(`reads ?${query.slice(0, 60)} once, with the scenario and notices the whole-scenario parse gives`, () => {
      const before = scenarioParseCount();
      const link = readLink(query, choices, VERSION);
      assert.equal(scenarioParseCount() - before, 1, "one scenario parsed");
      const whole = parsedWhole(query);
      assert.deepEqual(link.scenario, whole.scenario);
      assert.deepEqual(link.notices, whole.notices);
      // The keys it got wrong are cleared from the values as from the URL.
      for (const key of link.invalidKeys) assert.equal(link.values[key], null);
    });
  }

  test("reads the same link once, however often React renders the calculator before it commits", () => {
    const query = "tools=11&decomp=0.45";
    const before = scenarioParseCount();
    const first = readLink(query, choices, VERSION);
    assert.equal(readLink(query, choices, VERSION), first);
    assert.equal(scenarioParseCount() - before, 1);
    assert.notEqual(readLink("tools=12", choices, VERSION), first);
  });

  test("keeps the version and the pinned comparison", () => {
    const { values } = readLink("tools=7&v=0123456789ab.0&compare=tools%3D9", choices, VERSION);
    assert.deepEqual([values.tools, values.version, values.compare], [7, "0123456789ab.0", "tools=9"]);
  });

  test("opens p_cached=none with no cached-input price, as the CLI and the API read it", () => {
    const { values, scenario } = readLink("model=gpt-5&p_cached=none", choices, VERSION);
    assert.equal(values.priceCached, "none");
    assert.equal(scenario.priceCached, null);
  });
});

describe("the URL writer", () => {
  test("writes a patch over the URL's query with nuqs's serializer: changed keys set, null deleted, the rest kept", () => {
    const query = urlCodec(choices).serialize(new URLSearchParams("tools=7&decomp=0.6&compare=defaults"), {
      tools: 8,
      decomposability: null,
      pilots: "2*gpt-5-mini_single.1.12.30",
      version: VERSION,
    });
    assert.deepEqual(
      [...new URLSearchParams(query)],
      [
        ["tools", "8"],
        ["compare", "defaults"],
        ["pilot", "2*gpt-5-mini_single.1.12.30"],
        ["v", VERSION],
      ],
    );
  });
});
