/** Command-line interface over lib/: `npm run -s cli -- <command> [flags]`. See lib/cli/run-cli.ts. */
import { runCli } from "../lib/cli/run-cli";
import { loadDataset } from "../lib/data/load";

const result = runCli(process.argv.slice(2), () => loadDataset());
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.status;
