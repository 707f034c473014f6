import type { TextSpan } from './map-json-spans.js';

/** The last step of a JSON path: `.key`, `[3]` or `["odd key"]`. */
const LAST_STEP = /(?:\.[A-Za-z_$][\w$]*|\[\d+\]|\["(?:[^"\\]|\\.)*"\])$|^[A-Za-z_$][\w$]*$/;

/**
 * Where to show a problem at `path`: the value itself, or, for a value that is missing (a
 * required key), its nearest ancestor in the text; the whole document for the path "".
 */
export function locatePath(spans: ReadonlyMap<string, TextSpan>, path: string): TextSpan | undefined {
  for (let at = path; ; ) {
    const span = spans.get(at);
    if (span) return span;
    if (at === '') return undefined;
    const next = at.replace(LAST_STEP, '');
    if (next === at) return spans.get('');
    at = next;
  }
}
