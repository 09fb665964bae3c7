"use client";

import { useId } from "react";
import type { FileSettings, RunLogSummary } from "@/lib/pilots/run-log";
import { isPilotArchitecture } from "@/lib/pilots/architectures";
import { pilotAgentRange } from "@/lib/model/predict/pilot-runs";
import { ArchitectureOptions } from "./architecture-options";

type Needing = { name: string; design: boolean; missing: string[] };
type Props = {
  needing: readonly Needing[];
  summary: RunLogSummary;
  settings: Record<string, FileSettings>;
  architectures: readonly { architecture: string; label: string; agents: number }[];
  onChange: (settings: Record<string, FileSettings>) => void;
};

/**
 * What the page must be told about a file before its rows count: the design a log measured when it
 * names none (an Inspect log without task_args.architecture, a trace without agent attributes), and
 * which column is which where the usual names missed a required field. Applies at "Read again".
 */
export function RunLogFileSettings({ needing, summary, settings, architectures, onChange }: Props) {
  const id = useId();
  const set = (name: string, patch: FileSettings) => onChange({ ...settings, [name]: { ...settings[name], ...patch } });
  return (
    <div className="run-log-file-settings" data-testid="run-log-file-settings">
      {needing.map((file, i) => {
        const own = settings[file.name] ?? {};
        const columns = summary.files.find((f) => f.name === file.name)?.columns ?? [];
        const design = own.design ?? null;
        return (
          <fieldset key={file.name}>
            <legend>{file.name}</legend>
            {file.design ? (
              <div className="pilot-add">
                <p className="pilot-add-title">The log names no design: which did it run?</p>
                <div className="field">
                  <label htmlFor={`${id}-${i}-arch`}>Design of {file.name}</label>
                  <select
                    id={`${id}-${i}-arch`}
                    value={design?.architecture ?? ""}
                    onChange={(e) => {
                      const a = architectures.find((x) => x.architecture === e.currentTarget.value);
                      set(file.name, {
                        design: a === undefined || !isPilotArchitecture(a.architecture) ? null : { architecture: a.architecture, agents: a.agents },
                      });
                    }}
                  >
                    <option value="">Choose…</option>
                    <ArchitectureOptions architectures={architectures} />
                  </select>
                </div>
                <div className="field">
                  <label htmlFor={`${id}-${i}-agents`}>Agents in {file.name}</label>
                  <input
                    id={`${id}-${i}-agents`}
                    type="number"
                    min={1}
                    max={16}
                    disabled={design === null}
                    value={design?.agents ?? ""}
                    onChange={(e) => {
                      // Only a count the design can have is taken: anything else leaves the last one.
                      const agents = Number(e.currentTarget.value);
                      const [low, high] = design === null ? [0, -1] : pilotAgentRange(design.architecture);
                      if (design !== null && Number.isInteger(agents) && agents >= low && agents <= high) set(file.name, { design: { ...design, agents } });
                    }}
                  />
                </div>
              </div>
            ) : null}
            {file.missing.map((field) => (
              <div className="field" key={field}>
                <label htmlFor={`${id}-${i}-${field}`}>
                  Column for {field} in {file.name}
                </label>
                <select
                  id={`${id}-${i}-${field}`}
                  value={own.mapping?.[field as keyof NonNullable<FileSettings["mapping"]>] ?? ""}
                  onChange={(e) => set(file.name, { mapping: { ...own.mapping, [field]: e.currentTarget.value } })}
                >
                  <option value="">Choose…</option>
                  {columns.map((c) => (
                    <option key={c} value={c}>
                      {c}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </fieldset>
        );
      })}
    </div>
  );
}
