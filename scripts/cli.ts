/**
 * Command-line interface over lib/: `npm run -s cli -- <command> [flags]`. See lib/cli/run-cli.ts. `npm run cli`
 * runs it bundled (scripts/cli.mjs), where the parsed data and the fitted models come from the disk cache.
 */
import { runCli } from "../lib/cli/run-cli";
import { servedDataset } from "../lib/model/serving/served-dataset";

// A reader that stops early (`… | head`) closes the pipe: that is not an error of ours, so end quietly
// instead of dying on an unhandled EPIPE.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}

const result = runCli(process.argv.slice(2), () => servedDataset());
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.status;
