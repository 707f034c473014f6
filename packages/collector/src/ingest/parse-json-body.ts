import type { Problem } from './problem.js';

export type JsonResult = { ok: true; value: unknown } | { ok: false; problem: Problem };

/**
 * Parses a request body as JSON whatever its Content-Type: browsers send `text/plain` so that a
 * cross-origin POST is a "simple request" and skips the CORS preflight round trip.
 */
export function parseJsonBody(body: Buffer): JsonResult {
  if (body.length === 0) return { ok: false, problem: { error: 'body is empty; send a JSON object' } };
  try {
    return { ok: true, value: JSON.parse(body.toString('utf8')) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: { error: `body is not valid JSON: ${reason}` } };
  }
}
