"use client";

import { useId } from "react";
import type { RulesForm } from "@/lib/views/run-log-words";

/**
 * How scores and traces are read, under a disclosure: the score at or above which a task counts as
 * solved, whether Inspect's partial credit counts, and the trace attribute that says a task was solved.
 * They apply at the next read ("Read again").
 */
export function RunLogOptions({ form, error, onChange }: { form: RulesForm; error: string | null; onChange: (form: RulesForm) => void }) {
  const id = useId();
  return (
    <details className="run-log-options">
      <summary>Reading options (scores, traces)</summary>
      <div className="field">
        <label htmlFor={`${id}-threshold`}>Solved at a score of</label>
        <input
          id={`${id}-threshold`}
          inputMode="decimal"
          value={form.threshold}
          onChange={(e) => onChange({ ...form, threshold: e.currentTarget.value })}
          aria-invalid={error === null ? undefined : true}
          aria-describedby={`${id}-threshold-hint`}
        />
        <p className="hint" id={`${id}-threshold-hint`}>
          A numeric score at or above this counts as solved (Inspect scores, a score column). C and true count as solved, I and false as not.
        </p>
      </div>
      <div className="field switch-field">
        <input
          id={`${id}-partial`}
          type="checkbox"
          checked={form.partialSolved}
          onChange={(e) => onChange({ ...form, partialSolved: e.currentTarget.checked })}
        />
        <label htmlFor={`${id}-partial`}>Count partial credit (Inspect&apos;s P) as solved</label>
      </div>
      <div className="field">
        <label htmlFor={`${id}-success`}>Trace attribute saying a task was solved</label>
        <input
          id={`${id}-success`}
          value={form.successAttribute}
          onChange={(e) => onChange({ ...form, successAttribute: e.currentTarget.value })}
          aria-describedby={`${id}-success-hint`}
        />
        <p className="hint" id={`${id}-success-hint`}>
          OpenTelemetry traces: a span or resource attribute, true/false or a score.
        </p>
      </div>
      {error === null ? null : (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </details>
  );
}
