// Renders the story's clip (a muted loop the first story page shows in place of its picture) with the
// showroom's own viewer in headless Chromium, frame by frame, and encodes it with ffmpeg (VP9 WebM:
// plays in Chromium, Firefox and Safari): `npm run build && node demo/make-story-clip.mjs`. Needs
// ffmpeg (`apt-get install ffmpeg`). Writes demo/images/story/joinery.webm; its poster is joinery.png
// (demo/make-posters.mjs), its captions joinery.vtt. Run it again after changing the chair or the light.
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openViewerPage, root } from './viewer-page.mjs';

const [WIDTH, HEIGHT] = [640, 360]; // 16:9, as the story shows its media
const FPS = 24;
const SECONDS = 6;
const chair = JSON.parse(readFileSync(path.join(root, 'demo/configs/aster-chair.json'), 'utf8')).experiences.find((e) => e.type === 'viewer');

/** The camera at `t` (0 to 1 over the loop): a slow swing past the armrest's joint and back, so that the loop has no seam. */
const orbitAt = (t) => {
  const swing = (1 - Math.cos(2 * Math.PI * t)) / 2; // 0 → 1 → 0
  return { azimuth: 25 + 45 * swing, elevation: 24 - 10 * swing, distance: 1.5 - 0.15 * swing };
};

const { browser, page } = await openViewerPage(WIDTH, HEIGHT);
await page.evaluate(
  async ([url, variant]) => {
    const { createViewer } = await import('/showroom-viewer.js');
    window.viewer = createViewer(document.querySelector('canvas'));
    void window.viewer.setVariant(variant);
    await window.viewer.load(url);
  },
  [chair.model, chair.variants.find((v) => v.id === 'oat')],
);

const frames = mkdtempSync(path.join(tmpdir(), 'vitrine-clip-'));
const count = FPS * SECONDS;
for (let i = 0; i < count; i++) {
  const png = await page.evaluate(([orbit, width, height]) => {
    window.viewer.setCamera({ id: 'clip', label: 'clip', orbit });
    // Steps the damped camera to its goal at once: each frame is exactly where the clip puts it.
    while (window.viewer.frame(1e6));
    // On white, as the story's pictures are (a video has no transparency).
    const frame = Object.assign(document.createElement('canvas'), { width, height });
    const context = frame.getContext('2d');
    context.fillStyle = '#fff';
    context.fillRect(0, 0, frame.width, frame.height);
    context.drawImage(document.querySelector('canvas'), 0, 0, frame.width, frame.height);
    return frame.toDataURL('image/png');
  }, [orbitAt(i / count), WIDTH, HEIGHT]);
  writeFileSync(path.join(frames, `${String(i).padStart(4, '0')}.png`), Buffer.from(png.split(',')[1], 'base64'));
}
await browser.close();

const out = path.join(root, 'demo/images/story/joinery.webm');
// One thread and a constant quality: the same frames give the same file.
const ffmpeg = ['-y', '-loglevel', 'error', '-framerate', String(FPS), '-i', path.join(frames, '%04d.png'), '-c:v', 'libvpx-vp9', '-pix_fmt', 'yuv420p', '-b:v', '0', '-crf', '38', '-row-mt', '0', '-threads', '1', '-an', out];
const { status } = spawnSync('ffmpeg', ffmpeg, { stdio: 'inherit' });
rmSync(frames, { recursive: true });
if (status !== 0) throw new Error(`ffmpeg failed (exit ${status}); is it installed? (apt-get install ffmpeg)`);
console.log(`story/joinery.webm: ${statSync(out).size} bytes, ${count} frames at ${FPS} fps`);
