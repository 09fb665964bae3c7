import type { FittedModels } from "../model/choose/fitted-models";
import { parseScenario, type Scenario } from "../scenario/scenario";
import type { ScenarioChoices } from "../scenario/choices";
import { PARAMETERS } from "../scenario/parameters";
import { scenarioStringsFromSearch } from "../scenario/url";
import { formatUsd, wholePercent } from "../format/numbers";
import { counted, plural } from "../format/words";
import type { CalculatorCatalog } from "./catalog";
import { COMPARE_PARAM } from "./compare";
import { decisionSummary, PRODUCT_NAME, type DecisionSummary } from "./exports-summary";
import { seriesStyle } from "./palette";

/*
 * A scenario link as a link-preview bot sees it (README, "Link previews"): the words of its <title>,
 * description and Open Graph / Twitter tags, and the card image's content, all from decisionSummary, so
 * the preview says what the page says. The link is read by the page's own parsers (scenarioStringsFromSearch,
 * parseScenario): a bad value is ignored, as the page ignores it, and counted.
 */

/** What a preview is computed from: the served models and the calculator's catalog. */
export type PreviewContext = { models: FittedModels; catalog: Pick<CalculatorCatalog, "architectures" | "evidenceBenchmarks" | "models" | "choices"> };

/** Where the card image is served (app/preview.png/route.tsx), with the page's query. */
export const PREVIEW_IMAGE_PATH = "/preview.png";

/** The card URL's key for the data and model version its figures come from (a share link's own version key). */
export const PREVIEW_VERSION_KEY = "v";

/** The card's size in pixels: the 1.91:1 of Open Graph's large image and Twitter's summary_large_image. */
export const PREVIEW_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/** A link as the preview reads it. */
export type PreviewLink = {
  scenario: Scenario;
  /** Values the page ignores with a notice: a value its field rejects, or a parameter given again. */
  ignored: number;
  /** The link's usable scenario values (first of each, invalid ones left out), by key, then its comparison: "decomp=0.6&tools=8". */
  canonicalQuery: string;
  /** The scenario values as given (each key's every value, invalid ones included, by key), the card's query: "decomp=0.6&tools=abc". */
  imageQuery: string;
  /** True when the link changes nothing a preview shows (no scenario value, no comparison): the default page serves as is. */
  plain: boolean;
};

const PARAMETER_BY_URL_KEY: ReadonlyMap<string, string> = new Map(PARAMETERS.map((p) => [p.urlKey, p.key]));

/** The scenario parameter a link key names, or null for any other key (the version, utm_source, ...). */
function parameterOf(urlKey: string): string | null {
  return PARAMETER_BY_URL_KEY.get(urlKey) ?? null;
}

/**
 * Reads a link's query (without "?") as the page does: its scenario, how many values it ignores, and the
 * normalized queries of its canonical URL and its card. Unknown keys are left out, as the page ignores them.
 *
 * @example readPreviewLink("tools=8&utm_source=chat&tools=9&decomp=abc", choices).canonicalQuery // "tools=8"
 * @example readPreviewLink("tools=8&utm_source=chat&tools=9&decomp=abc", choices).ignored // 2
 */
export function readPreviewLink(search: string, choices: ScenarioChoices): PreviewLink {
  const given = new Map<string, string[]>();
  for (const [key, value] of new URLSearchParams(search)) given.set(key, [...(given.get(key) ?? []), value]);
  // Object.fromEntries defines own properties, so a key such as "__proto__" is a plain key here.
  const { strings, repeated } = scenarioStringsFromSearch(Object.fromEntries(given));
  const { scenario, issues } = parseScenario(strings, choices);
  const invalid = new Set<string>(issues.map((i) => i.key));
  const ignored = issues.length + repeated.filter((key) => !invalid.has(key)).length;
  const canonical = new URLSearchParams();
  const image = new URLSearchParams();
  for (const [key, values] of [...given].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const parameter = parameterOf(key);
    if (parameter === null) continue;
    for (const value of values) image.append(key, value);
    if (!invalid.has(parameter)) canonical.append(key, values[0] ?? "");
  }
  const compare = given.get(COMPARE_PARAM)?.[0];
  const plain = canonical.size === 0 && ignored === 0 && compare === undefined;
  if (compare !== undefined) canonical.append(COMPARE_PARAM, compare);
  return { scenario, ignored, canonicalQuery: canonical.toString(), imageQuery: image.toString(), plain };
}

/**
 * The sentence saying a link's values were ignored, or null when none was.
 *
 * @example ignoredNotice(1) // "1 value in the link was ignored; the defaults stand in."
 */
export function ignoredNotice(ignored: number): string | null {
  return ignored === 0 ? null : `${counted(ignored, "value")} in the link ${plural(ignored, "was", "were")} ignored; the defaults stand in.`;
}

