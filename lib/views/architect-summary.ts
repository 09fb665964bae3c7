import { mean } from "simple-statistics";
import type { Dataset } from "../data/dataset";
import { formatFixed } from "../format/numbers";
import type { ArchitectModel } from "../model/architect/architect-fit";
import { BASELINE_FEATURES } from "../model/baseline/baseline-features";
import type { TableRow } from "./validation-rows";
import { paperFitRuns } from "../data/row-sets";

/** The architect's model's identified coefficients per architecture (standardized units), as a table. */
export function architectCoefficientRows(model: ArchitectModel, dataset: Pick<Dataset, "architectures">): { columns: string[]; rows: TableRow[] } {
  const labels = new Map(dataset.architectures.map((a) => [a.architecture, a.label]));
  const names = ["intercept", ...model.features];
  return {
    columns: model.architectures.map((a) => labels.get(a) ?? a),
    rows: names.map((name, j) => ({
      label: name,
      cells: model.architectures.map((a) => formatFixed(model.perArchitecture[a]?.coefficients[j] ?? Number.NaN, 3)),
    })),
  };
}

/** The baseline sub-model's coefficients (standardized units). */
export function baselineCoefficientRows(model: ArchitectModel): { columns: string[]; rows: TableRow[] } {
  const names = ["intercept", ...BASELINE_FEATURES];
  return {
    columns: ["coefficient"],
    rows: names.map((name, j) => ({ label: name, cells: [formatFixed(model.baselineModel.coefficients[j] ?? Number.NaN, 3)] })),
  };
}

/** Table 5's success rate of each architecture beside the mean of its runs in the paper's v2 set. */
export function table5Discrepancies(dataset: Pick<Dataset, "architectures" | "runs">): { columns: string[]; rows: TableRow[] } {
  const v2 = paperFitRuns(dataset.runs, "v2");
  return {
    columns: ["Table 5", `mean of the ${v2.length} v2 runs`],
    rows: dataset.architectures.map((a) => {
      const runs = v2.filter((r) => r.architecture === a.architecture);
      const measured = runs.length === 0 ? Number.NaN : mean(runs.map((r) => r.success_rate));
      return { label: a.label, cells: [formatFixed(a.success_rate_table5, 3), formatFixed(measured, 3)] };
    }),
  };
}
