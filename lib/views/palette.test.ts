import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { BACKGROUND, PALETTE, paletteContrast, paletteDistances, type SeriesStyle } from "./palette";

const MIN_DELTA_E = 10;

for (const theme of ["light", "dark"] as const) {
  test(`${theme}: any two architectures stay ΔE00 ≥ ${MIN_DELTA_E} apart under normal vision, protanopia, deuteranopia and tritanopia`, () => {
    const distances = paletteDistances(theme);
    assert.deepEqual(
      distances.map((d) => d.vision),
      ["normal", "protanopia", "deuteranopia", "tritanopia"],
    );
    for (const d of distances) assert.ok(d.minDeltaE >= MIN_DELTA_E, `${d.vision}: ${d.closest.join(" and ")} are ΔE ${d.minDeltaE.toFixed(1)} apart`);
  });

  test(`${theme}: every architecture's colour (and so its whiskers) has at least 3:1 contrast with the background`, () => {
    for (const c of paletteContrast(theme)) assert.ok(c.ratio >= 3, `${c.architecture}: ${c.ratio.toFixed(2)}:1 on ${BACKGROUND[theme]}`);
  });
}

test("the check can fail: main's old palette put independent and centralized ΔE 0.1 apart under protanopia", () => {
  const old: SeriesStyle[] = [
    { architecture: "centralized", cssVar: "--series-1", light: "#1f5fbf", dark: "#7fb0ff", shape: "square", dash: "" },
    { architecture: "independent", cssVar: "--series-4", light: "#8a4fbf", dark: "#c69cff", shape: "circle", dash: "" },
  ];
  const protan = paletteDistances("light", old).find((d) => d.vision === "protanopia");
  assert.ok(protan !== undefined && protan.minDeltaE < 1, `protanopia ΔE ${protan?.minDeltaE}`);
});

test("every architecture has its own marker shape and dash pattern (a second channel besides colour)", () => {
  assert.equal(new Set(PALETTE.map((s) => s.shape)).size, PALETTE.length);
  assert.equal(new Set(PALETTE.map((s) => s.dash)).size, PALETTE.length);
  assert.deepEqual(PALETTE.map((s) => s.architecture).sort(), ["centralized", "decentralized", "hybrid", "independent", "single"]);
});

/** The --series-* values declared in each part of app/globals.css: plain, dark-scheme and print blocks (print should have none). */
function cssSeries(css: string) {
  const found: { context: "light" | "dark" | "print"; name: string; value: string }[] = [];
  let context: "light" | "dark" | "print" = "light";
  let depth = 0;
  let mediaDepth = -1;
  for (const line of css.split("\n")) {
    if (/^@media[^{]*prefers-color-scheme:\s*dark/.test(line)) [context, mediaDepth] = ["dark", depth];
    else if (/^@media print/.test(line)) [context, mediaDepth] = ["print", depth];
    const m = /^\s*(--series-[\w-]+):\s*(#[0-9a-f]{6});/i.exec(line);
    if (m?.[1] !== undefined && m[2] !== undefined) found.push({ context, name: m[1], value: m[2].toLowerCase() });
    depth += (line.match(/{/g) ?? []).length - (line.match(/}/g) ?? []).length;
    if (mediaDepth >= 0 && depth === mediaDepth) [context, mediaDepth] = ["light", -1];
  }
  return found;
}

test("app/globals.css's --series-* variables are the palette's colours, light and dark; the dark ones on screens only, so print keeps the light", () => {
  const css = readFileSync("app/globals.css", "utf8");
  const found = cssSeries(css);
  // Every dark-scheme block is for screens, and print redeclares no series colour: it prints the light palette.
  for (const line of css.split("\n").filter((l) => /prefers-color-scheme:\s*dark/.test(l)))
    assert.match(line, /^@media screen and \(prefers-color-scheme: dark\)/, line);
  assert.deepEqual(
    found.filter((f) => f.context === "print"),
    [],
  );
  for (const s of PALETTE) {
    for (const context of ["light", "dark"] as const) {
      const values = found.filter((f) => f.context === context && f.name === s.cssVar).map((f) => f.value);
      assert.ok(values.length > 0, `${s.cssVar} is declared in the ${context} block`);
      assert.deepEqual(new Set(values), new Set([(context === "dark" ? s.dark : s.light).toLowerCase()]), `${s.cssVar} in the ${context} block`);
    }
  }
});
