/*
 * A chart on the page as a standalone SVG (and PNG): the drawing with every computed style inlined (the
 * palette's CSS variables resolved, light or dark as shown), its legend redrawn above it where the page
 * shows it, a title, and the page's background. DOM only: lib/ computes, this copies what is drawn.
 */

const SVG_NS = "http://www.w3.org/2000/svg";

/** The presentation properties a chart uses, copied from the computed style of each element. */
const STYLE_PROPERTIES = [
  "fill",
  "fill-opacity",
  "stroke",
  "stroke-width",
  "stroke-dasharray",
  "stroke-opacity",
  "stroke-linecap",
  "stroke-linejoin",
  "opacity",
  "font-family",
  "font-size",
  "font-weight",
  "font-style",
  "text-anchor",
  "dominant-baseline",
  "visibility",
  "display",
];

/** Copies each element's computed presentation style onto its clone, walking both trees in step, and drops classes. */
function inlineStyles(source: Element, clone: Element) {
  const style = getComputedStyle(source);
  clone.setAttribute("style", STYLE_PROPERTIES.map((p) => `${p}:${style.getPropertyValue(p)}`).join(";"));
  clone.removeAttribute("class");
  // An attribute naming a CSS variable means nothing outside the page: its computed value, or nothing.
  for (const attribute of [...clone.attributes].filter((a) => a.value.includes("var("))) {
    const value = style.getPropertyValue(attribute.name);
    if (value === "") clone.removeAttribute(attribute.name);
    else clone.setAttribute(attribute.name, value);
  }
  const sources = source.children;
  const clones = clone.children;
  for (let i = 0; i < sources.length && i < clones.length; i++) {
    const s = sources[i];
    const c = clones[i];
    if (s !== undefined && c !== undefined) inlineStyles(s, c);
  }
}

/** An inline SVG element copied with its styles, placed at (x, y). */
function placed(svg: SVGSVGElement, x: number, y: number): SVGSVGElement {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, copy);
  const box = svg.getBoundingClientRect();
  copy.setAttribute("x", String(x));
  copy.setAttribute("y", String(y));
  copy.setAttribute("width", String(box.width));
  copy.setAttribute("height", String(box.height));
  copy.removeAttribute("role");
  copy.removeAttribute("tabindex");
  return copy;
}

/** A text element at (x, y) in the style of `from` (its colour, font and size). */
function text(content: string, x: number, y: number, from: Element, extra: Record<string, string> = {}): SVGTextElement {
  const style = getComputedStyle(from);
  const node = document.createElementNS(SVG_NS, "text");
  node.setAttribute("x", String(x));
  node.setAttribute("y", String(y));
  node.setAttribute("style", `fill:${style.color};font-family:${style.fontFamily};font-size:${style.fontSize};font-weight:${style.fontWeight}`);
  for (const [k, v] of Object.entries(extra)) node.setAttribute(k, v);
  node.textContent = content;
  return node;
}

/** The chart's drawing: the largest SVG of the figure that is not a legend icon. */
function drawing(figure: HTMLElement): SVGSVGElement | null {
  const candidates = [...figure.querySelectorAll("svg")].filter((s) => s.closest("li") === null);
  const area = (s: SVGSVGElement) => s.getBoundingClientRect().width * s.getBoundingClientRect().height;
  return candidates.reduce<SVGSVGElement | null>((best, s) => (best === null || area(s) > area(best) ? s : best), null);
}

const TITLE_HEIGHT = 28;
const PADDING = 12;

/**
 * The figure's chart as SVG text, with its legend items at their places on the page and `title` above,
 * or null when the chart is not drawn (yet).
 */
export function chartSvg(figure: HTMLElement, title: string): { svg: string; width: number; height: number } | null {
  const chart = drawing(figure);
  if (chart === null) return null;
  const items = [...figure.querySelectorAll("li")].filter((li) => li.querySelector("svg") !== null);
  const boxes = [chart, ...items].map((e) => e.getBoundingClientRect());
  const left = Math.min(...boxes.map((b) => b.left));
  const top = Math.min(...boxes.map((b) => b.top));
  const width = Math.ceil(Math.max(...boxes.map((b) => b.right)) - left) + 2 * PADDING;
  const height = Math.ceil(Math.max(...boxes.map((b) => b.bottom)) - top) + 2 * PADDING + TITLE_HEIGHT;
  const dx = (x: number) => x - left + PADDING;
  const dy = (y: number) => y - top + PADDING + TITLE_HEIGHT;
  const root = document.createElementNS(SVG_NS, "svg");
  root.setAttribute("xmlns", SVG_NS);
  root.setAttribute("width", String(width));
  root.setAttribute("height", String(height));
  root.setAttribute("viewBox", `0 0 ${width} ${height}`);
  const background = document.createElementNS(SVG_NS, "rect");
  background.setAttribute("width", "100%");
  background.setAttribute("height", "100%");
  background.setAttribute("fill", getComputedStyle(document.body).backgroundColor);
  root.append(background);
  const heading = figure.previousElementSibling ?? figure;
  root.append(text(title, PADDING, PADDING + 16, heading, { "font-weight": "600" }));
  for (const li of items) {
    const icon = li.querySelector("svg");
    if (icon === null) continue;
    const box = icon.getBoundingClientRect();
    root.append(placed(icon, dx(box.left), dy(box.top)));
    const label = (li.textContent ?? "").trim();
    const liBox = li.getBoundingClientRect();
    root.append(text(label, dx(box.right) + 4, dy(liBox.top + liBox.height / 2), li, { "dominant-baseline": "central" }));
  }
  const box = chart.getBoundingClientRect();
  root.append(placed(chart, dx(box.left), dy(box.top)));
  return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}\n`, width, height };
}

/** The SVG drawn on a canvas at `scale` (2: sharp on high-density screens and in documents), as PNG. */
export async function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext("2d");
    if (context === null) throw new Error("no 2D canvas");
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob === null ? reject(new Error("the PNG could not be made")) : resolve(blob)), "image/png"),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Saves a blob under a file name (a temporary link, clicked). */
export function saveBlob(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
