import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ServerResponse } from 'node:http';
import { sendJson } from './send-json.js';

/** Config ids as the showroom schema allows them: no dots or slashes, so no path can escape the folder. */
const CONFIG_ID = /^[a-z0-9-]{1,64}$/;

/**
 * `GET /v1/configs/{id}`: a published showroom config, public and cacheable (the widget loads it
 * from any shop's origin). Served from `{configsDir}/{id}.json` as stored; the widget validates it.
 */
export async function handlePublishedConfig(res: ServerResponse, configsDir: string, id: string): Promise<void> {
  if (!CONFIG_ID.test(id)) return sendJson(res, 404, { error: `"${id}" is not a config id ([a-z0-9-], at most 64)` });
  let body: Buffer;
  try {
    body = await readFile(join(configsDir, `${id}.json`));
  } catch {
    return sendJson(res, 404, { error: `no published config "${id}"` });
  }
  res.writeHead(200, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': body.length,
    'Cache-Control': 'public, max-age=60',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(body);
}
