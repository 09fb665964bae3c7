import type { PreviewMeta } from "../views/link-preview";
import { Lru } from "./lru";
import { bodyEtag, type Page } from "./precompressed-pages";
import { headParts, previewTags } from "./preview-head";
import { gzipSplicer } from "./spliced-gzip";

/**
 * How many scenario pages are kept in memory: each is the calculator's HTML (about 16 kB) with its gzip
 * (about 5 kB), so 500 links take about 11 MB.
 */
export const PREVIEW_PAGES_KEPT = 500;

/** Queries up to this long are also kept as typed, so that the same link opened again is not even parsed. */
export const QUERY_KEPT_CHARS = 4096;

/** A link's preview: a key shared by every query that reads as the same link, and its tags, computed only on a miss. */
export type LinkPreview = { key: string; meta: () => PreviewMeta };

/**
 * The calculator's page for a link's query (without "?"): `page` itself when `preview` says the link changes
 * no preview tag (null), else `page` with the link's tags (as rewriteHead places them), made once per key
 * and kept in an LRU of `capacity` pages. Such a page is sent in gzip only, made by deflating just its tags
 * (lib/server/spliced-gzip.ts: about 0.03 ms, where brotli of the whole 16 kB took 0.1-0.3 ms); its ETag
 * is a hash of the page's ETag and the tags.
 * A query as typed (up to QUERY_KEPT_CHARS) is kept too, in an LRU of `capacity` queries pointing at
 * those pages: the same link opened again (a link shared in a thread) costs one lookup, as the
 * prerendered page does; a link written another way costs a parse of its query and a lookup.
 */
export function previewPages(page: Page, preview: (search: string) => LinkPreview | null, capacity = PREVIEW_PAGES_KEPT): (search: string) => Page {
  const { before, after } = headParts(page.raw.toString("utf8"));
  const splice = gzipSplicer(Buffer.from(before, "utf8"), Buffer.from(after, "utf8"));
  const cache = new Lru<string, Page>(capacity);
  const byQuery = new Lru<string, Page>(capacity);
  const made = (search: string) => {
    const link = preview(search);
    if (link === null) return page;
    return cache.getOrSet(link.key, () => {
      const tags = Buffer.from(previewTags(link.meta()), "utf8");
      const spliced = splice(tags);
      return {
        get raw() {
          return spliced.raw;
        },
        br: null,
        gzip: spliced.gzip,
        etag: bodyEtag(Buffer.concat([Buffer.from(page.etag), tags])),
        headers: page.headers,
        kind: "page",
      };
    });
  };
  return (search) => (search === "" ? page : search.length > QUERY_KEPT_CHARS ? made(search) : byQuery.getOrSet(search, () => made(search)));
}
