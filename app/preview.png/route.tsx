import { apiContext } from "@/lib/api/endpoints";
import { entityTag, ifNoneMatchHits } from "@/lib/api/http";
import { Lru } from "@/lib/server/lru";
import { PREVIEW_VERSION_KEY, previewCard, readPreviewLink } from "@/lib/views/link-preview";
import { cardPng } from "@/components/preview/card-png";

// The card depends on the query; each is drawn once per process and kept (below).
export const dynamic = "force-dynamic";

/** Cards kept in memory: about 60 kB each, so 200 take about 12 MB. */
const KEPT = 200;
const cards = new Lru<string, Buffer>(KEPT);

/** What the card's pixels depend on beyond the data version: bump when the drawing changes. */
const CARD_REVISION = "1";

/**
 * /preview.png?{a scenario link's query}: the link's card (README, "Link previews"), the og:image and
 * twitter:image of the calculator's page for that link. The query is read as the page reads it: a bad
 * value is ignored and counted on the card, so any query gets a card, never an error. With the current
 * data version in `v` (as the page's tags write it) the image is immutable; otherwise it may change with
 * the data, and is cached for an hour. A 304 when the client has it.
 */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const context = apiContext();
  const link = readPreviewLink(url.search.slice(1), context.catalog.choices);
  const key = `${link.canonicalQuery}\n${link.ignored}`;
  const etag = entityTag(["preview", CARD_REVISION, context.models.versionKey, key]);
  const current = url.searchParams.get(PREVIEW_VERSION_KEY) === context.models.versionKey;
  const headers = { "Content-Type": "image/png", ETag: etag, "Cache-Control": current ? "public, max-age=31536000, immutable" : "public, max-age=3600" };
  if (ifNoneMatchHits(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  let png = cards.get(key);
  if (png === undefined) {
    png = await cardPng(previewCard(context, link));
    cards.set(key, png);
  }
  return new Response(new Uint8Array(png), { headers: { ...headers, "Content-Length": String(png.length) } });
}
