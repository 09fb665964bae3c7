import type { KindContrast } from "@/lib/views/evidence-findings";

/** Method papers against evaluations: each kind's matched cells pooled, one sentence and a table. */
export function KindContrastTable({ contrast }: { contrast: KindContrast }) {
  return (
    <>
      <p className="notice" data-testid="kind-contrast-text">
        {contrast.text}
      </p>
      <div className="table-scroll" role="region" aria-label="Method papers against evaluations" tabIndex={0}>
        <table data-testid="kind-contrast">
          <caption>
            Every multi-agent run of a matched success-rate cell against its single agent, pooled over the studies of each kind.
            Gains in percentage points.
          </caption>
          <thead>
            <tr>
              <th scope="col" className="text">
                studies
              </th>
              {contrast.columns.map((c) => (
                <th scope="col" key={c}>
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {contrast.rows.map((r) => (
              <tr key={r.label}>
                <th scope="row">{r.label}</th>
                {r.cells.map((cell, i) => (
                  <td key={contrast.columns[i] ?? i}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
