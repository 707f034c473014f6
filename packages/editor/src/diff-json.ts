import { joinPath } from './join-path.js';

/** One difference between two JSON documents. */
export type JsonChange =
  | { kind: 'added'; path: string; after: unknown }
  | { kind: 'removed'; path: string; before: unknown }
  | { kind: 'changed'; path: string; before: unknown; after: unknown };

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * What changed from `before` to `after`, by JSON path, in document order: values compared leaf by
 * leaf, arrays by index (a page inserted shows as changes after it, which is how it reads).
 */
export function diffJson(before: unknown, after: unknown, path = ''): JsonChange[] {
  if (Array.isArray(before) && Array.isArray(after)) {
    const changes: JsonChange[] = [];
    for (let i = 0; i < Math.max(before.length, after.length); i++) {
      const at = joinPath(path, i);
      if (i >= after.length) changes.push({ kind: 'removed', path: at, before: before[i] });
      else if (i >= before.length) changes.push({ kind: 'added', path: at, after: after[i] });
      else changes.push(...diffJson(before[i], after[i], at));
    }
    return changes;
  }
  if (isObject(before) && isObject(after)) {
    const changes: JsonChange[] = [];
    for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
      const at = joinPath(path, key);
      if (!Object.hasOwn(after, key)) changes.push({ kind: 'removed', path: at, before: before[key] });
      else if (!Object.hasOwn(before, key)) changes.push({ kind: 'added', path: at, after: after[key] });
      else changes.push(...diffJson(before[key], after[key], at));
    }
    return changes;
  }
  return JSON.stringify(before) === JSON.stringify(after) ? [] : [{ kind: 'changed', path, before, after }];
}