/** One architecture's bar on the card: its success with the 90% interval, in its chart colour. */
export type CardBar = { label: string; successRate: number; interval: [number, number]; value: string; colour: string; recommended: boolean };

/** What the card image shows, as words and figures (components/preview/preview-card.tsx draws it). */
export type PreviewCard = {
  /** "Build: Hybrid, 4 agents" or "Not shown better: build the single agent". */
  headline: string;
  /** The headline in two parts, as the card sets them: "Build" over "Hybrid, 4 agents"; "Not shown better" over "Build the single agent". */
  kicker: string;
  design: string;
  /** The recommended design's figures: success, its interval, cost per task, how sure. */
  figures: { success: string; interval: string; cost: string; sure: string };
  /** "8 tools, decomposability 0.6, GPT-5 mini". */
  task: string;
  bars: CardBar[];
  notice: string | null;
  /** The data and model version the figures come from. */
  version: string;
  /** The image's text alternative (og:image:alt). */
  alt: string;
};

/**
 * The card of a link: the decision, its figures, one bar per architecture at its measured agent count
 * (decisionSummary's bars, in the charts' colours) and the ignored-values notice. `summary` when the
 * caller has the link's decision summary already.
 *
 * @example previewCard({ models, catalog }, { scenario: defaults, ignored: 2 }).notice // "2 values in the link were ignored; the defaults stand in."
 */
export function previewCard(
  context: PreviewContext,
  link: Pick<PreviewLink, "scenario" | "ignored">,
  summary: DecisionSummary = decisionSummary(context.models, context.catalog, link.scenario),
): PreviewCard {
  const f = summary.figures;
  const figures = {
    success: `${wholePercent(f.successRate)} success`,
    interval: `90% interval ${Math.round(f.interval[0] * 100)}-${wholePercent(f.interval[1])}`,
    cost: `${formatUsd(f.costUsd)} per task`,
    sure: `how sure ${wholePercent(f.chance)}`,
  };
  const bars = summary.bars.map((b) => ({
    label: b.architecture === "single" ? b.label : `${b.label}, ${counted(b.agents, "agent")}`,
    successRate: b.successRate,
    interval: b.interval,
    value: wholePercent(b.successRate),
    colour: seriesStyle(b.architecture).light,
    recommended: b.recommended,
  }));
  const alt = `${summary.headline}: ${figures.success} (${figures.interval}), ${figures.cost}, ${figures.sure}. Predicted success by architecture: ${bars.map((b) => `${b.label} ${b.value}`).join(", ")}.`;
  return {
    headline: summary.headline,
    ...splitHeadline(summary.headline),
    figures,
    task: summary.task,
    bars,
    notice: ignoredNotice(link.ignored),
    version: context.models.versionKey,
    alt,
  };
}

/** The head of a scenario's page as a link preview reads it: every URL absolute. */
export type PreviewMeta = {
  title: string;
  description: string;
  canonicalUrl: string;
  siteName: string;
  image: { url: string; width: number; height: number; alt: string };
};

/**
 * A link's preview tags: decisionSummary's title and description (with the ignored-values notice), the
 * canonical URL (the link's usable values), and its card image, whose URL carries the data version, so a
 * card can be cached for good. `site` is the public origin (siteUrl()).
 *
 * @example previewMeta({ models, catalog }, readPreviewLink("tools=8&utm_source=chat", choices), "https://x.org").canonicalUrl // "https://x.org/?tools=8"
 */
export function previewMeta(context: PreviewContext, link: PreviewLink, site: string): PreviewMeta {
  const summary = decisionSummary(context.models, context.catalog, link.scenario);
  const notice = ignoredNotice(link.ignored);
  const imageQuery = new URLSearchParams(link.imageQuery);
  imageQuery.set(PREVIEW_VERSION_KEY, context.models.versionKey);
  return {
    title: summary.title,
    description: notice === null ? summary.description : `${summary.description} ${notice}`,
    canonicalUrl: `${site}/${link.canonicalQuery === "" ? "" : `?${link.canonicalQuery}`}`,
    siteName: PRODUCT_NAME,
    image: { url: `${site}${PREVIEW_IMAGE_PATH}?${imageQuery.toString()}`, ...PREVIEW_IMAGE_SIZE, alt: previewCard(context, link, summary).alt },
  };
}

/** A headline's two parts, at its first ": " (the design capitalised). */
function splitHeadline(headline: string): { kicker: string; design: string } {
  const at = headline.indexOf(": ");
  if (at === -1) return { kicker: "Recommended", design: headline };
  const rest = headline.slice(at + 2);
  return { kicker: headline.slice(0, at), design: rest.charAt(0).toUpperCase() + rest.slice(1) };
}
