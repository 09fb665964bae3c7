"use client";

import { createLoader, createParser, createSerializer, parseAsString, type SingleParserBuilder } from "nuqs";
import { PARAMETERS, type ParameterKey } from "@/lib/scenario/parameters";
import type { ScenarioChoices } from "@/lib/scenario/choices";
import { scenarioDescriptors, type FieldValue, type ScenarioValues } from "@/lib/scenario/descriptors";
import { resolveScenario, type Scenario, type ScenarioIssue } from "@/lib/scenario/scenario";
import { VERSION_PARAM } from "@/lib/scenario/url";
import { COMPARE_PARAM } from "@/lib/views/compare";
import { linkNotices } from "@/lib/views/notices";
import { rememberWrite } from "./url-history";

/** URL writes while a slider is dragged: at most one per this many milliseconds (the state itself updates at once). */
export const URL_THROTTLE_MS = 250;

/**
 * A burst of changes to the same fields (a slider drag, typing) ends once no other comes for this many
 * milliseconds: its first write pushes a history entry and the rest replace it, so each settled change is
 * one entry; a change to other fields always starts a new entry.
 */
export const SETTLE_MS = 500;

/** The calculator's state as the URL holds it: every parameter (null = default), the link's version key and a pinned comparison. */
export type UrlValues = ScenarioValues & { version: string | null; compare: string | null };
export type UrlPatch = Partial<UrlValues>;

type UrlParsers = Record<ParameterKey, SingleParserBuilder<FieldValue>> & { version: SingleParserBuilder<string>; compare: SingleParserBuilder<string> };

/** Each parameter's URL key, then the version's and the pinned comparison's. */
const urlKeys: Record<keyof UrlParsers, string> = {
  ...(Object.fromEntries(PARAMETERS.map((p) => [p.key, p.urlKey])) as Record<ParameterKey, string>),
  version: VERSION_PARAM,
  compare: COMPARE_PARAM,
};

/**
 * The URL codec for a set of choices: one nuqs parser per parameter, made from its descriptor's parse and
 * serialize (lib/scenario/descriptors.ts: the same zod checks the CLI and the API read with), nuqs's loader
 * over them to read a link and its serializer to write the URL. No parser has a default: null stands for
 * "the default", which depends on other fields (the model's prices, the architecture's agent count), so
 * the values written leave defaults out themselves (lib/scenario/url.ts, scenarioFieldValues).
 */
export function urlCodec(choices: ScenarioChoices) {
  let codec = codecs.get(choices);
  if (codec === undefined) {
    const descriptors = scenarioDescriptors(choices);
    // One parser per row of the table, so every key is there.
    const fields = Object.fromEntries(
      PARAMETERS.map((p) => [p.key, createParser<FieldValue>({ parse: descriptors[p.key].parse, serialize: descriptors[p.key].serialize })]),
    ) as Record<ParameterKey, SingleParserBuilder<FieldValue>>;
    const parsers: UrlParsers = { ...fields, version: parseAsString, compare: parseAsString };
    codec = { parsers, load: createLoader(parsers, { urlKeys }), serialize: createSerializer(parsers, { urlKeys }) };
    codecs.set(choices, codec);
  }
  return codec;
}
const codecs = new WeakMap<
  ScenarioChoices,
  { parsers: UrlParsers; load: ReturnType<typeof createLoader<UrlParsers>>; serialize: ReturnType<typeof createSerializer<UrlParsers>> }
>();

/** A link as the calculator opens it: its values (null = default), the scenario they resolve to, the keys it got wrong and what to tell the reader. */
export type Link = { values: UrlValues; scenario: Scenario; invalidKeys: ParameterKey[]; notices: string[] };

/**
 * The last link read. React may render the calculator more than once before it first commits (it
 * renders a suspended tree again to warm its lazy parts), and a useMemo of an uncommitted render is
 * dropped with it; readLink is a pure function of its arguments, so the same link is read once.
 */
let lastRead: { query: string; choices: ScenarioChoices; versionKey: string; link: Link } | null = null;

