"use client";

import { useEffect, useId, useRef, useState } from "react";
import { FieldHint, hintId } from "@/components/ui/field-hint";
import type { FileSettings, RunLogSummary } from "@/lib/pilots/run-log";
import { filesNeeding, isUsableRunLog, readRulesOf, runLogStatus, type RulesForm } from "@/lib/views/run-log-words";
import { RunLogErrorsTable } from "./run-log-errors-table";
import { RunLogFileSettings } from "./run-log-file-settings";
import { RunLogOptions } from "./run-log-options";
import type { RunLogRequest, RunLogWorkerMessage } from "./run-log.worker";

type Reading = { state: "idle" } | { state: "reading"; fraction: number } | { state: "read"; summary: RunLogSummary } | { state: "failed"; message: string };

const HINT =
  "One file or several (one per design): CSV or JSON Lines (a row per task: task, architecture, agents, solved; or per design: tasks " +
  "instead of task; common names such as task_id or resolved are recognised), Inspect .eval or .json logs, or OpenTelemetry traces " +
  "(OTLP JSON). The files are read on your device and never uploaded.";

/**
 * Uploading the architect's own pilot runs: a file input (several files make one upload), a progress
 * bar while a Web Worker reads them (the main thread never parses), what was found, what the page needs
 * to know (a design for a log that names none, a column the usual names missed), and every invalid row.
 * `onSummary` is called only with a summary that has valid rows: a failed or empty upload keeps what the
 * page had.
 */
export function RunLogUpload({
  onSummary,
  architectures,
}: {
  onSummary: (summary: RunLogSummary) => void;
  architectures: readonly { architecture: string; label: string; agents: number }[];
}) {
  const id = useId();
  const [reading, setReading] = useState<Reading>({ state: "idle" });
  const [files, setFiles] = useState<File[]>([]);
  const [settings, setSettings] = useState<Record<string, FileSettings>>({});
  const [form, setForm] = useState<RulesForm>({ threshold: "1", partialSolved: false, successAttribute: "task.success" });
  const worker = useRef<Worker | null>(null);
  const latestOnSummary = useRef(onSummary);
  useEffect(() => {
    latestOnSummary.current = onSummary;
  }, [onSummary]);
  // A worker still reading when the form goes away is stopped with it.
  useEffect(() => () => worker.current?.terminate(), []);
  const rules = readRulesOf(form, Object.fromEntries(architectures.map((a) => [a.architecture, a.agents])));

  const read = (chosen: readonly File[], perFile: Record<string, FileSettings>) => {
    if (!rules.ok || chosen.length === 0) return;
    worker.current?.terminate();
    const reader = new Worker(new URL("./run-log.worker.ts", import.meta.url));
    worker.current = reader;
    const finish = (next: Reading) => {
      reader.terminate();
      if (worker.current === reader) worker.current = null;
      setReading(next);
    };
    reader.onmessage = (event: MessageEvent<RunLogWorkerMessage>) => {
      const message = event.data;
      if (message.type === "progress") setReading({ state: "reading", fraction: message.fraction });
      else if (message.type === "failed") finish({ state: "failed", message: message.message });
      else {
        finish({ state: "read", summary: message.summary });
        if (isUsableRunLog(message.summary)) latestOnSummary.current(message.summary);
      }
    };
    reader.onerror = (event) => {
      event.preventDefault();
      finish({ state: "failed", message: event.message || "the reader stopped" });
    };
    setReading({ state: "reading", fraction: 0 });
    const request: RunLogRequest = { files: chosen.map((file) => ({ file, name: file.name, settings: perFile[file.name] ?? {} })), rules: rules.rules };
    reader.postMessage(request);
  };
  const names = files.map((f) => f.name).join(", ");
  const needing = reading.state === "read" ? filesNeeding(reading.summary) : [];

  return (
    <div className="run-log-upload" data-testid="run-log-upload">
      <label htmlFor={id}>Your pilot runs</label>
      <input
        id={id}
        type="file"
        multiple
        accept=".csv,.tsv,.jsonl,.ndjson,.json,.txt,.eval"
        aria-describedby={hintId(id, HINT)}
        onChange={(event) => {
          const chosen = [...(event.currentTarget.files ?? [])];
          // Cleared so that choosing the same file again (after editing it) reads it again.
          event.currentTarget.value = "";
          if (chosen.length === 0) return;
          setFiles(chosen);
          setSettings({});
          read(chosen, {});
        }}
      />
      <FieldHint id={id} hint={HINT} />
      <RunLogOptions form={form} error={rules.ok ? null : rules.message} onChange={setForm} />
      {reading.state === "reading" ? (
        <progress value={reading.fraction} max={1} aria-label={`Reading ${names}`}>
          {Math.round(reading.fraction * 100)}%
        </progress>
      ) : null}
      <p role="status" data-testid="run-log-status">
        {reading.state === "reading" ? `Reading ${names}…` : null}
        {reading.state === "read" ? runLogStatus(reading.summary) : null}
        {reading.state === "failed" ? `${names} could not be read (${reading.message}). Nothing was loaded; your earlier figures are kept.` : null}
      </p>
      {reading.state === "read" && needing.length > 0 ? (
        <RunLogFileSettings needing={needing} summary={reading.summary} settings={settings} architectures={architectures} onChange={setSettings} />
      ) : null}
      {files.length > 0 && reading.state !== "reading" ? (
        <button type="button" onClick={() => read(files, settings)} disabled={!rules.ok} data-testid="run-log-reread">
          Read {files.length === 1 ? "the file" : `the ${files.length} files`} again
        </button>
      ) : null}
      {reading.state === "read" ? <RunLogErrorsTable summary={reading.summary} /> : null}
    </div>
  );
}
