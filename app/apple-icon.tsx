import { ImageResponse } from "next/og";
import { AppGlyph } from "@/components/preview/app-glyph";

export const size = { width: 180, height: 180 };
export const contentType = "image/png";

/** /apple-icon: the site's glyph (app/icon.svg) as a 180 px PNG for a phone's home screen, drawn once at build; square, as iOS rounds it. */
export default function AppleIcon() {
  return new ImageResponse(<AppGlyph size={180} rounded={false} />, size);
}
