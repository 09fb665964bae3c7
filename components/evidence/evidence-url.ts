"use client";

import { createParser, useQueryStates } from "nuqs";
import { useMemo } from "react";
import { FILTER_URL_KEYS, parseSelectFilter, parseSuccessOnly, type EvidenceFilterOptions, type SelectFilterKey } from "@/lib/views/evidence-filters";

/**
 * nuqs parsers of the runs table's filters, validated by the same functions the server page uses: a
 * value that is not one of the page's choices reads as null ("all").
 */
function evidenceParsers(options: EvidenceFilterOptions) {
  const select = (key: SelectFilterKey) => createParser<string>({ parse: (value) => parseSelectFilter(key, value, options), serialize: (value) => value });
  return {
    study: select("study"),
    benchmark: select("benchmark"),
    model: select("model"),
    architecture: select("architecture"),
    successOnly: createParser<boolean>({ parse: parseSuccessOnly, serialize: String }).withDefault(false),
  };
}

/** The runs table's filters in the URL (filters at "all" are left out), e.g. ?study=mass-2502.02533&arch=independent. */
export function useEvidenceFilters(options: EvidenceFilterOptions) {
  const parsers = useMemo(() => evidenceParsers(options), [options]);
  return useQueryStates(parsers, { urlKeys: FILTER_URL_KEYS, history: "replace" });
}
