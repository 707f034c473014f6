import type { CreateViewer } from './showroom-viewer.js';

/**
 * Loads the 3D view: from `url` when one is given, else (the ESM build, what a bundler gets from
 * `import '@vitrine/showroom'`) through an import() of the viewer's module, which imports `three`
 * by its bare name, so the page's bundler follows it, emits it as a chunk of its own and shares
 * three with the rest of the site. The script-tag build swaps in load-viewer-file.ts (rollup.config.mjs).
 */
export const loadViewer = (url?: string | URL): Promise<CreateViewer> =>
  url ? import(/* @vite-ignore */ /* webpackIgnore: true */ String(url)).then((m: { createViewer: CreateViewer }) => m.createViewer) : import('./index.js').then((m) => m.createViewer);
