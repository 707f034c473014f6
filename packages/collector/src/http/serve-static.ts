import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { contentTypeFor } from './content-type-for.js';
import { PAGE_CSP } from './page-csp.js';
import { resolveStaticPath } from './resolve-static-path.js';

/**
 * Sends the file under `root` that `urlPath` names; resolves false, having sent nothing, when
 * there is no such regular file (folders are never listed). For the demo only: no ranges, no ETags.
 */
export async function serveStatic(res: ServerResponse, root: string, urlPath: string): Promise<boolean> {
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
  res.writeHead(200, {
    'Content-Type': type,
    'Content-Length': size,
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
    ...(type.startsWith('text/html') ? { 'Content-Security-Policy': PAGE_CSP } : {}),
  });
  // The headers are gone: a read error or a client leaving can only cut the response short.
  await pipeline(createReadStream(real), res).catch(() => res.destroy());
  return true;
}
