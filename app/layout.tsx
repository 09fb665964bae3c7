import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/ui/site-footer";
import { SiteHeader } from "@/components/ui/site-header";
import { loadDataset } from "@/lib/data/load";
import "./globals.css";

export const metadata: Metadata = {
  title: "Agent Scaling Calculator",
  description:
    `Predict what a single-agent or multi-agent LLM design will achieve and cost before you build it, from the ${loadDataset().runs.length} measured configurations of Kim et al. (arXiv 2512.08296).`,
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  colorScheme: "light dark",
};

export default function RootLayout({ children }: Readonly<{ children: ReactNode }>) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <SiteHeader />
        <main id="main">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
