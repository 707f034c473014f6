import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AdminContext } from './admin-context.js';
import { adminRoutes } from './admin-routes.js';
import { handleLogin } from '../admin/handle-login.js';
import { handleLoginCss } from '../admin/handle-login-css.js';
import { isGuardedPath } from '../admin/is-guarded-path.js';
import { isSignedIn } from '../admin/is-signed-in.js';
import { matchAdminRoute } from './match-admin-route.js';
import { refuseSignedOut } from '../admin/refuse-signed-out.js';
import { handleDemoEvents } from './handle-demo-events.js';
import { serveStatic } from '../http/serve-static.js';
import type { DemoContext } from './demo-context.js';
import { handlePublishedConfig } from './handle-published-config.js';
import type { EventStore } from '../store/event-store.js';
import { VERSION } from '../http/version.js';
import { CORS_HEADERS, PREFLIGHT_HEADERS } from '../http/cors-headers.js';
import { handleIngest, type IngestContext } from './handle-ingest.js';
import { INGEST_ROUTES } from './ingest-routes.js';
import { sendJson } from '../http/send-json.js';

/** What the router needs from `startCollector`. */
export interface ServerContext {
  ingest: IngestContext;
  store: EventStore;
  demo: DemoContext | undefined;
  admin: AdminContext;
  log: (line: string) => void;
}

type Handler = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<void> | void;

/** The `node:http` request listener: routing, CORS, and the guarantee of an answer on any error. */
export function createRequestHandler(context: ServerContext): (req: IncomingMessage, res: ServerResponse) => void {
  const admin = adminRoutes(context.admin.pages);
  // `ingest`: what ingest left out of the rollups since start (IngestHealthFigures).
  const health = (): Record<string, unknown> => {
    const ingest = context.ingest.health?.figures();
    return { ok: true, version: VERSION, ...(ingest && { ingest }) };
  };
  const route = (path: string): { methods: string; handler: Handler } | undefined => {
    if (path === '/health') return { methods: 'GET', handler: (_req, res) => sendJson(res, 200, health()) };
    const ingest = Object.hasOwn(INGEST_ROUTES, path) ? INGEST_ROUTES[path] : undefined;
    if (ingest) {
      const type = ingest === 'batch' ? undefined : ingest;
      return { methods: 'POST', handler: (req, res, url) => handleIngest(context.ingest, req, res, url, type) };
    }
    if (path.startsWith('/v1/configs/')) {
      return { methods: 'GET', handler: (req, res) => handlePublishedConfig(context.admin.configs, req, res, path.slice('/v1/configs/'.length)) };
    }
    if (path === '/admin/login') return { methods: 'GET, POST', handler: (req, res, url) => handleLogin(context.admin, req, res, url) };
    if (path === '/admin/login.css') return { methods: 'GET', handler: (_req, res) => handleLoginCss(res) };
    const matched = matchAdminRoute(admin, path);
    if (matched.length > 0) {
      return {
        methods: matched.map(({ route }) => route.method).join(', '),
        handler: (req, res) => {
          const { route, params } = matched.find(({ route }) => route.method === (req.method === 'HEAD' ? 'GET' : req.method))!;
          return route.handle(context.admin, req, res, params);
        },
      };
    }
    const { demo } = context;
    if (!demo) return undefined;
    if (path === '/demo/events') return { methods: 'GET', handler: (req, res, url) => handleDemoEvents(demo, req, res, url) };
    const mount = Object.keys(demo.mounts).find((prefix) => path.startsWith(prefix));
    const [root, rest] = mount ? [demo.mounts[mount]!, path.slice(mount.length - 1)] : [demo.root, path];
    return {
      methods: 'GET',
      handler: async (req, res) => {
        if (!(await serveStatic(req, res, root, rest))) sendJson(res, 404, { error: `no file at ${path}` });
      },
    };
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    for (const [name, value] of Object.entries(CORS_HEADERS)) res.setHeader(name, value);
    let url: URL;
    try {
      // Prefixing, not `new URL(req.url, base)`: a path like `//host/x` must stay a path.
      url = new URL(`http://collector${req.url ?? '/'}`);
    } catch {
      return sendJson(res, 400, { error: 'the request URL is not valid' });
    }
    if (req.method === 'OPTIONS') {
      res.writeHead(204, PREFLIGHT_HEADERS);
      return void res.end();
    }
    // Before routing: a stranger learns nothing about which admin paths exist.
    if (isGuardedPath(url.pathname)) {
      const signedIn = await isSignedIn(context.admin, req);
      if (signedIn !== true) return refuseSignedOut(res, url, signedIn === false ? undefined : signedIn);
    }
    const found = route(url.pathname);
    if (!found) return sendJson(res, 404, { error: `no route for ${url.pathname}` });
    const method = req.method === 'HEAD' ? 'GET' : req.method;
    if (!found.methods.split(', ').includes(method ?? '')) {
      const allow = `${found.methods}, OPTIONS`;
      return sendJson(res, 405, { error: `${url.pathname} accepts ${allow}, not ${req.method}` }, { Allow: allow });
    }
    await found.handler(req, res, url);
  };

  return (req, res) => {
    handle(req, res).catch((error: unknown) => {
      context.log(`error: ${req.method} ${req.url}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      if (!res.headersSent) sendJson(res, 500, { error: 'internal error; the request was not stored' }, { Connection: 'close' });
      else res.destroy();
    });
  };
}
