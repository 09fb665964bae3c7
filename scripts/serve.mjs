/**
 * `npm run serve`: the production server (scripts/serve.ts, bundled by scripts/bundle.mjs), serving the last
 * `next build`. Takes next start's -p/--port and -H/--hostname (PORT and HOSTNAME otherwise).
 */
import { pathToFileURL } from "node:url";
import { ensureBundle } from "./bundle.mjs";

await import(pathToFileURL(await ensureBundle("serve")).href);
