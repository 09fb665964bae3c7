/** The origin used when SITE_URL is not set: where `npm start` serves. */
export const DEFAULT_SITE_URL = "http://localhost:3000";

/**
 * The site's public origin, for the absolute URLs a link preview needs (canonical, og:url, og:image),
 * robots.txt and the sitemap: the SITE_URL environment variable (at build for the prerendered pages, and
 * when the server runs for scenario links), else DEFAULT_SITE_URL. An http or https origin; a trailing slash
 * is dropped. Anything else (no scheme, a path, a query) throws naming SITE_URL, so a wrong value fails the
 * build instead of publishing broken links.
 *
 * @example siteUrl("https://agents.example.org/") // "https://agents.example.org"
 */
export function siteUrl(value: string | undefined = process.env.SITE_URL): string {
  if (value === undefined || value.trim() === "") return DEFAULT_SITE_URL;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`SITE_URL must be an http(s) origin such as https://agents.example.org, got ${JSON.stringify(value.slice(0, 80))}`);
  }
  if (
    (url.protocol !== "http:" && url.protocol !== "https:") ||
    url.pathname !== "/" ||
    url.search !== "" ||
    url.hash !== "" ||
    url.username !== "" ||
    url.password !== ""
  ) {
    throw new Error(
      `SITE_URL must be an http(s) origin with no path, query or credentials, such as https://agents.example.org, got ${JSON.stringify(value.slice(0, 80))}`,
    );
  }
  return url.origin;
}
