import type { ServerResponse } from 'node:http';
import { DASHBOARD_ROOT } from '../dashboard-root.js';
import { serveStatic } from '../demo/serve-static.js';
import { sendJson } from './send-json.js';

/** Where the dashboard is served; its page loads its files by relative URLs, hence the trailing slash. */
export const DASHBOARD_PATH = '/admin/dashboard/';

/**
 * `GET /admin/dashboard/...`: the dashboard's static files, its page under the demo's strict CSP
 * (no inline script or style). `/admin/dashboard` redirects to the folder so relative URLs resolve.
 */
export async function handleDashboard(res: ServerResponse, path: string, root = DASHBOARD_ROOT): Promise<void> {
  if (path === DASHBOARD_PATH.slice(0, -1)) {
    res.writeHead(308, { Location: DASHBOARD_PATH }).end();
    return;
  }
  if (await serveStatic(res, root, path.slice(DASHBOARD_PATH.length - 1))) return;
  const hint = path === DASHBOARD_PATH ? ' (the dashboard is not built: run npm run build)' : '';
  sendJson(res, 404, { error: `no file at ${path}${hint}` });
}
