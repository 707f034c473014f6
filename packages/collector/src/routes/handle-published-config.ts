import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ConfigStore } from '../configs/config-store.js';
import { CONFIG_ID } from '../configs/config-id.js';
import { sendJson } from '../http/send-json.js';

/** Short enough that a publish reaches shoppers within a minute; long enough to spare the server (s). */
const MAX_AGE = 30;

/**
 * `GET /v1/configs/{id}`: the published version of a showroom config, public and cacheable (the
 * widget loads it from any shop's origin). The ETag is the text's hash, so a revalidation after
 * the max-age costs a 304 until the next publish.
 */
export async function handlePublishedConfig(configs: ConfigStore, req: IncomingMessage, res: ServerResponse, id: string): Promise<void> {
  if (!CONFIG_ID.test(id)) return sendJson(res, 404, { error: `"${id}" is not a config id ([a-z0-9-], at most 64)` });
  const published = await configs.published(id);
  if (!published) return sendJson(res, 404, { error: `no published config "${id}"` });
  const etag = `"${createHash('sha256').update(published.text).digest('base64url').slice(0, 27)}"`;
  const headers = {
    ETag: etag,
    'Cache-Control': `public, max-age=${MAX_AGE}`,
    'X-Content-Type-Options': 'nosniff',
  };
  const asked = (req.headers['if-none-match'] ?? '').split(',').map((tag) => tag.trim().replace(/^W\//, ''));
  if (asked.includes(etag) || asked.includes('*')) {
    res.writeHead(304, headers);
    return void res.end();
  }
  const body = Buffer.from(published.text);
  res.writeHead(200, { ...headers, 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': body.length });
  res.end(body);
}
