import { rangeText, twoDecimals, wholePercent } from "../format/numbers";
import type { ExtrapolationReason } from "../model/predict/extrapolation";
import { plural } from "../format/words";

const OUTSIDE: Record<Extract<ExtrapolationReason, { kind: "outside" }>["input"], { what: string; whose: string }> = {
  tools: { what: "tools", whose: "the runs'" },
  decomposability: { what: "decomposability", whose: "the benchmarks'" },
  capability: { what: "capability index", whose: "the fitted runs'" },
  baseline: { what: "single-agent baseline", whose: "the measured single-agent runs'" },
};

/**
 * One extrapolation reason as a plain clause, e.g. "tools 40 is outside the runs' 2-16" or
 * "7 agents: the runs measured decentralized only with 3; other counts follow the agent-count rule".
 */
export function reasonText(r: ExtrapolationReason): string {
  switch (r.kind) {
    case "outside": {
      const { what, whose } = OUTSIDE[r.input];
      const range = r.input === "baseline" ? `${wholePercent(r.range[0])}-${wholePercent(r.range[1])}` : rangeText(r.range);
      return `${what} ${r.input === "baseline" ? wholePercent(r.value) : twoDecimals(r.value)} is outside ${whose} ${range}`;
    }
    case "agents":
      return `${r.agents} agents: the runs measured ${r.architecture} only with ${r.measuredAgents}; other counts follow the agent-count rule`;
    case "far-from-benchmarks":
      return `no stored benchmark combines ${twoDecimals(r.tools)} ${plural(r.tools, "tool")} with decomposability ${twoDecimals(r.decomposability)} (nearest: ${r.nearest.benchmark}, ${r.nearest.tools} tools, ${r.nearest.decomposability})`;
  }
}
