import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { loadDataset } from "../data/load";
import { fuzzSettings } from "../fuzz-settings";
import { linkNotices } from "../views/notices";
import { PARAMETERS } from "./parameters";
import { scenarioChoices } from "./choices";
import { scenarioDescriptors } from "./descriptors";
import { MAX_VALUE_LENGTH } from "./fields";
import { parseScenario, scenarioDefaults } from "./scenario";
import { fieldValue } from "../../test-support/scenario-arbitraries";

const choices = scenarioChoices(loadDataset());
const descriptors = scenarioDescriptors(choices);

/** Every row of the table with a valid value of it (drawn by its kind: number, choice, pilots). */
const anyValid = fc.oneof(...PARAMETERS.map((p) => fc.record({ key: fc.constant(p.key), value: fieldValue(p, choices) })));

test("fuzz: every descriptor writes any valid value as a text that reads back as that value", () => {
  fc.assert(
    fc.property(anyValid, ({ key, value }) => {
      const d = descriptors[key];
      const text = d.serialize(value);
      assert.deepEqual(d.read(text), { ok: true, value }, `${key}=${text}`);
      assert.equal(d.parse(text), value);
      // The zod check agrees (NONE_VALUE is the descriptor's, not the number schema's).
      if (value !== "none" || d.parameter.kind !== "number") assert.equal(d.schema.safeParse(text).success, true);
    }),
    fuzzSettings(2000),
  );
});

/** Texts a link or a flag may carry: anything, number-like texts, near-valid values, over-long values. */
const anyText = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.string({ unit: "binary", maxLength: 20 }),
  fc.double().map(String),
  fc.integer({ min: -1000, max: 200_000_000 }).map(String),
  fc.constantFrom("", "none", " 5", "5 ", "0x10", "1e3", "Infinity", "NaN", "-0", "2_", "2*gpt-5-mini_single.1.1", "1_single.1.12.30"),
  anyValid.chain(({ value }) => fc.constantFrom(`${value}x`, `-${value}`, `${value}`.toUpperCase())),
  fc.string({ minLength: MAX_VALUE_LENGTH + 1, maxLength: MAX_VALUE_LENGTH + 40 }),
);

test("fuzz: any text either reads as a value or gives a message, which the link's notice words under the field's label", () => {
  fc.assert(
    fc.property(fc.constantFrom(...PARAMETERS), anyText, (p, text) => {
      const read = descriptors[p.key].read(text);
      const { scenario, issues } = parseScenario({ [p.key]: text }, choices);
      // Every issue is this field's: one text never costs another field its value.
      assert.ok(
        issues.every((i) => i.key === p.key),
        JSON.stringify(issues),
      );
      if (read.ok) return;
      assert.ok(read.message.startsWith("expected ") || read.message.startsWith("pilot ") || read.message.startsWith("the pilots'"), read.message);
      assert.deepEqual(issues, [{ key: p.key, message: read.message }]);
      const notices = linkNotices(issues, scenario, null, "v");
      assert.equal(notices.length, 1);
      assert.ok(notices[0]?.startsWith(`${p.label}: ${read.message}. Showing `), notices[0]);
      // The field falls back to its default.
      const defaults = scenarioDefaults(scenario.model, scenario.architecture, choices);
      if (p.kind !== "pilots") assert.deepEqual(scenario[p.key], defaults[p.key]);
    }),
    fuzzSettings(3000),
  );
});
