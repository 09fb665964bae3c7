/** Types of scripts/bundle.mjs (plain JavaScript: it runs before any TypeScript is compiled), for its tests. */
export declare const BUNDLES: Record<"cli" | "mcp" | "serve", { entry: string; external: boolean; codeKey: boolean; format: "cjs" | "esm" }>;
export declare function asciiOnly(text: string): string;
export declare function ensureBundle(name: keyof typeof BUNDLES, root?: string, force?: boolean): Promise<string>;
export declare function runBundle(bundle: string, variant?: string): void;
