/**
 * A deep copy of validated JSON data, so that the caller's object is never shared or changed.
 * `__proto__` keys are dropped: assigning one would replace the copy's prototype.
 */
export function copyJson<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item: unknown) => copyJson(item)) as T;
  if (typeof value !== 'object' || value === null) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (key !== '__proto__') copy[key] = copyJson(item);
  }
  return copy as T;
}
