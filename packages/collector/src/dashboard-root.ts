import { fileURLToPath } from 'node:url';

/**
 * The built dashboard (packages/dashboard/dist, `npm run build`). This file sits one folder below
 * the collector's package root both as source (src/) and bundled (dist/index.js, dist/cli.js), so
 * the same relative URL finds it from either.
 */
export const DASHBOARD_ROOT = fileURLToPath(new URL('../../dashboard/dist/', import.meta.url));
