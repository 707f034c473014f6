// Renders each demo model's poster (the image a showroom shows until its first 3D frame, and instead
// of it without WebGL) with the showroom's own viewer in headless Chromium:
// `npm run build && node demo/make-posters.mjs`. Writes demo/images/posters/{model}.png.
// Run it again after changing a model or the viewer's lighting.
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { openViewerPage, root } from './viewer-page.mjs';

const out = path.join(root, 'demo/images/posters');
const SIZE = 640; // px, square; the showroom scales it into its space
const { models } = JSON.parse(readFileSync(path.join(root, 'demo/models/models.json'), 'utf8'));
// Each model's first variant in its demo config: the poster shows what the first frame will show.
const firstVariant = new Map();
for (const name of readdirSync(path.join(root, 'demo/configs'))) {
  const viewer = JSON.parse(readFileSync(path.join(root, 'demo/configs', name), 'utf8')).experiences.find((e) => e.type === 'viewer');
  if (viewer?.variants?.[0] && !firstVariant.has(viewer.model)) firstVariant.set(viewer.model, viewer.variants[0]);
}

const { browser, page } = await openViewerPage(SIZE, SIZE);
mkdirSync(out, { recursive: true });
for (const { file } of models.filter((m) => m.file !== 'heavy.glb')) {
  await page.evaluate(
    async ([url, variant]) => {
      const { createViewer } = await import('/showroom-viewer.js');
      window.viewer?.dispose();
      window.viewer = createViewer(document.querySelector('canvas'));
      if (variant) void window.viewer.setVariant(variant);
      await window.viewer.load(url); // the first view, as the widget first draws it
    },
    [`/models/${file}`, firstVariant.get(`/models/${file}`)],
  );
  const png = await page.locator('canvas').screenshot({ omitBackground: true });
  const name = file.replace(/\.glb$/, '.png');
  writeFileSync(path.join(out, name), png);
  console.log(`${name}: ${png.length} bytes`);
}

// The story's pictures: the chair's own renders, close up, in place of clip art (16:9, as the story shows them).
const STORY = [
  { name: 'joinery.png', variant: 'oat', orbit: { azimuth: 40, elevation: 22, distance: 1.5 } },
  { name: 'oak.png', variant: 'oat', orbit: { azimuth: 75, elevation: 8, distance: 1.45 } },
  { name: 'reading.png', variant: 'moss', orbit: { azimuth: -35, elevation: 38 } },
];
const chair = JSON.parse(readFileSync(path.join(root, 'demo/configs/aster-chair.json'), 'utf8')).experiences.find((e) => e.type === 'viewer');
await page.setViewportSize({ width: 800, height: 450 });
await page.evaluate(() => {
  const canvas = document.querySelector('canvas');
  [canvas.width, canvas.height, canvas.style.width, canvas.style.height] = [800, 450, '800px', '450px'];
});
mkdirSync(path.join(root, 'demo/images/story'), { recursive: true });
for (const { name, variant, orbit } of STORY) {
  await page.evaluate(
    async ([url, chosen, at]) => {
      const { createViewer } = await import('/showroom-viewer.js');
      window.viewer?.dispose();
      window.viewer = createViewer(document.querySelector('canvas'));
      void window.viewer.setVariant(chosen);
      await window.viewer.load(url);
      window.viewer.setCamera({ id: 'story', label: 'story', orbit: at });
      await new Promise((resolve) => setTimeout(resolve, 2000)); // let the damped move settle
    },
    [chair.model, chair.variants.find((v) => v.id === variant), orbit],
  );
  const png = await page.locator('canvas').screenshot();
  writeFileSync(path.join(root, 'demo/images/story', name), png);
  console.log(`story/${name}: ${png.length} bytes`);
}
await browser.close();
