import { readFile } from "node:fs/promises";
import path from "node:path";
import { ImageResponse } from "next/og";
import { PREVIEW_IMAGE_SIZE, type PreviewCard } from "@/lib/views/link-preview";
import { PreviewCardImage } from "./preview-card";

/*
 * Inter (the @fontsource/inter package, OFL-1.1), read from node_modules when the server first draws a
 * card: next/og ships only Geist Regular, and the card needs a bold; nothing is fetched from a network,
 * at build or at run time. WOFF, which satori reads (it cannot read WOFF2).
 */
const FONT_DIR = path.join(process.cwd(), "node_modules", "@fontsource", "inter", "files");

let fonts: Promise<{ name: string; data: Buffer; weight: 400 | 700; style: "normal" }[]> | undefined;

function cardFonts() {
  fonts ??= Promise.all(
    ([400, 700] as const).map(async (weight) => ({
      name: "Inter",
      data: await readFile(path.join(FONT_DIR, `inter-latin-${weight}-normal.woff`)),
      weight,
      style: "normal" as const,
    })),
  );
  return fonts;
}

/** A card drawn as a 1200 x 630 PNG. */
export async function cardPng(card: PreviewCard): Promise<Buffer> {
  const response = new ImageResponse(<PreviewCardImage card={card} />, { ...PREVIEW_IMAGE_SIZE, fonts: await cardFonts() });
  return Buffer.from(await response.arrayBuffer());
}
