import { fileURLToPath } from 'node:url';

// This file sits directly in src/ (and is bundled into dist/index.js and dist/cli.js), so `../`
// is the package's folder both when it runs from source (tests) and from the build, installed or not.
const pages = (path: string): string => fileURLToPath(new URL(`../dist/pages/${path}`, import.meta.url));

/**
 * The marketer's pages the collector serves behind the admin guard: URL prefix -> built folder.
 * `npm run build` copies them into the collector's dist/pages/ (rollup.config.mjs), so the
 * package ships them; the editor's live preview loads the showroom's 3D chunk from
 * /admin/editor/showroom/.
 */
export const ADMIN_PAGES: Readonly<Record<string, string>> = {
  '/admin/dashboard/': pages('dashboard'),
  '/admin/editor/': pages('editor'),
};
