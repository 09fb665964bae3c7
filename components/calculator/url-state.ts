"use client";

import { createParser, parseAsString, throttle, useQueryStates } from "nuqs";
import { useMemo } from "react";
import { PARAMETERS, type ParameterKey } from "@/lib/scenario/parameters";
import { parameterSchema, type ScenarioChoices } from "@/lib/scenario/scenario";
import { formatUrlNumber, VERSION_PARAM } from "@/lib/scenario/url";
import { COMPARE_PARAM } from "@/lib/views/compare";

/** URL writes while a slider is dragged: at most one per this many milliseconds (the state itself updates at once). */
export const URL_THROTTLE_MS = 250;

/**
 * A burst of changes to the same fields (a slider drag, typing) ends once no other comes for this many
 * milliseconds: its first write pushes a history entry and the rest replace it, so each settled change is
 * one entry; a change to other fields always starts a new entry.
 */
export const SETTLE_MS = 500;

/**
 * nuqs parsers for every scenario parameter, built from the parameters table and validated by the same
 * zod schemas the server page and the CLI use: a value that fails reads as null (its default).
 */
function scenarioParsers(choices: ScenarioChoices) {
  const parsers = Object.fromEntries(
    PARAMETERS.map((p) => [
      p.key,
      createParser<string | number>({
        parse: (value) => {
          const result = parameterSchema(p, choices).safeParse(value);
          return result.success ? result.data : null;
        },
        serialize: (value) => (typeof value === "number" ? formatUrlNumber(value) : value),
      }),
    ]),
  ) as Record<ParameterKey, ReturnType<typeof createParser<string | number>>>;
  return { ...parsers, version: parseAsString, compare: parseAsString };
}

/** The scenario's URL state: values by parameter key (null = default) and the link's version key. */
export function useScenarioUrl(choices: ScenarioChoices) {
  const parsers = useMemo(() => scenarioParsers(choices), [choices]);
  const urlKeys = useMemo(() => ({ ...Object.fromEntries(PARAMETERS.map((p) => [p.key, p.urlKey])), version: VERSION_PARAM, compare: COMPARE_PARAM }), []);
  // Writes replace the entry unless the caller asks to push (the first write of a burst: see SETTLE_MS).
  return useQueryStates(parsers, { urlKeys, history: "replace", limitUrlUpdates: throttle(URL_THROTTLE_MS) });
}
