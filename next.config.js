/**
 * Headers every response carries, static files included (README.md, "Security headers"); the
 * Content-Security-Policy, which needs a nonce per request, is set by proxy.ts.
 */
const SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  // Links to papers and vendors must not carry the scenario in the Referer: the origin at most.
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  // Older browsers' form of frame-ancestors 'none': the page may not be framed.
  { key: "X-Frame-Options", value: "DENY" },
  // Nothing here needs a camera, microphone, position, payment or USB device.
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // /methodology runs the whole validation once at build (several fits per held-out group): on a
  // 2-core machine that takes longer than Next's default of 60 s per page.
  staticPageGenerationTimeout: 600,
  async headers() {
    return [{ source: "/:path*", headers: SECURITY_HEADERS }];
  },
};

export default nextConfig;
