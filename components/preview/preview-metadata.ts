import type { Metadata } from "next";
import type { PreviewMeta } from "@/lib/views/link-preview";

/**
 * A link preview's tags as Next's page metadata: what app/page.tsx gives the default scenario at build.
 * lib/server/preview-head.ts writes the same tags for a scenario link (README, "Link previews").
 */
export function previewMetadata(meta: PreviewMeta): Metadata {
  return {
    title: { absolute: meta.title },
    description: meta.description,
    alternates: { canonical: meta.canonicalUrl },
    openGraph: { title: meta.title, description: meta.description, url: meta.canonicalUrl, siteName: meta.siteName, images: [meta.image], type: "website" },
    twitter: { card: "summary_large_image", title: meta.title, description: meta.description, images: [{ url: meta.image.url, alt: meta.image.alt }] },
  };
}
