import { copyJson } from './copy-json.js';
import { isPlainObject } from './is-plain-object.js';

/**
 * JSON Merge Patch (RFC 7386, https://www.rfc-editor.org/rfc/rfc7386#section-2): an object patch
 * merges into the target key by key, `null` removes a key, anything else replaces the target.
 * Returns a new value and never changes `target` or `patch`; `__proto__` keys are ignored.
 */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isPlainObject(patch)) return copyJson(patch);
  const result: Record<string, unknown> = isPlainObject(target) ? (copyJson(target) as Record<string, unknown>) : {};
  for (const [key, value] of Object.entries(patch)) {
    if (key === '__proto__') continue;
    if (value === null) delete result[key];
    else result[key] = mergePatch(Object.hasOwn(result, key) ? result[key] : undefined, value);
  }
  return result;
}
