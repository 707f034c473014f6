import type { CreateViewer } from './showroom-viewer.js';

/**
 * load-viewer.ts for the script-tag build (rollup.config.mjs swaps it in): the 3D view is the
 * prebuilt showroom-viewer.js (three inlined and slimmed) next to showroom-core.js, found from
 * this module's own URL, so a page needs no bundler.
 */
export const loadViewer = (url: string | URL = new URL('./showroom-viewer.js', import.meta.url)): Promise<CreateViewer> =>
  import(/* @vite-ignore */ String(url)).then((m: { createViewer: CreateViewer }) => m.createViewer);
