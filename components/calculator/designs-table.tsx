import type { designsTable } from "@/lib/views/designs-table";

/** The designs compared, with success, interval and cost; the recommended one is marked. */
export function DesignsTable({ table }: { table: ReturnType<typeof designsTable> }) {
  return (
    <div className="table-scroll">
      <table data-testid="designs">
        <caption>Each design&apos;s predicted success and cost per task; ★ the recommended design. Cost per success is the cost of one successful task (— below 1% success).</caption>
        <thead>
          <tr>
            <th scope="col" className="text">
              Design
            </th>
            {table.columns.map((c) => (
              <th scope="col" key={c}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r) => (
            <tr key={r.label} className={r.recommended ? "recommended-row" : undefined}>
              <th scope="row">
                {r.recommended ? "★ " : ""}
                {r.label}
              </th>
              {r.cells.map((cell, i) => (
                <td key={table.columns[i] ?? i}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
