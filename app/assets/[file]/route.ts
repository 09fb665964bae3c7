import { loadDataset } from "@/lib/data/load";
import { ASSET_HEADERS, dataAssets } from "@/lib/views/data-assets";

/**
 * The pages' data files (the calculator's fitted models, catalog and held-out record; /evidence's stored
 * runs) as static files named by their content hash (lib/views/data-assets.ts): cached by the browser for
 * good. Next sends a route's answer uncompressed (and strips a Content-Encoding a route sets), so
 * `npm run serve` answers these files itself, compressed once (scripts/serve.ts); this route answers
 * `next start` and `next dev`. Any other name is a 404, so an old page's file name never gets new data
 * under it.
 */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const file = (await params).file;
  const asset = dataAssets(loadDataset()).find((a) => a.name === file);
  if (asset === undefined) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const headers: Record<string, string> = { ...ASSET_HEADERS, ETag: `"${asset.name}"` };
  if (request.headers.get("if-none-match") === headers.ETag) return new Response(null, { status: 304, headers });
  return new Response(asset.json, { headers });
}
