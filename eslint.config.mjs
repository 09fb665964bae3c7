import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

/** lib/ is the pure domain: no React, no Next, no recharts (docs/architecture.md). */
const uiPackages = [
  { name: "react", message: "lib/ is pure TypeScript: UI belongs in components/." },
  { name: "react-dom", message: "lib/ is pure TypeScript: UI belongs in components/." },
  { name: "next", message: "lib/ must not depend on Next: routes belong in app/." },
  { name: "recharts", message: "lib/ computes; charts draw in components/charts/." },
];

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
            { group: ["react/*", "react-dom/*", "next/*", "recharts/*"], message: "lib/ is pure TypeScript." },
            { group: ["@/components/*", "@/app/*", "**/components/*", "**/app/*"], message: "Dependencies point app -> components -> lib, never back." },
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
