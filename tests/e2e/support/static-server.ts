import { readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readReport, REPORT_PATH } from './engine/read-report.js';

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
  /**
   * Runs `fn(arg)` first in every HTML page served from now on, before any script of the page: an inline
   * script the server puts at the top of `<head>`. Unlike Playwright's `addInitScript`, it works in
   * every engine (WebDriver has no such command); unlike it, a page's CSP applies to it. Returns a
   * function that stops it being added to the pages served after.
   */
  addInitScript<A>(fn: (arg: A) => void, arg?: A): () => void;
  /** Calls `listener` with each JSON body a page POSTs to `/__report` (see engine/watch-page.ts). */
  onReport(listener: (report: unknown) => void): void;
  close(): Promise<void>;
}

/** Serves tests/e2e/pages/ at `/` and the MOUNTS above on 127.0.0.1 (a free port). */
export async function startStaticServer(): Promise<StaticServer> {
  const sockets = new Set<Socket>();
  const initScripts: string[] = [];
  const listeners: Array<(report: unknown) => void> = [];
  const report = (body: unknown) => listeners.forEach((listener) => listener(body));
  const server = http.createServer((req, res) => {
    if (req.method === 'POST' && req.url === REPORT_PATH) return void readReport(req, res, report);
    void serve(req, res, initScripts);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    addInitScript: (fn, arg) => {
      const script = `<script>(${fn.toString()})(${scriptLiteral(arg)});</script>`;
      initScripts.push(script);
      return () => void initScripts.splice(initScripts.indexOf(script) >>> 0, 1);
    },
    onReport: (listener) => void listeners.push(listener),
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** `value` as a JavaScript literal that is safe inside <script> (no `</script>` can end it early). */
function scriptLiteral(value: unknown): string {
  return value === undefined ? '' : JSON.stringify(value).replace(/</g, '\\u003c');
}

async function serve(req: http.IncomingMessage, res: http.ServerResponse, initScripts: string[]): Promise<void> {
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');
  const file = resolveFile(decodeURIComponent(pathname));
  if (!file) return notFound(res);
  try {
    let content = await readFile(file);
    const html = file.endsWith('.html');
    if (initScripts.length > 0 && html) {
      content = Buffer.from(content.toString('utf8').replace(/<head>/i, (head) => head + initScripts.join('')));
    }
    res.writeHead(200, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      // Every test must load the tracker as built now, never a cached copy. Pages are revalidated
      // instead: `no-store` on a document keeps it out of the back/forward cache (Firefox, Chromium).
      'cache-control': html ? 'no-cache' : 'no-store',
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
