/*
 * The pilot-log upload's Web Worker: reads the File it is sent in 1 MB slices (lib/pilots), posts
 * progress after each, then the summary, so the page's main thread never parses. Created by
 * run-log-upload.tsx with `new Worker(new URL("./run-log.worker.ts", import.meta.url))`, which webpack
 * 5 (next build --webpack) bundles as a chunk of its own.
 */
import { parseRunLogBlob } from "@/lib/pilots/parse-run-log";
import type { RunLogSummary } from "@/lib/pilots/run-log";

/** What the page posts: the file and its name (the name picks CSV or JSON Lines). */
export type RunLogRequest = { file: Blob; name: string };

/** What the worker posts back: progress (0 to 1), then either the summary or why reading failed. */
export type RunLogWorkerMessage = { type: "progress"; fraction: number } | { type: "summary"; summary: RunLogSummary } | { type: "failed"; message: string };

const post = (message: RunLogWorkerMessage) => self.postMessage(message);

function isRequest(data: unknown): data is RunLogRequest {
  return typeof data === "object" && data !== null && "file" in data && data.file instanceof Blob && "name" in data && typeof data.name === "string";
}

self.addEventListener("message", (event: MessageEvent<unknown>) => {
  const request = event.data;
  if (!isRequest(request)) {
    post({ type: "failed", message: "the worker was sent no file" });
    return;
  }
  parseRunLogBlob(request.file, request.name, { onProgress: (fraction) => post({ type: "progress", fraction }) }).then(
    (summary) => post({ type: "summary", summary }),
    (error: unknown) => post({ type: "failed", message: error instanceof Error ? error.message : String(error) }),
  );
});
