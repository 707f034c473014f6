import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { byteRange } from './byte-range.js';
import { contentTypeFor } from './content-type-for.js';
import { PAGE_CSP } from './page-csp.js';
import { resolveStaticPath } from './resolve-static-path.js';

/**
 * Sends the file under `root` that `urlPath` names, or the one byte range `req` asks for (a video
 * seeks with them); resolves false, having sent nothing, when there is no such regular file
 * (folders are never listed). For the demo only: no ETags.
 */
export async function serveStatic(req: IncomingMessage, res: ServerResponse, root: string, urlPath: string): Promise<boolean> {
  const file = resolveStaticPath(root, urlPath);
  if (file === undefined) return false;
  let real: string;
  let size: number;
  try {
    real = await realpath(file);
    const info = await stat(real);
    // A symlink inside the demo folder must not lead outside it.
    if (!info.isFile() || !real.startsWith((await realpath(root)) + sep)) return false;
    size = info.size;
  } catch {
    return false; // missing file, or a missing root
  }
  const type = contentTypeFor(real);
  const headers = {
    'Content-Type': type,
    'Accept-Ranges': 'bytes',
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
    ...(type.startsWith('text/html') ? { 'Content-Security-Policy': PAGE_CSP } : {}),
  };
  const range = byteRange(req.headers.range, size);
  if (range === 'unsatisfiable') {
    res.writeHead(416, { ...headers, 'Content-Range': `bytes */${size}`, 'Content-Length': 0 }).end();
    return true;
  }
  if (range) res.writeHead(206, { ...headers, 'Content-Range': `bytes ${range[0]}-${range[1]}/${size}`, 'Content-Length': range[1] - range[0] + 1 });
  else res.writeHead(200, { ...headers, 'Content-Length': size });
  // The headers are gone: a read error or a client leaving can only cut the response short.
  const bytes = range ? { start: range[0], end: range[1] } : {};
  await pipeline(createReadStream(real, bytes), res).catch(() => res.destroy());
  return true;
}
