/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // /methodology runs the whole validation once at build (several fits per held-out group): on a
  // 2-core machine that takes longer than Next's default of 60 s per page.
  staticPageGenerationTimeout: 600,
};

export default nextConfig;
