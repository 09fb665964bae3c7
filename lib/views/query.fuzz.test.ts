import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { loadDataset } from "../data/load";
import { fuzzSettings } from "../fuzz-settings";
import { AUTO_BENCHMARK, NO_BENCHMARK, NO_DESIGN, parameter, PARAMETERS } from "../scenario/parameters";
import { MAX_VALUE_LENGTH } from "../scenario/fields";
import { parseScenario } from "../scenario/scenario";
import { agentRange, scenarioChoices } from "../scenario/choices";
import { scenarioStringsFromSearch, VERSION_PARAM } from "../scenario/url";
import { linkNotices } from "./notices";

const choices = scenarioChoices(loadDataset());
const URL_KEYS = [...PARAMETERS.map((p) => p.urlKey), VERSION_PARAM];

/** Values a hostile or broken link may carry: numbers and near-numbers, ids, pilots-like strings, any text, very long text. */
const valueArbitrary = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme", maxLength: 80 }),
  fc.double().map(String),
  fc.integer().map(String),
  fc.constantFrom(
    "",
    " ",
    "NaN",
    "Infinity",
    "-0",
    "1e309",
    "0x10",
    "1_0",
    "٣",
    "<script>alert(1)</script>",
    "1_single.1.3.10",
    "1_hybrid.99.1.2_paired",
    "__proto__",
    "constructor",
  ),
  fc.constantFrom(...choices.models, ...choices.architectures, ...choices.benchmarks),
  fc.string({ minLength: MAX_VALUE_LENGTH - 2, maxLength: 4 * MAX_VALUE_LENGTH }),
  fc.nat({ max: 20_000 }).map((n) => "9".repeat(n)),
);

/** A page's search parameters: known and unknown keys, single values or repeated ones. */
const searchArbitrary = fc.dictionary(
  fc.oneof(fc.constantFrom(...URL_KEYS), fc.string({ maxLength: 12 })),
  fc.oneof(valueArbitrary, fc.array(valueArbitrary, { minLength: 1, maxLength: 3 })),
  {
    maxKeys: 30,
  },
);

test("fuzz: any string map as a query gives a valid scenario and one notice per ignored value, never a throw", () => {
  fc.assert(
    fc.property(searchArbitrary, (search) => {
      const { strings, version, repeated } = scenarioStringsFromSearch(search);
      const { scenario, issues } = parseScenario(strings, choices);
      const notices = linkNotices(issues, scenario, version, "current.1", repeated);
      for (const p of PARAMETERS) {
        const value: unknown = scenario[p.key];
        if (p.kind === "number" && value !== null) {
          const [min, max] = p.key === "agents" ? agentRange(scenario.architecture, parameter("agents").max) : [p.min, p.max];
          assert.ok(typeof value === "number" && Number.isFinite(value) && value >= min && value <= max, `${p.key}: ${String(value)}`);
          if (p.integer) assert.ok(Number.isInteger(value), `${p.key}: ${value}`);
        }
        const allowed: readonly string[] | null = p.kind === "choice" ? p.choices : null;
        if (allowed !== null) assert.ok(allowed.includes(String(value)), `${p.key}: ${String(value)}`);
      }
      assert.ok(choices.models.includes(scenario.model) && (scenario.architecture === NO_DESIGN || choices.architectures.includes(scenario.architecture)));
      assert.ok(scenario.like === AUTO_BENCHMARK || scenario.like === NO_BENCHMARK || choices.benchmarks.includes(scenario.like));
      assert.ok(notices.length >= issues.length);
      for (const notice of notices) assert.ok(notice.length < 1000, `a notice of ${notice.length} characters`);
      for (const issue of issues) assert.ok(typeof strings[issue.key] === "string", `an issue for ${issue.key}, which the link did not give`);
    }),
    fuzzSettings(500),
  );
});
