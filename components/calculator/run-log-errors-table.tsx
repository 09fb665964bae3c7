import type { RunLogSummary } from "@/lib/pilots/run-log";
import { invalidRowsCaption, runLogPlace } from "@/lib/views/run-log-words";

/** The problems of an upload (file, where, field, reason), in a scroll region the keyboard can reach. */
export function RunLogErrorsTable({ summary }: { summary: RunLogSummary }) {
  if (summary.errors.length === 0) return null;
  const several = summary.files.length > 1;
  return (
    <div
      className="table-scroll"
      role="region"
      aria-label={`Problems in ${summary.files.map((f) => f.name).join(", ")}`}
      tabIndex={0}
      style={{ maxHeight: "18rem", overflowY: "auto" }}
      data-testid="run-log-errors"
    >
      <table>
        <caption>{invalidRowsCaption(summary)}</caption>
        <thead>
          <tr>
            {several ? (
              <th scope="col" className="text">
                File
              </th>
            ) : null}
            <th scope="col" className="text">
              Where
            </th>
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
              {several ? <td className="text">{e.file}</td> : null}
              <td className="text">{runLogPlace(e)}</td>
              <td className="text">{e.field}</td>
              <td className="text">{e.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
