/**
 * A computation in steps: a generator that yields (nothing) wherever its caller may pause and returns its
 * result. The browser runs one a slice at a time between frames (components/calculator/sliced-figures.ts);
 * everything else runs it to the end at once (finish), so both get the same result from the same code.
 */
export type Steps<T> = Generator<void, T, void>;

/**
 * Runs steps to the end at once: what a plain call of the computation returns.
 *
 * @example finish((function* () { yield; return 2; })()) // 2
 */
export function finish<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
  }
}
