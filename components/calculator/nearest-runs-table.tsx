import type { CalculatorCatalog } from "@/lib/views/catalog";
import type { NearbyRun } from "@/lib/views/nearest-runs";
import { wholePercent } from "@/lib/format/numbers";

/** The measured runs nearest the scenario: the evidence behind the prediction, in a keyboard-scrollable region named `label`. */
export function NearestRunsTable({ runs, catalog, testId, label }: { runs: NearbyRun[]; catalog: CalculatorCatalog; testId: string; label: string }) {
  const benchmarks = new Map(catalog.benchmarks.map((b) => [b.benchmark, b]));
  const models = new Map(catalog.models.map((m) => [m.model, m.label]));
  return (
    <div className="table-scroll" role="region" tabIndex={0} aria-label={label}>
      <table data-testid={testId}>
        <thead>
          <tr>
            <th scope="col" className="text">
              Benchmark
            </th>
            <th scope="col" className="text">
              Model
            </th>
            <th scope="col">Success</th>
            <th scope="col">Single agent</th>
          </tr>
        </thead>
        <tbody>
          {runs.map((r) => {
            const b = benchmarks.get(r.benchmark);
            return (
              <tr key={`${r.benchmark}/${r.model}`}>
                <th scope="row">
                  {b?.label ?? r.benchmark}{" "}
                  <span className="muted">
                    ({b?.tools} tools, d {b?.decomposability})
                  </span>
                </th>
                <td className="text">{models.get(r.model) ?? r.model}</td>
                <td>{wholePercent(r.successRate)}</td>
                <td>{wholePercent(r.singleRate)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
