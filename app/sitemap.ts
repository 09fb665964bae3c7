import type { MetadataRoute } from "next";
import { siteUrl } from "@/lib/views/site-url";

/** The pages a search engine should know: the calculator, how it works, its evidence and its API. */
const SITEMAP_PATHS = ["/", "/methodology", "/evidence", "/api"] as const;

/** /sitemap.xml: the pages at SITE_URL, written at build. */
export default function sitemap(): MetadataRoute.Sitemap {
  const site = siteUrl();
  return SITEMAP_PATHS.map((path) => ({ url: `${site}${path}`, changeFrequency: "monthly", priority: path === "/" ? 1 : 0.6 }));
}
