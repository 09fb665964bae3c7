/*
 * The pilot-log upload's Web Worker: reads the Files it is sent in 1 MB slices (lib/pilots: CSV, JSON
 * Lines, Inspect .eval zips inflated as a stream, Inspect .json logs, OpenTelemetry traces), posts
 * progress after each, then the summary, so the page's main thread never parses. Created by
 * run-log-upload.tsx with `new Worker(new URL("./run-log.worker.ts", import.meta.url))`, which webpack
 * 5 (next build --webpack) bundles as a chunk of its own.
 */
import { parseRunLogFiles } from "@/lib/pilots/parse-run-log";
import type { FileSettings, ReadRules, RunLogSummary } from "@/lib/pilots/run-log";

/** What the page posts: the files with their names (which, with their first bytes, say how to read them) and settings, and the reading rules. */
export type RunLogRequest = { files: { file: Blob; name: string; settings: FileSettings }[]; rules: Partial<ReadRules> };

/** What the worker posts back: progress (0 to 1), then either the summary or why reading failed. */
export type RunLogWorkerMessage = { type: "progress"; fraction: number } | { type: "summary"; summary: RunLogSummary } | { type: "failed"; message: string };

const post = (message: RunLogWorkerMessage) => self.postMessage(message);

function isRequest(data: unknown): data is RunLogRequest {
  if (typeof data !== "object" || data === null || !("files" in data) || !Array.isArray(data.files) || !("rules" in data)) return false;
  return data.files.every(
    (f: unknown) => typeof f === "object" && f !== null && "file" in f && f.file instanceof Blob && "name" in f && typeof f.name === "string",
  );
}

self.addEventListener("message", (event: MessageEvent<unknown>) => {
  const request = event.data;
  if (!isRequest(request)) {
    post({ type: "failed", message: "the worker was sent no file" });
    return;
  }
  parseRunLogFiles(
    request.files.map((f) => ({ blob: f.file, name: f.name, settings: f.settings })),
    { rules: request.rules, onProgress: (fraction) => post({ type: "progress", fraction }) },
  ).then(
    (summary) => post({ type: "summary", summary }),
    (error: unknown) => post({ type: "failed", message: error instanceof Error ? error.message : String(error) }),
  );
});
