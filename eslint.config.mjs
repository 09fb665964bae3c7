import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

/** lib/ is the pure domain: no React, no Next, no recharts (docs/architecture.md). */
const uiPackages = [
  { name: "react", message: "lib/ is pure TypeScript: UI belongs in components/." },
  { name: "react-dom", message: "lib/ is pure TypeScript: UI belongs in components/." },
  { name: "next", message: "lib/ must not depend on Next: routes belong in app/." },
  { name: "recharts", message: "lib/ computes; charts draw in components/charts/." },
  {
    name: "nuqs",
    message: "nuqs's entry imports React: lib/scenario/descriptors.ts gives pure parse and serialize, which components/ wrap in nuqs's parsers.",
  },
];

/**
 * What the browser bundle predicts with (docs/architecture.md, "What reaches the browser"): these
 * files may not import fitting code, the validation harness, ml-matrix or @stdlib, so the calculator
 * ships no fitting code. Type-only imports are allowed (they vanish from the bundle).
 */
const browserModel = [
  "lib/model/predict/**/*.ts",
  "lib/model/decide/**/*.ts",
  "lib/model/choose/**/*.ts",
  "lib/model/architect/architect-predict.ts",
  "lib/model/architect/architect-design.ts",
  "lib/model/architect/features.ts",
  "lib/model/architect/evidence-choice.ts",
  "lib/model/architect/benchmark-effects.ts",
  "lib/model/baseline/baseline-predict.ts",
  "lib/model/baseline/baseline-features.ts",
  "lib/model/paper/paper-predict.ts",
  "lib/model/paper/model.ts",
  "lib/model/paper/terms.ts",
  "lib/model/cost/design-cost.ts",
  "lib/model/stats/checked.ts",
  "lib/model/stats/linear.ts",
  "lib/model/stats/normal.ts",
  "lib/model/stats/random-intercepts.ts",
  "lib/model/stats/standardize.ts",
];
const fitFree = "The browser predicts with fitted models only: fitting code belongs to serving/, validation/ and the *fit files.";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    files: ["lib/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: uiPackages,
          patterns: [
            { group: ["react/*", "react-dom/*", "next/*", "recharts/*", "nuqs/*"], message: "lib/ is pure TypeScript." },
            { group: ["@/components/*", "@/app/*", "**/components/*", "**/app/*"], message: "Dependencies point app -> components -> lib, never back." },
          ],
        },
      ],
    },
  },
  {
    files: browserModel,
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [...uiPackages, { name: "ml-matrix", message: fitFree }],
          patterns: [
            { group: ["react/*", "react-dom/*", "next/*", "recharts/*", "nuqs/*"], message: "lib/ is pure TypeScript." },
            { group: ["@/components/*", "@/app/*", "**/components/*", "**/app/*"], message: "Dependencies point app -> components -> lib, never back." },
            { group: ["@stdlib/*"], message: fitFree },
            {
              group: ["**/fit", "**/*-fit", "**/least-squares", "**/ridge", "**/validation/*", "**/serving/*", "**/*examples"],
              message: fitFree,
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-assertions": ["error", { assertionStyle: "as", objectLiteralTypeAssertions: "never" }],
    },
  },
  globalIgnores([".next/**", "node_modules/**", "test-results/**", "playwright-report/**", "next-env.d.ts"]),
]);
