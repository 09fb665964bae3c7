/**
 * A cache shared by every module graph of one process (a bundler may load a module twice, e.g. for
 * Next's instrumentation and its pages), keyed by name and data version.
 *
 * @example let fits = 0; processCached("example", "v1", () => ++fits); processCached("example", "v1", () => ++fits) // 1 (computed once per name and version)
 */
export function processCached<T>(name: string, version: string, compute: () => T): T {
  const store = ((globalThis as { __agentScalingCache?: Map<string, unknown> }).__agentScalingCache ??= new Map<string, unknown>());
  const key = `${name}@${version}`;
  if (!store.has(key)) store.set(key, compute());
  return store.get(key) as T;
}
