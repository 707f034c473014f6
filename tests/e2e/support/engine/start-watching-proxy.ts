import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { readReport, REPORT_PATH } from './read-report.js';

/** A reverse proxy in front of a site that runs scripts first in its pages, under the site's own CSP. */
export interface WatchingProxy {
  /** Origin of the proxy, e.g. `http://127.0.0.1:40125`: open the site's pages through it. */
  url: string;
  /**
   * Runs `fn(arg)` first in every HTML page served from now on: a `<script src>` of the proxy's own
   * origin at the top of `<head>`, which a strict CSP (`script-src 'self'`) allows, as it allows the
   * site's own scripts. WebDriver has no init scripts; a CSP-exempt init script would prove less.
   */
  addInitScript<A>(fn: (arg: A) => void, arg?: A): void;
  /** The same with a script's source, e.g. a library's file. */
  addInitSource(source: string): void;
  /** Calls `listener` with each JSON body a page POSTs to `/__report` (see watch-page.ts). */
  onReport(listener: (report: unknown) => void): void;
  /**
   * The path and query of every request the pages sent to the site so far, in order (its own
   * scripts and reports left out): what was fetched, in any engine, WebDriver's included.
   */
  requests(): string[];
  close(): Promise<void>;
}

const INIT_PREFIX = '/__init/';

/** Starts the proxy on 127.0.0.1 (a free port), forwarding everything else to `target`. */
export async function startWatchingProxy(target: string): Promise<WatchingProxy> {
  const upstream = new URL(target);
  const scripts: string[] = [];
  const listeners: Array<(report: unknown) => void> = [];
  const requested: string[] = [];
  const sockets = new Set<Socket>();

  const server = http.createServer((req, res) => {
    const url = req.url ?? '/';
    if (url.startsWith(INIT_PREFIX)) {
      const script = scripts[Number(url.slice(INIT_PREFIX.length).replace(/\.js$/, ''))];
      res.writeHead(script ? 200 : 404, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' });
      return void res.end(script ?? '');
    }
    if (req.method === 'POST' && url === REPORT_PATH) return void readReport(req, res, (report) => listeners.forEach((l) => l(report)));
    requested.push(url);
    // Uncompressed answers, so that a page can be edited.
    const headers = { ...req.headers, host: upstream.host };
    delete headers['accept-encoding'];
    const out = http.request({ host: upstream.hostname, port: upstream.port, method: req.method, path: url, headers }, (answer) => {
      const html = /^text\/html/.test(answer.headers['content-type'] ?? '');
      if (!html || scripts.length === 0) {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        return void answer.pipe(res);
      }
      const parts: Buffer[] = [];
      answer.on('data', (chunk: Buffer) => parts.push(chunk));
      answer.on('end', () => {
        const tags = scripts.map((_, i) => `<script src="${INIT_PREFIX}${i}.js"></script>`).join('');
        const body = Buffer.from(Buffer.concat(parts).toString('utf8').replace(/<head>/i, (head) => head + tags));
        const headers = { ...answer.headers, 'content-length': String(body.length) };
        delete headers['transfer-encoding'];
        res.writeHead(answer.statusCode ?? 502, headers);
        res.end(body);
      });
    });
    out.on('error', (error) => {
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
      res.end(`watching proxy: ${error.message}`);
    });
    req.pipe(out);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    addInitScript: (fn, arg) => void scripts.push(`(${fn.toString()})(${arg === undefined ? '' : JSON.stringify(arg)});`),
    addInitSource: (source) => void scripts.push(source),
    onReport: (listener) => void listeners.push(listener),
    requests: () => [...requested],
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
