import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/ui/site-footer";
import { SiteHeader } from "@/components/ui/site-header";
import { loadDataset } from "@/lib/data/load";
import { cachedModels } from "@/lib/model/serving/fit-models";
import { PRODUCT_NAME } from "@/lib/views/exports-summary";
import { PREVIEW_IMAGE_PATH, PREVIEW_IMAGE_SIZE, PREVIEW_VERSION_KEY } from "@/lib/views/link-preview";
import { BACKGROUND } from "@/lib/views/palette";
import { siteUrl } from "@/lib/views/site-url";
import "./globals.css";

const dataset = loadDataset();
const defaultCard = `${PREVIEW_IMAGE_PATH}?${PREVIEW_VERSION_KEY}=${cachedModels(dataset).versionKey}`;

// Every page's defaults; a page names its own title, description and canonical URL (the calculator its
// scenario's whole preview: app/page.tsx). Relative URLs resolve against SITE_URL (README, "Link previews").
export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  title: PRODUCT_NAME,
  applicationName: PRODUCT_NAME,
  description: `Predict what a single-agent or multi-agent LLM design will achieve and cost before you build it, from the ${dataset.runs.length} measured configurations of Kim et al. (arXiv 2512.08296).`,
  openGraph: {
    siteName: PRODUCT_NAME,
    type: "website",
    images: [
      { url: defaultCard, ...PREVIEW_IMAGE_SIZE, alt: "The calculator's card for the default task: its recommended design and one bar per architecture." },
    ],
  },
  twitter: { card: "summary_large_image" },
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  colorScheme: "light dark",
  // The browser's chrome takes the page's background (app/globals.css's --bg) in each scheme.
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: BACKGROUND.light },
    { media: "(prefers-color-scheme: dark)", color: BACKGROUND.dark },
  ],
};

export default function RootLayout({ children }: Readonly<{ children: ReactNode }>) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <SiteHeader />
        <main id="main">{children}</main>
        <SiteFooter />
      </body>
    </html>
  );
}
