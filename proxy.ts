import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy } from "@/lib/security/csp";
import { prerenderedScriptHashes } from "@/lib/security/static-page-hashes";

/*
 * Sets the Content-Security-Policy of every page (README.md, "Security headers"); the headers that
 * never change (nosniff, Referrer-Policy, X-Frame-Options, Permissions-Policy) come from
 * next.config.js for every response, static files included. A page rendered per request would get this
 * request's nonce, which Next reads from the request's CSP header and puts on its scripts; prerendered
 * pages (all of them today: /, /methodology, /evidence) are allowed by the hashes of their inline
 * scripts, read once from the build. Methods other than GET and HEAD and over-long queries are answered
 * before Next by the server (scripts/serve.ts).
 */

let hashes: string[] | undefined;

export function proxy(request: NextRequest) {
  hashes ??= prerenderedScriptHashes();
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const policy = contentSecurityPolicy({ nonce, scriptHashes: hashes, development: process.env.NODE_ENV === "development" });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // Pages only: static files, images, the icons, the calculator's data, the preview cards, the manifest,
  // robots.txt, the sitemap and the JSON API (/api/v1/: answers, never documents with scripts) need no CSP
  // (their other headers come from next.config.js). The /api page is a page and keeps it.
  matcher: [
    {
      source:
        "/((?!_next/static|_next/image|assets/|api/v1/|preview\\.png|icon\\.svg|apple-icon|favicon\\.ico|manifest\\.webmanifest|robots\\.txt|sitemap\\.xml).*)",
    },
  ],
};
