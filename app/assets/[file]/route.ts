import { loadDataset } from "@/lib/data/load";
import { calculatorAsset } from "@/lib/views/calculator-asset";

/** A year: the name changes with the content, so a browser may keep a copy for good. */
const IMMUTABLE = "public, max-age=31536000, immutable";

/**
 * The calculator's data (fitted models, catalog, held-out record) as a static file named by its content
 * hash (lib/views/calculator-asset.ts): cached by the browser for good (Next compresses it as it
 * sends it; it strips a Content-Encoding a route sets). Any other name is a 404, so an old page's file name
 * never gets new data under it.
 */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const asset = calculatorAsset(loadDataset());
  if ((await params).file !== asset.name) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const headers: Record<string, string> = { "Content-Type": "application/json", "Cache-Control": IMMUTABLE, ETag: `"${asset.name}"` };
  if (request.headers.get("if-none-match") === headers.ETag) return new Response(null, { status: 304, headers });
  return new Response(asset.json, { headers });
}
