import type { IncomingMessage } from 'node:http';
import { parseJsonBody } from '../ingest/parse-json-body.js';
import { readBody } from './read-body.js';

/** The admin API's largest body: a config is a few KB; 1 MB leaves room for long stories. */
const LIMIT = 1024 * 1024;

/** Reads a JSON object body; `error` (with its HTTP status) says what is wrong otherwise. */
export async function readJsonRequest(req: IncomingMessage): Promise<{ value: Record<string, unknown> } | { status: number; error: string }> {
  const body = await readBody(req, LIMIT);
  if (!body.ok) return body.reason === 'too-large' ? { status: 413, error: `body is larger than ${LIMIT} bytes` } : { status: 400, error: 'body was cut short' };
  const parsed = parseJsonBody(body.body);
  if (!parsed.ok) return { status: 400, error: parsed.problem.error };
  const { value } = parsed;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { status: 400, error: 'body must be a JSON object' };
  return { value: value as Record<string, unknown> };
}
