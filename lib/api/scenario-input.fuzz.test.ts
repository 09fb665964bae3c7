import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { loadDataset } from "../data/load";
import { fuzzSettings } from "../fuzz-settings";
import { PARAMETERS } from "../scenario/parameters";
import { scenarioDescriptors } from "../scenario/descriptors";
import { scenarioChoices } from "../scenario/choices";
import { scenarioInputSchema } from "./scenario-input";

const choices = scenarioChoices(loadDataset());
const shape = scenarioInputSchema(choices).shape;

test("the published schema accepts a JSON value exactly when the page's field schema accepts it as text", () => {
  const numbers = PARAMETERS.filter((p) => p.kind === "number");
  const edges = numbers.flatMap((p) => [
    p.min,
    p.max,
    p.min - 1e-9,
    p.max + 1e-9,
    p.min - 1,
    p.max + 1,
    (p.min + p.max) / 2,
    Math.floor((p.min + p.max) / 2) + 0.5,
  ]);
  const value = fc.oneof(
    fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e7, max: 1e9 }),
    fc.integer({ min: -100, max: 2000 }),
    fc.constantFrom(...edges),
    fc.double({ min: 0, max: 1, noNaN: true }),
  );
  fc.assert(
    fc.property(fc.constantFrom(...numbers), value, (p, x) => {
      const published = shape[p.urlKey]?.safeParse(x).success;
      const page = scenarioDescriptors(choices)[p.key].schema.safeParse(String(x)).success;
      assert.equal(published, page, `${p.urlKey}=${x}`);
    }),
    fuzzSettings(2000),
  );
});

test("the published schema accepts a choice exactly when the page's field schema does", () => {
  const options = PARAMETERS.filter((p) => p.kind === "choice");
  const word = fc.oneof(fc.string({ maxLength: 70 }), fc.constantFrom(...options.flatMap((p) => scenarioDescriptors(choices)[p.key].values ?? [])));
  fc.assert(
    fc.property(fc.constantFrom(...options), word, (p, w) => {
      assert.equal(shape[p.urlKey]?.safeParse(w).success, scenarioDescriptors(choices)[p.key].schema.safeParse(w).success, `${p.urlKey}=${JSON.stringify(w)}`);
    }),
    fuzzSettings(1000),
  );
});
