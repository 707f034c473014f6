import { expect, test } from '../../support/fixtures.js';
import { openViewerPage } from './viewer-page.js';

// In-page helpers, installed by `setUp` (the functions run in the browser).
declare global {
  interface Window {
    mount(model?: string, size?: 'small'): Promise<number>;
    viewers: ReturnType<Window['viewerModule']['createViewer']>[];
    /** Pixels of viewer `i`'s canvas that are not background (alpha > 0). */
    inked(i: number): number;
    pixels(i: number): number[];
    /** Resolves once viewer `i` has drawn no frame for `quietMs`. */
    settle(i: number, quietMs?: number): Promise<void>;
  }
}

async function setUp(page: import('@playwright/test').Page, siteUrl: string): Promise<void> {
  await openViewerPage(page, siteUrl);
  await page.evaluate(() => {
    window.viewers = [];
    window.mount = async (model, size) => {
      const canvas = document.createElement('canvas');
      if (size) canvas.className = size;
      document.getElementById('stage')!.append(canvas);
      const viewer = window.viewerModule.createViewer(canvas);
      window.viewers.push(viewer);
      if (model) await viewer.load(model);
      return window.viewers.length - 1;
    };
    const data = (i: number) => {
      const canvas = document.querySelectorAll('canvas')[i]!;
      return canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    };
    window.pixels = (i) => Array.from(data(i));
    window.inked = (i) => data(i).filter((_, j) => j % 4 === 3 && data(i)[j]! > 0).length;
    window.settle = (i, quietMs = 300) =>
      new Promise((resolve) => {
        const viewer = window.viewers[i] as unknown as { frames: number };
        let last = viewer.frames;
        let since = performance.now();
        const poll = () => {
          if (viewer.frames !== last) [last, since] = [viewer.frames, performance.now()];
          if (performance.now() - since >= quietMs) resolve();
          else setTimeout(poll, 50);
        };
        poll();
      });
  });
}

const CHAIR = '/models/aster-chair.glb';
const RUST = { id: 'rust', label: 'Rust', materials: { fabric: { color: '#a4472a' } } };
const TWEED = { id: 'tweed', label: 'Tweed', materials: { fabric: { color: '#b09c82', texture: '/models/weave.png', roughness: 0.95 } } };

