import type { PreviewMeta } from "../views/link-preview";

/*
 * The prerendered calculator's head, rewritten for a scenario link (README, "Link previews"): the page is
 * one static HTML file for every link, so the server replaces its preview tags (title, description,
 * canonical, Open Graph, Twitter) with the link's own. Nothing else changes: the inline scripts stay byte
 * for byte what the build hashed for the Content-Security-Policy.
 */

/**
 * Text made safe for an HTML attribute value in double quotes, or for the text of a <title>: the five
 * characters that could end either or start markup, as character references.
 *
 * @example escapeHtml(`"><script>alert('x')</script>&`) // "&quot;&gt;&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;&amp;"
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : c === '"' ? "&quot;" : "&#x27;"));
}

/**
 * The preview tags of a page, as Next writes them from a page's metadata (app/page.tsx gives the default
 * scenario's the same way): every value escaped.
 *
 * @example previewTags({ title: "A<b", description: "d", canonicalUrl: "https://x.org/", siteName: "S", image: { url: "https://x.org/p.png", width: 1200, height: 630, alt: "a" } }).slice(0, 21) // "<title>A&lt;b</title>"
 */
export function previewTags(meta: PreviewMeta): string {
  const named = (name: string, content: string) => `<meta name="${name}" content="${escapeHtml(content)}"/>`;
  const property = (name: string, content: string) => `<meta property="${name}" content="${escapeHtml(content)}"/>`;
  return [
    `<title>${escapeHtml(meta.title)}</title>`,
    named("description", meta.description),
    `<link rel="canonical" href="${escapeHtml(meta.canonicalUrl)}"/>`,
    property("og:title", meta.title),
    property("og:description", meta.description),
    property("og:url", meta.canonicalUrl),
    property("og:site_name", meta.siteName),
    property("og:image", meta.image.url),
    property("og:image:width", String(meta.image.width)),
    property("og:image:height", String(meta.image.height)),
    property("og:image:alt", meta.image.alt),
    property("og:type", "website"),
    named("twitter:card", "summary_large_image"),
    named("twitter:title", meta.title),
    named("twitter:description", meta.description),
    named("twitter:image", meta.image.url),
    named("twitter:image:alt", meta.image.alt),
  ].join("");
}

/** A preview tag in a prerendered head: the title, the description, the canonical link, any og: or twitter: meta. */
const PREVIEW_TAG = /<title>[^<]*<\/title>|<meta (?:name="(?:description|twitter:[^"]*)"|property="og:[^"]*")[^>]*>|<link rel="canonical"[^>]*>/g;

/**
 * A prerendered page around its preview tags: the HTML before the build's <title> and after it, every
 * preview tag the build wrote removed, so that `before` + a link's tags + `after` is the page for that
 * link (rewriteHead). Throws when the head has no <title>: a build that no longer writes one must fail
 * loudly, not serve a page with no preview.
 */
export function headParts(html: string): { before: string; after: string } {
  const end = html.indexOf("</head>");
  if (end === -1) throw new Error("rewriteHead: the page has no </head>");
  const head = html.slice(0, end);
  const first = head.search(/<title>/);
  if (first === -1) throw new Error("rewriteHead: the prerendered head has no <title> to replace");
  return { before: head.slice(0, first).replace(PREVIEW_TAG, ""), after: `${head.slice(first).replace(PREVIEW_TAG, "")}${html.slice(end)}` };
}

/**
 * A prerendered page with its preview tags replaced by `meta`'s: each one the build wrote is removed and
 * the new ones stand where its <title> stood; the rest of the HTML (scripts, body) is untouched
 * (headParts, which throws on a head without a <title>).
 *
 * @example rewriteHead('<html><head><meta charSet="utf-8"/><title>Old</title><meta name="description" content="old"/></head><body><title>kept</title></body></html>', { title: "New", description: "d", canonicalUrl: "https://x.org/", siteName: "S", image: { url: "https://x.org/p.png", width: 1200, height: 630, alt: "a" } }).includes("Old") // false
 */
export function rewriteHead(html: string, meta: PreviewMeta): string {
  const { before, after } = headParts(html);
  return `${before}${previewTags(meta)}${after}`;
}
