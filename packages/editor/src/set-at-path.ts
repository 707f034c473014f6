/**
 * A copy of `root` with the value at `keys` replaced by `value`; only the containers on the way are
 * copied. Missing containers are created (an object, or an array before a numeric key).
 */
export function setAtPath(root: unknown, keys: readonly (string | number)[], value: unknown): unknown {
  if (keys.length === 0) return value;
  const [key, ...rest] = keys as [string | number, ...(string | number)[]];
  if (Array.isArray(root) && typeof key === 'number') {
    const copy = [...root];
    copy[key] = setAtPath(root[key], rest, value);
    return copy;
  }
  const base = root !== null && typeof root === 'object' && !Array.isArray(root) ? (root as Record<string, unknown>) : {};
  const child = Object.hasOwn(base, key) ? base[key] : typeof rest[0] === 'number' ? [] : {};
  // defineProperty, not assignment: a key named "__proto__" in marketer JSON stays plain data.
  const copy = { ...base };
  Object.defineProperty(copy, key, { value: setAtPath(child, rest, value), enumerable: true, writable: true, configurable: true });
  return copy;
}
