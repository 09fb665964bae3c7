import { readFileSync } from "node:fs";

/**
 * Headers every response carries, static files included (README.md, "Security headers"), from
 * lib/security/fixed-headers.json, which proxy.ts also puts on the answers it gives itself (405, 414):
 * nosniff; a Referer of the origin at most (links to papers and vendors must not carry the scenario);
 * X-Frame-Options DENY, older browsers' form of frame-ancestors 'none'; no camera, microphone, position,
 * payment or USB device. The Content-Security-Policy, which needs a nonce per request, is set by proxy.ts.
 */
const SECURITY_HEADERS = JSON.parse(readFileSync(new URL("./lib/security/fixed-headers.json", import.meta.url), "utf8"));

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // /methodology runs the whole validation once at build (several fits per held-out group): on a
  // 2-core machine that takes longer than Next's default of 60 s per page.
  staticPageGenerationTimeout: 600,
  // The build does not type-check again: `npm test` runs `tsc --noEmit` (npm run typecheck) before it, and
  // a second pass here cost about 40 s of every CI run. `npm run typecheck` checks by itself.
  typescript: { ignoreBuildErrors: true },
  async headers() {
    return [{ source: "/:path*", headers: SECURITY_HEADERS }];
  },
};

export default nextConfig;
