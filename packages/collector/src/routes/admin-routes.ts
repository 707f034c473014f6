import { CONFIG_ROUTES } from './config-routes.js';
import { serveStatic } from '../http/serve-static.js';
import { handleDeleteVisitor } from './handle-delete-visitor.js';
import { handleMetrics } from './handle-metrics.js';
import { sendJson } from '../http/send-json.js';
import type { AdminRoute } from './admin-route.js';
import { handleLogout } from '../admin/handle-logout.js';

/**
 * Every route behind the admin guard, in one list: the router dispatches from it, and the test
 * that strangers are refused walks it, so no route can be added without that test covering it.
 * `pages` are the built admin pages (see admin-pages.ts), served as static files.
 */
export function adminRoutes(pages: Readonly<Record<string, string>>): AdminRoute[] {
  return [
    ...CONFIG_ROUTES,
    {
      method: 'GET',
      path: '/api/metrics',
      example: '/api/metrics',
      handle: ({ store, configs }, req, res) => handleMetrics(store, configs, res, new URL(`http://collector${req.url ?? '/'}`), Date.now()),
    },
    { method: 'POST', path: '/api/visitors/delete', example: '/api/visitors/delete', handle: ({ store }, req, res) => handleDeleteVisitor(store, req, res) },
    { method: 'POST', path: '/admin/logout', example: '/admin/logout', handle: ({ auth }, req, res) => handleLogout(auth, req, res) },
    // Longest prefix first, so a page mounted inside another's prefix wins over it.
    ...Object.entries(pages)
      .sort(([a], [b]) => b.length - a.length)
      .flatMap(([prefix, root]): AdminRoute[] => [
        {
          method: 'GET',
          path: `${prefix}*`,
          example: prefix,
          async handle(_context, req, res, { rest }) {
            if (await serveStatic(req, res, root, `/${rest}`)) return;
            // The pages load their files by relative URLs: a missing index means a missing build.
            const hint = rest === '' ? ' (the page is not built: run npm run build)' : '';
            sendJson(res, 404, { error: `no file at ${prefix}${rest}${hint}` });
          },
        },
        {
          // Without its slash the page's relative URLs would resolve one folder up.
          method: 'GET',
          path: prefix.slice(0, -1),
          example: prefix.slice(0, -1),
          handle: (_context, _req, res) => void res.writeHead(308, { Location: prefix }).end(),
        },
      ]),
  ];
}
