/** A colour per architecture (CSS variables, so dark mode follows), shared by every calculator chart. */
export const ARCHITECTURE_COLORS: Record<string, string> = {
  single: "var(--muted)",
  independent: "var(--series-4)",
  decentralized: "var(--series-3)",
  centralized: "var(--series-1)",
  hybrid: "var(--series-2)",
};

export const colorOf = (architecture: string) => ARCHITECTURE_COLORS[architecture] ?? "var(--accent)";

export const percent = (x: number) => `${Math.round(x * 100)}%`;