/**
 * Reads a link's query in one pass: nuqs's loader reads each parameter once with its descriptor (a value
 * that is not one reads as null, the default), the values resolve to the scenario once
 * (resolveScenario), and the notices name every value ignored, every parameter given twice (the first
 * is used) and a link made on other data. A value the link got wrong is read a second time, only to
 * word what was expected. The same link read again (same query, choices and version) is not re-read.
 *
 * @example readLink("tools=abc&decomp=0.8", choices, "e1.1").notices // ['Tools: expected an integer in [0, 64], got "abc". Showing 5 instead.']
 */
export function readLink(query: string, choices: ScenarioChoices, versionKey: string): Link {
  if (lastRead !== null && lastRead.query === query && lastRead.choices === choices && lastRead.versionKey === versionKey) return lastRead.link;
  const link = readLinkOnce(query, choices, versionKey);
  lastRead = { query, choices, versionKey, link };
  return link;
}

function readLinkOnce(query: string, choices: ScenarioChoices, versionKey: string): Link {
  const params = new URLSearchParams(query);
  const loaded = urlCodec(choices).load(params);
  const descriptors = scenarioDescriptors(choices);
  const invalid: ScenarioIssue[] = PARAMETERS.flatMap((p) => {
    const raw = params.get(p.urlKey);
    const read = raw === null || loaded[p.key] !== null ? null : descriptors[p.key].read(raw);
    return read === null || read.ok ? [] : [{ key: p.key, message: read.message }];
  });
  const { scenario, issues } = resolveScenario(loaded, choices);
  const all = [...invalid, ...issues];
  const repeated = PARAMETERS.filter((p) => params.getAll(p.urlKey).length > 1).map((p) => p.key);
  const invalidKeys = all.map((i) => i.key);
  return {
    values: { ...loaded, ...Object.fromEntries(invalidKeys.map((key) => [key, null])) },
    scenario,
    invalidKeys,
    notices: linkNotices(all, scenario, loaded.version, versionKey, repeated),
  };
}

let pending: { patch: UrlPatch; push: boolean; serialize: ReturnType<typeof urlCodec>["serialize"] } | null = null;
let timer: number | null = null;
let lastFlush = -Infinity;

function flush() {
  if (timer !== null) window.clearTimeout(timer);
  timer = null;
  if (pending === null) return;
  const { patch, push, serialize } = pending;
  pending = null;
  lastFlush = performance.now();
  // nuqs's serializer sets each changed key of the URL's query (null deletes it) and keeps the others.
  const query = serialize(new URLSearchParams(window.location.search), patch);
  rememberWrite(new URLSearchParams(query).toString());
  const url = `${window.location.pathname}${query}${window.location.hash}`;
  // Next's router follows pushState/replaceState (its useSearchParams learns the URL); the calculator reads
  // the URL only through CalculatorLoader, which ignores its own writes, so nothing re-renders.
  if (push) window.history.pushState(null, "", url);
  else window.history.replaceState(null, "", url);
}

/** How long after a change its URL write waits at least: past the change's frame and the figures' render. */
export const URL_DELAY_MS = 150;

/**
 * Writes a change to the URL outside the frame that shows it and after the figures it changes: at most one
 * write per URL_THROTTLE_MS, the first URL_DELAY_MS after a change, changes merged, pushing a history entry
 * when any merged change asked for one.
 */
export function writeUrl(patch: UrlPatch, history: "push" | "replace", choices: ScenarioChoices) {
  pending = { patch: { ...pending?.patch, ...patch }, push: (pending?.push ?? false) || history === "push", serialize: urlCodec(choices).serialize };
  if (timer !== null) return;
  timer = window.setTimeout(flush, Math.max(URL_DELAY_MS, lastFlush + URL_THROTTLE_MS - performance.now()));
}

// A click on a link writes a change still waiting first, in the capture phase, before Next's Link handler
// starts its navigation: Next's router follows pushState and replaceState, so a write landing while it
// fetches the next page took it back to this page's URL and the navigation was lost (a change made less
// than URL_DELAY_MS before the click; an e2e test met it after an upload).
if (typeof document !== "undefined")
  document.addEventListener(
    "click",
    (event) => {
      if (pending !== null && event.target instanceof Element && event.target.closest("a[href]") !== null) flush();
    },
    { capture: true },
  );

/** Writes any change still waiting at once (the page is being left). */
export function flushUrl() {
  flush();
}
