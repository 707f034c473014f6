import { INGEST_LIMITS } from './ingest-limits.js';
import { jsonTooDeep } from './json-too-deep.js';
import type { Problem } from './problem.js';

export type JsonResult = { ok: true; value: unknown } | { ok: false; problem: Problem };

/**
 * Parses a request body as JSON whatever its Content-Type: browsers send `text/plain` so that a
 * cross-origin POST is a "simple request" and skips the CORS preflight round trip. Nesting deeper
 * than INGEST_LIMITS.maxJsonDepth is refused before parsing (see jsonTooDeep).
 */
export function parseJsonBody(body: Buffer): JsonResult {
  if (body.length === 0) return { ok: false, problem: { error: 'body is empty; send a JSON object' } };
  const limit = INGEST_LIMITS.maxJsonDepth;
  const deep = jsonTooDeep(body, limit);
  if (deep !== undefined) {
    const error = `${deep || 'body'} is nested deeper than ${limit} levels of objects and arrays`;
    return { ok: false, problem: { error, ...(deep ? { path: deep } : {}), limit } };
  }
  try {
    return { ok: true, value: JSON.parse(body.toString('utf8')) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: { error: `body is not valid JSON: ${reason}` } };
  }
}