test.describe('createViewer', () => {
  test.beforeEach(async ({ page, site }) => setUp(page, site.url));

  test('loads a model and shows it in the first frame', async ({ page }) => {
    // Usually the first test of its worker's browser, so it pays SwiftShader's cold compile of
    // three's PBR shaders, which took over 120 s twice on this 2-core machine under load.
    test.slow();
    const { ms, inked, total, progress } = await page.evaluate(async (model) => {
      const started = performance.now();
      const canvas = document.createElement('canvas');
      document.getElementById('stage')!.append(canvas);
      const viewer = window.viewerModule.createViewer(canvas);
      window.viewers.push(viewer);
      const progress: number[] = [];
      await viewer.load(model, (fraction) => progress.push(fraction));
      return { ms: performance.now() - started, inked: window.inked(0), total: canvas.width * canvas.height, progress };
    }, CHAIR);
    test.info().annotations.push({ type: 'first frame (chair, 240×180 css px)', description: `${Math.round(ms)} ms` });
    expect(inked / total, 'share of the canvas the chair and its shadow cover').toBeGreaterThan(0.05);
    expect(progress.at(-1), 'progress ends at 1').toBe(1);
  });

  test('draws no frame while nothing changes, and frames only until a move settles', async ({ page }) => {
    const frames = await page.evaluate(async (model) => {
      await window.mount(model);
      await window.settle(0);
      const viewer = window.viewers[0]!;
      let count = 0;
      viewer.onFrame(() => count++);
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const idle = count;
      viewer.rotate(40, 10);
      await window.settle(0);
      const moved = count;
      await new Promise((resolve) => setTimeout(resolve, 1000));
      return { idle, moved, idleAfter: count - moved };
    }, CHAIR);
    expect(frames.idle, 'frames in 1 s idle').toBe(0);
    expect(frames.moved, 'frames of an eased rotation').toBeGreaterThan(2);
    expect(frames.idleAfter, 'frames in 1 s after the move settled').toBe(0);
  });

  test('stops drawing while its canvas is out of view, and resumes in view', async ({ page }) => {
    const frames = await page.evaluate(async (model) => {
      await window.mount(model);
      await window.settle(0);
      const viewer = window.viewers[0] as unknown as { frames: number; setAutoRotate(on: boolean): void };
      const stage = document.getElementById('stage')!;
      const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
      stage.style.transform = 'translateY(5000px)';
      await wait(200); // IntersectionObserver reports asynchronously
      const hidden = viewer.frames;
      viewer.setAutoRotate(true);
      await wait(800);
      const whileHidden = viewer.frames - hidden;
      stage.style.transform = '';
      await wait(800);
      const inView = viewer.frames - hidden - whileHidden;
      viewer.setAutoRotate(false);
      return { whileHidden, inView };
    }, CHAIR);
    expect(frames.whileHidden, 'frames drawn out of view').toBe(0);
    expect(frames.inView, 'auto-rotate frames back in view').toBeGreaterThan(2);
  });

  test('turns by itself when asked, also where the shopper prefers reduced motion (the widget asks only on their "Start turning")', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const frames = await page.evaluate(async (model) => {
      await window.mount(model);
      await window.settle(0);
      const viewer = window.viewers[0] as unknown as { frames: number; setAutoRotate(on: boolean): void };
      const before = viewer.frames;
      viewer.setAutoRotate(true);
      await new Promise((resolve) => setTimeout(resolve, 800));
      viewer.setAutoRotate(false);
      return viewer.frames - before;
    }, CHAIR);
    expect(frames, 'auto-rotate frames in 800 ms').toBeGreaterThan(2);
  });

  test('shows a colour variant in the next frame', async ({ page }) => {
    const changed = await page.evaluate(
      async ({ model, variant }) => {
        await window.mount(model);
        await window.settle(0);
        const before = window.pixels(0);
        await window.viewers[0]!.setVariant(variant);
        await window.settle(0);
        const after = window.pixels(0);
        return before.filter((value, i) => Math.abs(value - after[i]!) > 8).length / before.length;
      },
      { model: CHAIR, variant: RUST },
    );
    expect(changed, 'share of channel values that changed').toBeGreaterThan(0.01);
  });

  test('shows a texture variant, and the model as loaded again after switching back', async ({ page }) => {
    const result = await page.evaluate(
      async ({ model, tweed }) => {
        await window.mount(model);
        await window.settle(0);
        const original = window.pixels(0);
        const changed = (pixels: number[]) => pixels.filter((value, i) => Math.abs(value - original[i]!) > 8).length / pixels.length;
        await window.viewers[0]!.setVariant(tweed);
        await window.settle(0);
        const textured = changed(window.pixels(0));
        await window.viewers[0]!.setVariant({ id: 'none', label: 'As loaded', materials: {} });
        await window.settle(0);
        return { textured, restored: changed(window.pixels(0)) };
      },
      { model: CHAIR, tweed: TWEED },
    );
    expect(result.textured, 'share of channel values the weave changed').toBeGreaterThan(0.01);
    expect(result.restored, 'share still changed after going back').toBeLessThan(0.001);
  });

  test('refuses a variant texture that is not https: or relative', async ({ page }) => {
    const message = await page.evaluate(async (model) => {
      await window.mount(model);
      return window.viewers[0]!.setVariant({ id: 'x', label: 'X', materials: { fabric: { texture: 'javascript:alert(1)' } } }).then(
        () => 'resolved',
        (error: Error) => error.message,
      );
    }, CHAIR);
    expect(message).toContain('must be an https: or relative URL');
  });

  test('projects hotspots into the canvas and hides the one behind the model', async ({ page }) => {
    const hotspots = [
      { id: 'seat', position: [0, 0.5, 0.1] as [number, number, number], label: 'Seat', text: '' },
      { id: 'back', position: [0, 0.6, -0.42] as [number, number, number], label: 'Back', text: '' },
    ];
    const { front, behind, width, height } = await page.evaluate(
      async ({ model, hotspots }) => {
        await window.mount(model);
        const viewer = window.viewers[0]!;
        const front = viewer.projectHotspots(hotspots);
        viewer.setCamera({ id: 'back', label: 'Back', orbit: { azimuth: 180, elevation: 15, distance: 4 } });
        await window.settle(0);
        const canvas = document.querySelector('canvas')!;
        return { front, behind: viewer.projectHotspots(hotspots), width: canvas.clientWidth, height: canvas.clientHeight };
      },
      { model: CHAIR, hotspots },
    );
    const [seat, back] = front;
    expect(seat).toMatchObject({ id: 'seat', occluded: false });
    expect(seat!.x).toBeGreaterThan(0);
    expect(seat!.x).toBeLessThan(width);
    expect(seat!.y).toBeGreaterThan(0);
    expect(seat!.y).toBeLessThan(height);
    expect(back, 'the point behind the chair back, seen from the front').toMatchObject({ id: 'back', occluded: true });
    expect(behind[1], 'the same point seen from behind').toMatchObject({ id: 'back', occluded: false });
  });

  test('rejects load() of a missing model with a clear error and leaves no context behind', async ({ page }) => {
    const result = await page.evaluate(async () => {
      const error = await window.mount('/models/missing.glb').then(
        () => undefined,
        (e: Error & { code?: string }) => ({ message: e.message, code: e.code }),
      );
      window.viewers[0]!.dispose();
      return { error, stats: window.viewerModule.rendererStats(), live: window.webgl.live() };
    });
    expect(result.error?.code).toBe('load-failed');
    expect(result.error?.message).toContain('/models/missing.glb');
    expect(result.error?.message).toContain('404');
    expect(result.stats.contexts).toBe(0);
    expect(result.live, 'WebGL contexts the page still holds').toBe(0);
  });

  test('rejects a file that is not glTF with load-failed', async ({ page }) => {
    const code = await page.evaluate(() => window.mount('/models/models.json').then(() => 'loaded', (e: { code: string }) => e.code));
    expect(code).toBe('load-failed');
  });

  test('rejects load() with disposed when the viewer is disposed while the model loads', async ({ page }) => {
    const result = await page.evaluate(async (model) => {
      const canvas = document.createElement('canvas');
      document.getElementById('stage')!.append(canvas);
      const viewer = window.viewerModule.createViewer(canvas);
      const loading = viewer.load(model).then(() => 'loaded', (e: { code: string }) => e.code);
      viewer.dispose();
      return { code: await loading, stats: window.viewerModule.rendererStats() };
    }, CHAIR);
    expect(result.code).toBe('disposed');
    expect(result.stats).toMatchObject({ contexts: 0, viewers: 0 });
  });

  test('throws no-webgl from createViewer where the browser gives no WebGL context', async ({ page }) => {
    const result = await page.evaluate(() => {
      const getContext = HTMLCanvasElement.prototype.getContext as (this: HTMLCanvasElement, ...args: unknown[]) => unknown;
      (HTMLCanvasElement.prototype as { getContext: unknown }).getContext = function (this: HTMLCanvasElement, ...args: unknown[]) {
        return /webgl/.test(String(args[0])) ? null : getContext.apply(this, args);
      };
      const canvas = document.createElement('canvas');
      document.getElementById('stage')!.append(canvas);
      try {
        window.viewerModule.createViewer(canvas);
        return { code: 'created', stats: window.viewerModule.rendererStats() };
      } catch (error) {
        return { code: (error as { code?: string }).code, stats: window.viewerModule.rendererStats() };
      }
    });
    expect(result.code).toBe('no-webgl');
    expect(result.stats).toMatchObject({ contexts: 0, viewers: 0 });
  });

  test('refuses a model URL that is neither https: nor relative, without a request', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    // The showroom's shared rule (config/is-allowed-url.ts): a protocol-relative URL is another host.
    const urls = ['http://models.example/chair.glb', '//models.example/chair.glb', 'data:model/gltf-binary;base64,Z2xURg=='];
    const codes = await page.evaluate(
      (urls) => Promise.all(urls.map((url) => window.mount(url).then(() => 'loaded', (e: { code: string }) => e.code))),
      urls,
    );
    expect(codes).toEqual(['bad-url', 'bad-url', 'bad-url']);
    expect(requests.filter((url) => url.includes('models.example') || url.startsWith('data:'))).toEqual([]);
  });
});
