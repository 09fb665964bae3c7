import { formatPercent, localeNumber } from "../format/numbers";
import { AUTO_BENCHMARK, NO_BENCHMARK, NO_DESIGN, PARAMETERS, type Parameter } from "../scenario/parameters";
import type { Scenario } from "../scenario/scenario";
import type { CalculatorCatalog } from "./catalog";
import { counted } from "../format/words";

/** Units whose values are shares (0-1), shown as percentages. */
const SHARE_UNITS = new Set(["success rate", "share of input", "chance"]);

/**
 * A number in a summary: a share as a percentage to one decimal, else as given with its unit.
 *
 * @example summaryNumber(0.5, "share of input") // "50.0%"
 * @example summaryNumber(3000, "tokens") // "3,000 tokens"
 */
export function summaryNumber(value: number, unit: string): string {
  if (SHARE_UNITS.has(unit)) return formatPercent(value, 1);
  const shown = localeNumber(value, 4);
  return unit === "" ? shown : `${shown} ${unit}`;
}

export type SummaryRow = { label: string; value: string };

/**
 * Every input of a scenario as one label and value each, in the parameters table's order: the print
 * summary that stands for the form on paper. Labels come from the table; ids are worded from the catalog.
 */
export function scenarioSummary(scenario: Scenario, catalog: CalculatorCatalog): SummaryRow[] {
  const likeOf = (id: string) =>
    id === AUTO_BENCHMARK
      ? "the stored benchmark it matches, if exactly one does"
      : id === NO_BENCHMARK
        ? "a new task"
        : catalog.evidenceBenchmarks.find((b) => b.benchmark === id)?.label;
  const labelOf = (key: string, id: string) =>
    (key === "model"
      ? catalog.models.find((m) => m.model === id)?.label
      : key === "architecture"
        ? id === NO_DESIGN
          ? "none"
          : catalog.architectures.find((a) => a.architecture === id)?.label
        : key === "like"
          ? likeOf(id)
          : undefined) ?? id;
  const table: readonly Parameter[] = PARAMETERS;
  return table.flatMap((p): SummaryRow[] => {
    if (p.kind === "pilots") {
      const pilots = [
        ...scenario.pilots.map(
          (x) =>
            `${labelOf("architecture", x.architecture)}, ${counted(x.agents, "agent")}: ${x.solved} of ${x.tasks} solved${x.paired ? " (same tasks)" : ""}`,
        ),
        // Pilots of another model are printed as the page shows them: not fused.
        ...scenario.otherPilots.map(
          (x) =>
            `${labelOf("architecture", x.architecture)}, ${counted(x.agents, "agent")}, ${labelOf("model", x.model ?? scenario.model)}: ${x.solved} of ${x.tasks} solved (not fused)`,
        ),
      ];
      return [{ label: p.label, value: pilots.length === 0 ? "none" : pilots.join("; ") }];
    }
    const value = scenario[p.key];
    if (p.kind === "choice") return [{ label: p.label, value: value === null ? "none" : labelOf(p.key, String(value)) }];
    if (typeof value !== "number") return p.key === "baseline" && value === null ? [] : [{ label: p.label, value: p.unset ?? "none" }];
    return [{ label: p.label, value: summaryNumber(value, p.unit) }];
  });
}
