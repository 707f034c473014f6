// A page in headless Chromium with one canvas and the showroom's built viewer chunk, for the scripts
// that render the demo's pictures with it (make-posters.mjs, make-story-clip.mjs). Everything is
// served from disk through Playwright's router: no server, no network. Needs `npm run build` first.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../scripts/chromium-path.mjs';

export const root = fileURLToPath(new URL('..', import.meta.url));
const ORIGIN = 'http://viewer.invalid';
const TYPES = { '.js': 'text/javascript', '.wasm': 'application/wasm', '.glb': 'model/gltf-binary' };

/**
 * Opens the page with a `width`×`height` css px canvas; its script imports the viewer from
 * `/showroom-viewer.js` and models from `/models/`. Close the browser when done.
 */
export async function openViewerPage(width, height) {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
  const page = await browser.newPage({ viewport: { width, height } });
  await page.route(`${ORIGIN}/**`, (route) => {
    const { pathname } = new URL(route.request().url());
    if (pathname === '/page.html') {
      return route.fulfill({ contentType: 'text/html', body: `<!doctype html><body style="margin:0"><canvas width="${width}" height="${height}" style="width:${width}px;height:${height}px;display:block"></canvas>` });
    }
    // /models/* from demo/, everything else (the viewer chunk and its wasm) from the showroom's dist/.
    const file = pathname.startsWith('/models/') ? `demo${pathname}` : `packages/showroom/dist${pathname}`;
    return route.fulfill({ contentType: TYPES[path.extname(file)], body: readFileSync(path.join(root, file)) });
  });
  await page.goto(`${ORIGIN}/page.html`);
  return { browser, page };
}
