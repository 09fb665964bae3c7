import { loadDataset } from "@/lib/data/load";
import { ASSET_HEADERS, calculatorAsset } from "@/lib/views/calculator-asset";

/**
 * The calculator's data (fitted models, catalog, held-out record) as a static file named by its content
 * hash (lib/views/calculator-asset.ts): cached by the browser for good. Next sends a route's answer
 * uncompressed (and strips a Content-Encoding a route sets), so `npm run serve` answers this file itself,
 * compressed once (scripts/serve.ts); this route answers `next start` and `next dev`. Any other name is a
 * 404, so an old page's file name never gets new data under it.
 */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const asset = calculatorAsset(loadDataset());
  if ((await params).file !== asset.name) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const headers: Record<string, string> = { ...ASSET_HEADERS, ETag: `"${asset.name}"` };
  if (request.headers.get("if-none-match") === headers.ETag) return new Response(null, { status: 304, headers });
  return new Response(asset.json, { headers });
}
