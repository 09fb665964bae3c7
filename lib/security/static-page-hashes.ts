import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { inlineScripts } from "./csp";

/**
 * The "sha256-…" CSP sources of every inline script of the pages `next build` prerendered (the HTML
 * files under `<distDir>/server/app`, e.g. methodology.html and the 404 page), sorted and without
 * repeats. Those pages are served as built, with no nonce, so their inline scripts (Next's runtime
 * and the page's payload) are allowed by hash. Empty when there is no build (`next dev` renders every
 * page per request, with the nonce).
 */
export function prerenderedScriptHashes(distDir = path.join(process.cwd(), ".next")): string[] {
  const appDir = path.join(distDir, "server", "app");
  let files: string[];
  try {
    files = readdirSync(appDir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".html"));
  } catch {
    return [];
  }
  const hashes = new Set<string>();
  for (const file of files) {
    for (const script of inlineScripts(readFileSync(path.join(appDir, file), "utf8"))) {
      hashes.add(`sha256-${createHash("sha256").update(script, "utf8").digest("base64")}`);
    }
  }
  return [...hashes].sort();
}
