import type { RunLogSummary } from "@/lib/pilots/run-log";
import { invalidRowsCaption } from "@/lib/views/run-log-upload";

/** The problems of an uploaded pilot log (line, field, reason), in a scroll region the keyboard can reach. */
export function RunLogErrorsTable({ summary, fileName }: { summary: RunLogSummary; fileName: string }) {
  if (summary.errors.length === 0) return null;
  return (
    <div className="table-scroll" role="region" aria-label={`Problems in ${fileName}`} tabIndex={0} style={{ maxHeight: "18rem", overflowY: "auto" }} data-testid="run-log-errors">
      <table>
        <caption>{invalidRowsCaption(summary)}</caption>
        <thead>
          <tr>
            <th scope="col">Line</th>
            <th scope="col" className="text">
              Field
            </th>
            <th scope="col" className="text">
              Reason
            </th>
          </tr>
        </thead>
        <tbody>
          {summary.errors.map((e, i) => (
            <tr key={i}>
              <td>{e.line.toLocaleString("en-US")}</td>
              <td className="text">{e.field}</td>
              <td className="text">{e.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
