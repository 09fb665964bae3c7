import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { apiContext } from "../api/endpoints";
import { loadDataset } from "../data/load";
import { fuzzSettings } from "../fuzz-settings";
import { escapeHtml, rewriteHead } from "../server/preview-head";
import { previewMeta, readPreviewLink } from "./link-preview";

const context = apiContext(loadDataset());
const { choices } = context.catalog;

/** Link keys (written out, not read from the parameters table, which another change may reshape) and any other key. */
const KEYS = [
  "tools",
  "decomp",
  "baseline",
  "model",
  "cap",
  "arch",
  "agents",
  "fit",
  "like",
  "pilot",
  "value",
  "max_cost",
  "min_success",
  "tasks_day",
  "compare",
  "v",
];
const valueArbitrary = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.double({ noNaN: false }).map(String),
  fc.integer({ min: -5, max: 80 }).map(String),
  fc.constantFrom(
    "",
    "none",
    "<script>",
    '"><img src=x>',
    "&amp;",
    "centralized",
    "hybrid",
    "single",
    "claude-sonnet-4-5",
    "2_single.1.12.30_centralized.4.15.30_paired",
    "__proto__",
  ),
  fc.constantFrom(...choices.models, ...choices.architectures),
);
const queryArbitrary = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 8 })), valueArbitrary), { maxLength: 12 })
  .map((pairs) => new URLSearchParams(pairs).toString());

test("fuzz: any query reads without a throw, and its canonical link reads back as the same scenario with nothing ignored", () => {
  fc.assert(
    fc.property(queryArbitrary, (search) => {
      const link = readPreviewLink(search, choices);
      const again = readPreviewLink(link.canonicalQuery, choices);
      assert.equal(again.ignored, 0, link.canonicalQuery);
      assert.deepEqual(again.scenario, link.scenario);
      assert.equal(again.canonicalQuery, link.canonicalQuery);
    }),
    fuzzSettings(300),
  );
});

test("fuzz: no query puts markup into the page's head", () => {
  const page = '<html><head><title>t</title><meta name="description" content="d"/></head><body></body></html>';
  fc.assert(
    fc.property(queryArbitrary, (search) => {
      const meta = previewMeta(context, readPreviewLink(search, choices), "https://x.org");
      const head = rewriteHead(page, meta).split("</head>")[0] ?? "";
      assert.equal(head.match(/</g)?.length, 20, "the head's own tags and the 17 preview tags, no more");
      assert.ok(head.includes(escapeHtml(meta.canonicalUrl)));
    }),
    fuzzSettings(100),
  );
});
