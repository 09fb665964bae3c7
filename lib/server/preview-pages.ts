import type { PreviewMeta } from "../views/link-preview";
import { Lru } from "./lru";
import { heldPage, type Page } from "./precompressed-pages";
import { rewriteHead } from "./preview-head";

/**
 * How many scenario pages are kept in memory: each is the calculator's HTML (about 10 kB) with brotli and
 * gzip copies (about 3 kB each), so 500 links take about 8 MB.
 */
export const PREVIEW_PAGES_KEPT = 500;

/** A link's preview: a key shared by every query that reads as the same link, and its tags, computed only on a miss. */
export type LinkPreview = { key: string; meta: () => PreviewMeta };

/**
 * The calculator's page for a link's query (without "?"): `page` itself when `preview` says the link changes
 * no preview tag (null), else `page` with the link's tags (rewriteHead), made once per key and kept in an
 * LRU of `capacity` pages, compressed as it is made (brotli at quality 5: a millisecond for a 10 kB page).
 * The same link opened again costs a parse of its query and a lookup.
 */
export function previewPages(page: Page, preview: (search: string) => LinkPreview | null, capacity = PREVIEW_PAGES_KEPT): (search: string) => Page {
  const html = page.raw.toString("utf8");
  const cache = new Lru<string, Page>(capacity);
  return (search) => {
    const link = search === "" ? null : preview(search);
    if (link === null) return page;
    return cache.getOrSet(link.key, () => heldPage(Buffer.from(rewriteHead(html, link.meta()), "utf8"), page.headers, "page", undefined, 5));
  };
}
