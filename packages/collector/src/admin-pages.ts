import { fileURLToPath } from 'node:url';

// This file sits directly in src/ (and is bundled into dist/index.js and dist/cli.js), so `../../`
// is packages/ both when it runs from source (tests) and from the build.
const packages = (path: string): string => fileURLToPath(new URL(`../../${path}`, import.meta.url));

/**
 * The marketer's pages the collector serves behind the admin guard: URL prefix -> built folder.
 * The editor's live preview loads the showroom's 3D chunk from /admin/editor/showroom/.
 */
export const ADMIN_PAGES: Readonly<Record<string, string>> = {
  '/admin/dashboard/': packages('dashboard/dist'),
  '/admin/editor/': packages('editor/dist'),
  '/admin/editor/showroom/': packages('showroom/dist'),
};
