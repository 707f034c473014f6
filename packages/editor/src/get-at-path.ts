/** The value at `keys` inside `root`, or undefined where the path leads nowhere. */
export function getAtPath(root: unknown, keys: readonly (string | number)[]): unknown {
  let at = root;
  for (const key of keys) {
    if (at === null || typeof at !== 'object' || !Object.hasOwn(at, key)) return undefined;
    at = (at as Record<string | number, unknown>)[key];
  }
  return at;
}
