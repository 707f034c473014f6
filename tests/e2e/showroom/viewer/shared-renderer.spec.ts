import { expect, test } from '../../support/fixtures.js';
import { openViewerPage } from './viewer-page.js';

/** Mounts a viewer in a new canvas and loads `model`; returns it. */
declare global {
  interface Window {
    mountOne(model: string, className?: string): Promise<ReturnType<Window['viewerModule']['createViewer']>>;
  }
}

test.describe('the shared renderer', () => {
  test.beforeEach(async ({ page, site }) => {
    await openViewerPage(page, site.url);
    await page.evaluate(() => {
      window.mountOne = async (model, className) => {
        const canvas = document.createElement('canvas');
        if (className) canvas.className = className;
        document.getElementById('stage')!.append(canvas);
        const viewer = window.viewerModule.createViewer(canvas);
        await viewer.load(model);
        return viewer;
      };
    });
  });

  test('gives back every geometry and texture of a viewer mounted and disposed 50 times', async ({ page }) => {
    test.setTimeout(120_000);
    const result = await page.evaluate(async () => {
      const { rendererStats } = window.viewerModule;
      const first = await window.mountOne('/models/mug.glb');
      const start = rendererStats();
      const tweed = { id: 'tweed', label: 'Tweed', materials: { fabric: { color: '#b09c82', texture: '/models/weave.png' } } };
      let peakTextures = 0;
      for (let i = 0; i < 50; i++) {
        const viewer = await window.mountOne(i % 2 ? '/models/mug.glb' : '/models/aster-chair.glb');
        if (i % 2 === 0) {
          // The chair in its texture variant: the variant's texture must go with the viewer too.
          await viewer.setVariant(tweed);
          await new Promise<void>((resolve) => {
            const off = viewer.onFrame(() => (off(), resolve()));
          });
          peakTextures = Math.max(peakTextures, rendererStats().textures);
        }
        viewer.dispose();
        document.querySelectorAll('canvas')[1]!.remove();
      }
      const end = rendererStats();
      first.dispose();
      return { start, end, peakTextures, last: rendererStats(), created: window.webgl.contexts.length, live: window.webgl.live() };
    });
    expect(result.end.geometries, 'geometries after 50 mounts').toBe(result.start.geometries);
    expect(result.end.textures, 'textures after 50 mounts').toBe(result.start.textures);
    expect(result.peakTextures, 'textures while a variant texture is shown').toBeGreaterThan(result.start.textures);
    expect(result.end.viewers).toBe(1);
    expect(result.created, 'WebGL contexts ever created').toBe(1);
    expect(result.last.contexts, 'contexts once the last viewer is gone').toBe(0);
    expect(result.live).toBe(0);
  });

  test('frees the context with the last viewer and makes a new one for the next', async ({ page }) => {
    test.setTimeout(120_000); // each new context compiles its shaders again (seconds under SwiftShader)
    const result = await page.evaluate(async () => {
      const live: number[] = [];
      for (let i = 0; i < 3; i++) {
        const viewer = await window.mountOne('/models/stool.glb');
        live.push(window.webgl.live());
        viewer.dispose();
        document.querySelector('canvas')!.remove();
        live.push(window.webgl.live());
      }
      return { live, created: window.webgl.contexts.length };
    });
    expect(result.live).toEqual([1, 0, 1, 0, 1, 0]);
    expect(result.created).toBe(3);
  });

  test('draws 20 viewers on one page with one WebGL context and loses none', async ({ page }) => {
    test.setTimeout(120_000);
    const models = ['aster-chair', 'sneaker', 'table-lamp', 'vase', 'backpack', 'mug', 'speaker', 'stool'];
    const result = await page.evaluate(async (models) => {
      const viewers = await Promise.all(Array.from({ length: 20 }, (_, i) => window.mountOne(`/models/${models[i % models.length]}.glb`, 'small')));
      const inked = [...document.querySelectorAll('canvas')].map((canvas) => {
        const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
        return data.filter((value, j) => j % 4 === 3 && value > 0).length;
      });
      const during = { stats: window.viewerModule.rendererStats(), created: window.webgl.contexts.length, lost: window.webgl.lost };
      for (const viewer of viewers) viewer.dispose();
      return { during, inked, after: window.viewerModule.rendererStats() };
    }, models);
    expect(result.during.created, 'WebGL contexts created').toBe(1);
    expect(result.during.lost, 'contexts lost').toBe(0);
    expect(result.during.stats).toMatchObject({ contexts: 1, viewers: 20 });
    expect(result.inked.filter((n) => n < 100), 'viewers whose canvas stayed empty').toEqual([]);
    expect(result.after).toMatchObject({ contexts: 0, viewers: 0 });
  });

  test('draws again after the browser loses and restores the context', async ({ page }) => {
    const result = await page.evaluate(async () => {
      const viewer = (await window.mountOne('/models/stool.glb')) as unknown as { frames: number; rotate(a: number, e: number): void };
      const gl = window.webgl.contexts[0]!;
      const canvas = document.querySelector('canvas')!;
      const lose = gl.getExtension('WEBGL_lose_context')!;
      const event = (name: string) => new Promise((resolve) => gl.canvas.addEventListener(name, resolve, { once: true }));
      const lost = event('webglcontextlost');
      lose.loseContext();
      await lost;
      viewer.rotate(90, 0); // asks for frames while there is no context: nothing is drawn, nothing throws
      const framesWhileLost = viewer.frames;
      await new Promise((resolve) => setTimeout(resolve, 300));
      const stalled = viewer.frames === framesWhileLost;
      const restored = event('webglcontextrestored');
      lose.restoreContext();
      await restored;
      const before = viewer.frames;
      await new Promise<void>((resolve) => {
        const poll = () => (viewer.frames > before ? resolve() : setTimeout(poll, 50));
        poll();
      });
      const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      return { stalled, inked: data.filter((value, j) => j % 4 === 3 && value > 0).length, created: window.webgl.contexts.length };
    });
    expect(result.stalled, 'no frame drawn without a context').toBe(true);
    expect(result.inked, 'inked pixels after the restore').toBeGreaterThan(500);
    expect(result.created).toBe(1);
  });
});
