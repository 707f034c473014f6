import { CONFIG_ROUTES } from '../configs/config-routes.js';
import { serveStatic } from '../demo/serve-static.js';
import { sendJson } from '../http/send-json.js';
import type { AdminRoute } from './admin-route.js';
import { handleLogout } from './handle-logout.js';

/**
 * Every route behind the admin guard, in one list: the router dispatches from it, and the test
 * that strangers are refused walks it, so no route can be added without that test covering it.
 * `pages` are the built admin pages (see admin-pages.ts), served as static files.
 */
export function adminRoutes(pages: Readonly<Record<string, string>>): AdminRoute[] {
  return [
    ...CONFIG_ROUTES,
    { method: 'POST', path: '/admin/logout', example: '/admin/logout', handle: ({ auth }, req, res) => handleLogout(auth, req, res) },
    // Longest prefix first, so '/admin/editor/showroom/' wins over '/admin/editor/'.
    ...Object.entries(pages)
      .sort(([a], [b]) => b.length - a.length)
      .map(([prefix, root]): AdminRoute => ({
        method: 'GET',
        path: `${prefix}*`,
        example: prefix,
        async handle(_context, _req, res, { rest }) {
          if (!(await serveStatic(res, root, `/${rest}`))) sendJson(res, 404, { error: `no file at ${prefix}${rest}` });
        },
      })),
  ];
}
