import type { MetadataRoute } from "next";
import { siteUrl } from "@/lib/views/site-url";

/**
 * /robots.txt: every page may be crawled (the preview cards too: chat apps' bots read robots.txt before an
 * image); the JSON API may not, being answers to queries rather than pages. Names the sitemap at SITE_URL.
 */
export default function robots(): MetadataRoute.Robots {
  return { rules: { userAgent: "*", allow: "/", disallow: "/api/v1/" }, sitemap: `${siteUrl()}/sitemap.xml` };
}
