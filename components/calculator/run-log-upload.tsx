"use client";

import { useEffect, useId, useRef, useState } from "react";
import { FieldHint, hintId } from "@/components/ui/field-hint";
import type { RunLogSummary } from "@/lib/pilots/run-log";
import { isUsableRunLog, runLogStatus } from "@/lib/views/run-log-upload";
import { RunLogErrorsTable } from "./run-log-errors-table";
import type { RunLogRequest, RunLogWorkerMessage } from "./run-log.worker";

type Reading =
  | { state: "idle" }
  | { state: "reading"; fileName: string; fraction: number }
  | { state: "read"; fileName: string; summary: RunLogSummary }
  | { state: "failed"; fileName: string; message: string };

const HINT =
  "CSV or JSON Lines. One row per task (task, architecture, agents, solved as 0/1) or per design " +
  "(architecture, agents, tasks, solved); optionally tokens_in, tokens_out, turns, seconds, cost. " +
  "The file is read on your device and never uploaded.";

/**
 * Uploading the architect's own pilot runs: a file input, a progress bar while a Web Worker reads the
 * file (the main thread never parses), then what was found and every invalid row. `onSummary` is
 * called only with a summary that has valid rows: a failed or empty upload keeps what the page had.
 */
export function RunLogUpload({ onSummary }: { onSummary: (summary: RunLogSummary) => void }) {
  const id = useId();
  const [reading, setReading] = useState<Reading>({ state: "idle" });
  const worker = useRef<Worker | null>(null);
  const latestOnSummary = useRef(onSummary);
  useEffect(() => {
    latestOnSummary.current = onSummary;
  }, [onSummary]);
  // A worker still reading when the form goes away is stopped with it.
  useEffect(() => () => worker.current?.terminate(), []);

  const read = (file: File) => {
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
      if (message.type === "progress") setReading({ state: "reading", fileName: file.name, fraction: message.fraction });
      else if (message.type === "failed") finish({ state: "failed", fileName: file.name, message: message.message });
      else {
        finish({ state: "read", fileName: file.name, summary: message.summary });
        if (isUsableRunLog(message.summary)) latestOnSummary.current(message.summary);
      }
    };
    reader.onerror = (event) => {
      event.preventDefault();
      finish({ state: "failed", fileName: file.name, message: event.message || "the reader stopped" });
    };
    setReading({ state: "reading", fileName: file.name, fraction: 0 });
    const request: RunLogRequest = { file, name: file.name };
    reader.postMessage(request);
  };

  return (
    <div className="run-log-upload" data-testid="run-log-upload">
      <label htmlFor={id}>Your pilot runs</label>
      <input
        id={id}
        type="file"
        accept=".csv,.jsonl,.json,.txt"
        aria-describedby={hintId(id, HINT)}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          // Cleared so that choosing the same file again (after editing it) reads it again.
          event.currentTarget.value = "";
          if (file) read(file);
        }}
      />
      <FieldHint id={id} hint={HINT} />
      {reading.state === "reading" ? (
        <progress value={reading.fraction} max={1} aria-label={`Reading ${reading.fileName}`}>
          {Math.round(reading.fraction * 100)}%
        </progress>
      ) : null}
      <p role="status" data-testid="run-log-status">
        {reading.state === "reading" ? `Reading ${reading.fileName}…` : null}
        {reading.state === "read" ? runLogStatus(reading.summary, reading.fileName) : null}
        {reading.state === "failed" ? `${reading.fileName} could not be read (${reading.message}). Nothing was loaded; your earlier figures are kept.` : null}
      </p>
      {reading.state === "read" ? <RunLogErrorsTable summary={reading.summary} fileName={reading.fileName} /> : null}
    </div>
  );
}
