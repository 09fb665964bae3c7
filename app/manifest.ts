import type { MetadataRoute } from "next";
import { PRODUCT_NAME } from "@/lib/views/exports-summary";
import { BACKGROUND } from "@/lib/views/palette";

/** /manifest.webmanifest: the name, colours and icons a phone uses when the calculator is added to its home screen. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: PRODUCT_NAME,
    short_name: "Agent Scaling",
    description: "Predict what one agent or several would achieve on your task, with 90% intervals, a recommendation and a link that reproduces it.",
    start_url: "/",
    scope: "/",
    display: "standalone",
    background_color: BACKGROUND.light,
    theme_color: BACKGROUND.light,
    icons: [
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml" },
      { src: "/apple-icon", sizes: "180x180", type: "image/png" },
    ],
  };
}
