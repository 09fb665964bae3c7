import type { PreviewMeta } from "../views/link-preview";
import { Lru } from "./lru";
import { heldPage, type Page } from "./precompressed-pages";
import { rewriteHead } from "./preview-head";

/**
 * How many scenario pages are kept in memory: each is the calculator's HTML (about 10 kB) with brotli and
 * gzip copies (about 3 kB each), so 500 links take about 8 MB.
 */
export const PREVIEW_PAGES_KEPT = 500;

/** Queries up to this long are also kept as typed, so that the same link opened again is not even parsed. */
export const QUERY_KEPT_CHARS = 4096;

/** A link's preview: a key shared by every query that reads as the same link, and its tags, computed only on a miss. */
export type LinkPreview = { key: string; meta: () => PreviewMeta };

/**
 * The calculator's page for a link's query (without "?"): `page` itself when `preview` says the link changes
 * no preview tag (null), else `page` with the link's tags (rewriteHead), made once per key and kept in an
 * LRU of `capacity` pages, compressed in the encoding a request asks for when it first does (brotli at
 * quality 5: under a millisecond for the 16 kB page).
 * A query as typed (up to QUERY_KEPT_CHARS) is kept too, in an LRU of `capacity` queries pointing at
 * those pages: the same link opened again (a link shared in a thread) costs one lookup, as the
 * prerendered page does; a link written another way costs a parse of its query and a lookup.
 */
export function previewPages(page: Page, preview: (search: string) => LinkPreview | null, capacity = PREVIEW_PAGES_KEPT): (search: string) => Page {
  const html = page.raw.toString("utf8");
  const cache = new Lru<string, Page>(capacity);
  const byQuery = new Lru<string, Page>(capacity);
  const made = (search: string) => {
    const link = preview(search);
    if (link === null) return page;
    return cache.getOrSet(link.key, () =>
      heldPage(Buffer.from(rewriteHead(html, link.meta()), "utf8"), page.headers, "page", undefined, { brotliQuality: 5, lazy: true }),
    );
  };
  return (search) => (search === "" ? page : search.length > QUERY_KEPT_CHARS ? made(search) : byQuery.getOrSet(search, () => made(search)));
}
