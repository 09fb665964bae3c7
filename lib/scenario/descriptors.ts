import type * as z from "zod/mini";
import { enumField, formatUrlNumber, numberField } from "./fields";
import { AUTO_BENCHMARK, NO_BENCHMARK, NO_DESIGN, PARAMETERS, type Parameter, type ParameterKey } from "./parameters";
import { pilotChoices, type ScenarioChoices } from "./choices";
import { pilotsField } from "./pilots";

/*
 * One descriptor per row of the parameters table: the row itself (key, URL key, CLI flag, label,
 * bounds, default) and what reads and writes its value, built once per set of choices (the models,
 * architectures and benchmarks of data/). Everything that reads a scenario field goes through it: the
 * CLI's flags and the API's queries (parseScenario), the page's link (components/calculator/url-state.ts
 * wraps `parse` and `serialize` in nuqs's createParser), and every link written (scenarioQuery).
 */

/**
 * The value that sets an optional number (one with an `unset` meaning) to none where its default is a
 * number: a model that lists a cached-input price, whose user cleared it, writes `p_cached=none`.
 */
export const NONE_VALUE = "none";

/** A parameter's value as a link holds it, read: a number, NONE_VALUE, a choice or the pilots' encoded value. */
export type FieldValue = string | number;

/** Values by parameter key as a URL state holds them (read, or null for "default"); also a change the form asks for (null returns a parameter to its default). */
export type ScenarioValues = Partial<Record<ParameterKey, FieldValue | null>>;

export type ParameterDescriptor = {
  /** The row of the table. */
  parameter: Parameter;
  /** The values a choice parameter takes (fixed, or from data/: models, architectures, benchmarks); null for numbers and pilots. */
  values: readonly string[] | null;
  /** The zod (mini) check of the value's text, with messages like `expected an integer in [1, 64], got "abc"`. */
  schema: z.ZodMiniType<FieldValue, string>;
  /** Reads a text: the value, or what was expected (NONE_VALUE is a value where the row has an `unset` meaning). */
  read(raw: string): { ok: true; value: FieldValue } | { ok: false; message: string };
  /** `read` as nuqs's parsers take it: the value, or null for a text that is not one. */
  parse(raw: string): FieldValue | null;
  /** The text a link writes for a value (numbers to at most 10 decimals); `parse` reads it back to the same value. */
  serialize(value: FieldValue): string;
};

/**
 * The text of a value: numbers as a link writes them, anything else as is.
 *
 * @example serializeField(0.35000000000000003) // "0.35"
 */
export function serializeField(value: FieldValue): string {
  return typeof value === "number" ? formatUrlNumber(value) : value;
}

/** The values a choice parameter takes: its own, or data/'s (a benchmark's `like` also takes auto and none, `architecture` none). */
function choiceValues(p: Extract<Parameter, { kind: "choice" }>, choices: ScenarioChoices): readonly string[] {
  if (p.choices !== null) return p.choices;
  if (p.key === "model") return choices.models;
  if (p.key === "like") return [AUTO_BENCHMARK, NO_BENCHMARK, ...choices.benchmarks];
  return [NO_DESIGN, ...choices.architectures];
}

function descriptor(p: Parameter, choices: ScenarioChoices): ParameterDescriptor {
  const values = p.kind === "choice" ? choiceValues(p, choices) : null;
  if (values !== null && values.length === 0) throw new RangeError(`no choices for ${p.key}`);
  const schema: z.ZodMiniType<FieldValue, string> =
    p.kind === "pilots"
      ? pilotsField(pilotChoices(choices))
      : p.kind === "number"
        ? numberField({ min: p.min, max: p.max, integer: p.integer }, p.unit === "success rate" ? " (a share: 0.5 is 50%)" : "")
        : enumField(values ?? []);
  const acceptsNone = p.kind === "number" && p.unset !== undefined;
  const read = (raw: string): ReturnType<ParameterDescriptor["read"]> => {
    if (acceptsNone && raw === NONE_VALUE) return { ok: true, value: NONE_VALUE };
    const result = schema.safeParse(raw);
    return result.success ? { ok: true, value: result.data } : { ok: false, message: result.error.issues[0]?.message ?? "invalid value" };
  };
  return {
    parameter: p,
    values,
    schema,
    read,
    parse: (raw) => {
      const result = read(raw);
      return result.ok ? result.value : null;
    },
    serialize: serializeField,
  };
}

const built = new WeakMap<ScenarioChoices, Record<ParameterKey, ParameterDescriptor>>();

/**
 * Every parameter's descriptor for a set of choices, by key; built once per choices object.
 *
 * @example scenarioDescriptors(choices).tools.read("12") // { ok: true, value: 12 }
 * @example scenarioDescriptors(choices).maxCost.read("none") // { ok: true, value: "none" }
 * @example scenarioDescriptors(choices).fit.read("v4") // { ok: false, message: 'expected one of architect, paper-v3, paper-v2, got "v4"' }
 */
export function scenarioDescriptors(choices: ScenarioChoices): Record<ParameterKey, ParameterDescriptor> {
  let descriptors = built.get(choices);
  if (descriptors === undefined) {
    // One entry per row of the table, so the record has every key.
    descriptors = Object.fromEntries(PARAMETERS.map((p) => [p.key, descriptor(p, choices)])) as Record<ParameterKey, ParameterDescriptor>;
    built.set(choices, descriptors);
  }
  return descriptors;
}
