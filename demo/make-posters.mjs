// Renders each demo model's poster (the image a showroom shows until its first 3D frame, and instead
// of it without WebGL) with the showroom's own viewer in headless Chromium:
// `npm run build && node demo/make-posters.mjs`. Writes demo/images/posters/{model}.png.
// Run it again after changing a model or the viewer's lighting.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../scripts/chromium-path.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = path.join(root, 'demo/images/posters');
const SIZE = 640; // px, square; the showroom scales it into its space
const ORIGIN = 'http://posters.invalid';
const TYPES = { '.js': 'text/javascript', '.wasm': 'application/wasm', '.glb': 'model/gltf-binary' };
const { models } = JSON.parse(readFileSync(path.join(root, 'demo/models/models.json'), 'utf8'));

const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE } });
// Served from memory and disk through Playwright's router: no server, no network.
await page.route(`${ORIGIN}/**`, (route) => {
  const { pathname } = new URL(route.request().url());
  if (pathname === '/page.html') {
    return route.fulfill({ contentType: 'text/html', body: `<!doctype html><body style="margin:0"><canvas width="${SIZE}" height="${SIZE}" style="width:${SIZE}px;height:${SIZE}px;display:block"></canvas>` });
  }
  // /models/* from demo/, everything else (the viewer chunk and its wasm) from the showroom's dist/.
  const file = pathname.startsWith('/models/') ? `demo${pathname}` : `packages/showroom/dist${pathname}`;
  return route.fulfill({ contentType: TYPES[path.extname(file)], body: readFileSync(path.join(root, file)) });
});
await page.goto(`${ORIGIN}/page.html`);
mkdirSync(out, { recursive: true });
for (const { file } of models.filter((m) => m.file !== 'heavy.glb')) {
  await page.evaluate(async (url) => {
    const { createViewer } = await import('/showroom-viewer.js');
    window.viewer?.dispose();
    window.viewer = createViewer(document.querySelector('canvas'));
    window.viewer.setAutoRotate(false);
    await window.viewer.load(url);
    window.viewer.rotate(-25, 0);
    await new Promise((resolve) => setTimeout(resolve, 1500)); // let the damped turn settle
  }, `/models/${file}`);
  const png = await page.locator('canvas').screenshot({ omitBackground: true });
  const name = file.replace(/\.glb$/, '.png');
  writeFileSync(path.join(out, name), png);
  console.log(`${name}: ${png.length} bytes`);
}
await browser.close();
