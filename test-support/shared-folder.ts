import { existsSync } from "node:fs";
import path from "node:path";

/** The shared folder beside the checkout (../shared): the source data, the other tools' fixtures. */
export const SHARED = path.resolve(process.cwd(), "..", "shared");

/**
 * The skip option of a test that needs `dir` inside the shared folder: false when it is there; on CI
 * (CI set), false as well, so that the test runs and fails naming the missing path (CI has the shared
 * folder beside the clone, and a check that silently skips there checks nothing); elsewhere the reason.
 */
export function skipWithoutShared(dir: string): false | string {
  if (existsSync(dir)) return false;
  const ci = process.env.CI !== undefined && process.env.CI !== "" && process.env.CI !== "false";
  return ci ? false : `${dir} is not here (the shared folder beside the checkout)`;
}
