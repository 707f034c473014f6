import { readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../..', import.meta.url));

/**
 * URL prefix -> folder it serves. The tracker is served as built, minified; `VITRINE_TRACKER_DIST`
 * (a folder) serves another build instead, e.g. to check that the suite fails on a broken one.
 */
const MOUNTS: Array<[prefix: string, dir: string]> = [
  ['/tracker/', path.resolve(process.env['VITRINE_TRACKER_DIST'] ?? path.join(root, 'packages/tracker/dist'))],
  // The showroom as built (showroom-viewer.js is the lazily loaded 3D chunk) and the demo's models.
  ['/showroom/', path.join(root, 'packages/showroom/dist')],
  ['/models/', path.join(root, 'demo/models')],
  ['/', path.join(root, 'tests/e2e/pages')],
];

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.glb': 'model/gltf-binary',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
};

/** The test pages' origin; a different port from the proxy, so CORS and preflights are real. */
export interface StaticServer {
  /** Origin, e.g. `http://127.0.0.1:40124`. */
  url: string;
  close(): Promise<void>;
}

/** Serves tests/e2e/pages/ at `/` and the MOUNTS above on 127.0.0.1 (a free port). */
export async function startStaticServer(): Promise<StaticServer> {
  const sockets = new Set<Socket>();
  const server = http.createServer((req, res) => {
    void serve(req, res);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

async function serve(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');
  const file = resolveFile(decodeURIComponent(pathname));
  if (!file) return notFound(res);
  try {
    const content = await readFile(file);
    res.writeHead(200, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      // Every test must load the tracker as built now, never a cached copy.
      'cache-control': 'no-store',
    });
    res.end(content);
  } catch {
    notFound(res);
  }
}

/** The file a path maps to, or undefined when it is outside the mounts. */
function resolveFile(pathname: string): string | undefined {
  for (const [prefix, dir] of MOUNTS) {
    if (!pathname.startsWith(prefix)) continue;
    const file = path.join(dir, pathname.slice(prefix.length) || 'index.html');
    return file.startsWith(dir + path.sep) ? file : undefined;
  }
  return undefined;
}

function notFound(res: http.ServerResponse): void {
  res.writeHead(404, { 'content-type': 'text/plain' });
  res.end('not found');
}
