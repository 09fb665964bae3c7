import type { Parameters as FcParameters } from "fast-check";

/**
 * How long and how hard the property-based fuzz tests (`*.fuzz.test.ts`, fast-check) run inside
 * `npm run test:unit`: at most `runs` cases (FUZZ_RUNS overrides it, e.g. FUZZ_RUNS=10000 for a deep
 * run) and at most FUZZ_SECONDS seconds (default 20) per property, after which the property stops
 * early and passes on the cases it ran, so a slow machine cannot blow the CI budget. FUZZ_SEED
 * replays a failure (fast-check prints the seed and the shrunk counterexample).
 *
 * The seed: on CI (CI set, as `.ci/run` does) a fixed one, CI_FUZZ_SEED, so a run that lands is
 * reproducible and a change cannot go red on cases its own code never touched; elsewhere a fresh random
 * seed every run, so local runs keep exploring. A counterexample found locally becomes a plain test.
 */
/** The seed every property uses on CI unless FUZZ_SEED says otherwise. */
export const CI_FUZZ_SEED = 20261201;

export function fuzzSettings<T>(runs: number): FcParameters<T> {
  const env = (name: string) => {
    const value = Number(process.env[name]);
    return Number.isInteger(value) && value > 0 ? value : undefined;
  };
  // fast-check's seeds are any 32-bit integers, negative ones included: a replay takes whatever it printed.
  const given = Number(process.env.FUZZ_SEED);
  const seed =
    (process.env.FUZZ_SEED !== undefined && process.env.FUZZ_SEED.trim() !== "" && Number.isInteger(given) ? given : undefined) ??
    (process.env.CI !== undefined && process.env.CI !== "" && process.env.CI !== "false" ? CI_FUZZ_SEED : undefined);
  return {
    numRuns: env("FUZZ_RUNS") ?? runs,
    interruptAfterTimeLimit: (env("FUZZ_SECONDS") ?? 20) * 1000,
    markInterruptAsFailure: false,
    ...(seed === undefined ? {} : { seed }),
  };
}
