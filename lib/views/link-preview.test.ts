import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { apiContext } from "../api/endpoints";
import { loadDataset } from "../data/load";
import { parseScenario } from "../scenario/scenario";
import { decisionSummary } from "./exports-summary";
import { ignoredNotice, previewCard, previewMeta, readPreviewLink } from "./link-preview";
import { PALETTE } from "./palette";
import { DEFAULT_SITE_URL, siteUrl } from "./site-url";

const context = apiContext(loadDataset());
const { choices } = context.catalog;
const SITE = "https://agents.example.org";

describe("readPreviewLink reads a link as the page does", () => {
  test("keeps the usable scenario values, first of each, by key; drops unknown keys, bad values and repeats; counts what the page ignores", () => {
    const link = readPreviewLink("tools=8&utm_source=chat&tools=9&decomp=abc&value=2&fbclid=x&v=old.1", choices);
    assert.equal(link.canonicalQuery, "tools=8&value=2");
    assert.equal(link.imageQuery, "decomp=abc&tools=8&tools=9&value=2");
    assert.equal(link.ignored, 2, "decomp's bad value and the repeated tools");
    assert.equal(link.plain, false);
    assert.deepEqual(link.scenario, parseScenario({ tools: "8", valuePerSuccess: "2" }, choices).scenario);
  });

  test("two orders of the same values read as one link", () => {
    assert.deepEqual(readPreviewLink("value=2&tools=8", choices), readPreviewLink("tools=8&value=2", choices));
  });

  test("a link with no scenario value is plain: the default page serves it; a bad value alone is not", () => {
    for (const search of ["", "utm_source=chat&v=e1.1", "__proto__=1&constructor=x&hasOwnProperty=3"]) {
      const link = readPreviewLink(search, choices);
      assert.equal(link.plain, true, search);
      assert.equal(link.canonicalQuery, "");
      assert.deepEqual(link.scenario, parseScenario({}, choices).scenario);
    }
    assert.equal(readPreviewLink("tools=abc", choices).plain, false);
    assert.equal(readPreviewLink("tools=abc", choices).ignored, 1);
  });

  test("a pinned comparison stays in the canonical URL, as the page shows it", () => {
    const link = readPreviewLink("compare=tools%3D9&tools=4", choices);
    assert.equal(link.canonicalQuery, "tools=4&compare=tools%3D9");
    assert.equal(link.imageQuery, "tools=4");
  });
});

describe("previewMeta words the link's decision", () => {
  test("title, description and card alt say what decisionSummary says; URLs are absolute at the site", () => {
    const link = readPreviewLink("tools=8&decomp=0.6&value=2", choices);
    const meta = previewMeta(context, link, SITE);
    const summary = decisionSummary(context.models, context.catalog, link.scenario);
    assert.equal(meta.title, summary.title);
    assert.equal(meta.description, summary.description);
    assert.match(meta.title, /^Hybrid, 4 agents · \d+% success · Agent Scaling Calculator$/);
    assert.equal(meta.canonicalUrl, `${SITE}/?decomp=0.6&tools=8&value=2`);
    assert.equal(meta.image.url, `${SITE}/preview.png?decomp=0.6&tools=8&value=2&v=${context.models.versionKey}`);
    assert.deepEqual([meta.image.width, meta.image.height], [1200, 630]);
    assert.ok(meta.image.alt.startsWith(`${summary.headline}: ${Math.round(summary.figures.successRate * 100)}% success`), meta.image.alt);
  });

  test("the default page's preview is the default scenario's, at the site's root", () => {
    const meta = previewMeta(context, readPreviewLink("", choices), SITE);
    assert.equal(meta.title, decisionSummary(context.models, context.catalog, parseScenario({}, choices).scenario).title);
    assert.equal(meta.canonicalUrl, `${SITE}/`);
    assert.equal(meta.image.url, `${SITE}/preview.png?v=${context.models.versionKey}`);
  });

  test("a link with ignored values says so after the decision, and its card carries them to count them", () => {
    const meta = previewMeta(context, readPreviewLink("tools=abc&decomp=2", choices), SITE);
    assert.ok(meta.description.endsWith(" 2 values in the link were ignored; the defaults stand in."), meta.description);
    assert.equal(meta.canonicalUrl, `${SITE}/`);
    assert.equal(meta.image.url, `${SITE}/preview.png?decomp=2&tools=abc&v=${context.models.versionKey}`);
  });
});

describe("previewCard", () => {
  test("one bar per architecture at its measured count, the recommended one marked, in the charts' colours", () => {
    const link = readPreviewLink("tools=8&decomp=0.6&value=2", choices);
    const card = previewCard(context, link);
    const summary = decisionSummary(context.models, context.catalog, link.scenario);
    assert.equal(card.bars.length, context.catalog.architectures.length);
    assert.deepEqual(
      card.bars.filter((b) => b.recommended).map((b) => b.label),
      ["Hybrid, 4 agents"],
    );
    for (const bar of card.bars)
      assert.ok(
        PALETTE.some((p) => p.light === bar.colour),
        bar.colour,
      );
    assert.deepEqual(
      card.bars.map((b) => b.successRate),
      summary.bars.map((b) => b.successRate),
    );
    assert.deepEqual([card.kicker, card.design], ["Build", "Hybrid, 4 agents"]);
    assert.equal(card.figures.success, `${Math.round(summary.figures.successRate * 100)}% success`);
    assert.equal(card.notice, null);
  });

  test("the single-agent call not shown better reads as two lines; ignored values are the notice", () => {
    const card = previewCard(context, readPreviewLink("tools=abc&tools=3&decomp=0.6&decomp=0.7", choices));
    assert.deepEqual([card.kicker, card.design], ["Not shown better", "Build the single agent"]);
    assert.equal(card.notice, "2 values in the link were ignored; the defaults stand in.");
    assert.equal(ignoredNotice(0), null);
  });
});

describe("siteUrl", () => {
  test("an http(s) origin, without its trailing slash; the default when unset or blank", () => {
    assert.equal(siteUrl("https://agents.example.org/"), "https://agents.example.org");
    assert.equal(siteUrl("http://127.0.0.1:3205"), "http://127.0.0.1:3205");
    assert.equal(siteUrl(undefined), DEFAULT_SITE_URL);
    assert.equal(siteUrl("  "), DEFAULT_SITE_URL);
  });

  test("anything else throws naming SITE_URL", () => {
    for (const bad of ["agents.example.org", "ftp://x.org", "https://x.org/calc", "https://x.org/?a=1", "https://u:p@x.org", "javascript:alert(1)"]) {
      assert.throws(() => siteUrl(bad), /SITE_URL/, bad);
    }
  });
});
