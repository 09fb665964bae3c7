"use client";

import { PARAMETERS } from "@/lib/scenario/parameters";
import { scenarioDescriptors, type ScenarioValues } from "@/lib/scenario/descriptors";
import { formatUrlNumber } from "@/lib/scenario/fields";
import type { ScenarioChoices } from "@/lib/scenario/choices";
import { VERSION_PARAM } from "@/lib/scenario/url";
import { COMPARE_PARAM } from "@/lib/views/compare";

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

const urlKeys = new Map<string, string>([...PARAMETERS.map((p) => [p.key, p.urlKey] as const), ["version", VERSION_PARAM], ["compare", COMPARE_PARAM]]);

/** A query as a record of strings, repeated keys as arrays (the shape of a page's searchParams). */
export function searchRecord(params: URLSearchParams): Record<string, string | string[]> {
  const record: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key);
    record[key] = all.length === 1 ? (all[0] ?? "") : all;
  }
  return record;
}

/**
 * The calculator's values in a query, each parameter read by its descriptor, as the CLI and the API read it:
 * a value that fails reads as null (its default), as an absent one does.
 */
export function readUrlValues(params: URLSearchParams, choices: ScenarioChoices): UrlValues {
  const values: UrlValues = { version: params.get(VERSION_PARAM), compare: params.get(COMPARE_PARAM) };
  const descriptors = scenarioDescriptors(choices);
  for (const p of PARAMETERS) {
    const raw = params.get(p.urlKey);
    values[p.key] = raw === null ? null : descriptors[p.key].parse(raw);
  }
  return values;
}

/** The queries this page wrote (the last 50), so the URL reader tells its own writes from Back, Forward and links. */
const written: string[] = [];
let popped = false;
if (typeof window !== "undefined") window.addEventListener("popstate", () => (popped = true));

/**
 * True when `query` (the URL's, as URLSearchParams writes it) did not come from this page's own writes, or
 * came back by Back or Forward: the calculator then takes its values from the URL.
 */
export function isExternalQuery(query: string): boolean {
  const external = popped || !written.includes(query);
  popped = false;
  return external;
}

let pending: { patch: UrlPatch; push: boolean } | null = null;
let timer: number | null = null;
let lastFlush = -Infinity;

function flush() {
  if (timer !== null) window.clearTimeout(timer);
  timer = null;
  if (pending === null) return;
  const { patch, push } = pending;
  pending = null;
  lastFlush = performance.now();
  const params = new URLSearchParams(window.location.search);
  for (const [key, value] of Object.entries(patch)) {
    const urlKey = urlKeys.get(key);
    if (urlKey === undefined) continue;
    if (value === null || value === undefined) params.delete(urlKey);
    else params.set(urlKey, typeof value === "number" ? formatUrlNumber(value) : value);
  }
  const query = params.toString();
  written.push(query);
  if (written.length > 50) written.shift();
  const url = `${window.location.pathname}${query === "" ? "" : `?${query}`}${window.location.hash}`;
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
export function writeUrl(patch: UrlPatch, history: "push" | "replace") {
  pending = { patch: { ...pending?.patch, ...patch }, push: (pending?.push ?? false) || history === "push" };
  if (timer !== null) return;
  timer = window.setTimeout(flush, Math.max(URL_DELAY_MS, lastFlush + URL_THROTTLE_MS - performance.now()));
}

/** Writes any change still waiting at once (the page is being left). */
export function flushUrl() {
  flush();
}

