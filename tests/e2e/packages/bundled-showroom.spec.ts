import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { trackErrors } from '../support/track-errors.js';
import { BUNDLERS } from './support/bundlers.js';
import { installPackedShowroom } from './support/install-packed-showroom.js';
import { serveFolder } from './support/serve-folder.js';

// One packed install for the three builds, in this worker (fullyParallel would install once per test).
test.describe.configure({ mode: 'default' });

const root = fileURLToPath(new URL('../../..', import.meta.url));
let project = '';
test.beforeAll(() => {
  test.setTimeout(120_000);
  project = installPackedShowroom();
});
test.afterAll(() => rmSync(project, { recursive: true, force: true }));

test.describe('@vitrine/showroom installed from its tarball and bundled by a site', () => {
  for (const [name, bundle] of Object.entries(BUNDLERS)) {
    test(`draws the model's first frame when bundled by ${name}, every file it asks for found`, async ({ page }) => {
      test.slow();
      const out = await bundle(project);
      // The site's three and the showroom's are one copy: WebGLRenderer (its one message) is emitted once.
      const scriptsOut = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.js'));
      const renderers = scriptsOut.map((file) => readFileSync(join(out, file), 'utf8').split('WebGLRenderer: Context Lost.').length - 1);
      expect(renderers.reduce((sum, n) => sum + n, 0)).toBe(1);
      const site = await serveFolder(out);
      try {
        const errors = trackErrors(page);
        const failed: string[] = [];
        // What a build gets wrong is a file that is not there (404) or cannot be reached. Not
        // ERR_ABORTED: on a loaded CI run Chromium reported the model's one request so although the
        // model drew from it (an unloaded run makes exactly one request for it, finished).
        page.on('requestfailed', (request) => void (request.failure()?.errorText !== 'net::ERR_ABORTED' && failed.push(`${request.url()}: ${request.failure()?.errorText}`)));
        page.on('response', (response) => void (response.status() >= 400 && failed.push(`${response.url()}: HTTP ${response.status()}`)));
        const scripts: string[] = [];
        page.on('request', (request) => void (request.resourceType() === 'script' && scripts.push(new URL(request.url()).pathname)));
        await page.goto(site.url);
        // Drawn, or given up ("The 3D view could not load"): a broken build fails without the whole wait.
        const settled = page.locator('vitrine-showroom .stage:is([data-state=ready], [data-state=failed], [data-state=no-webgl])');
        await expect(settled).toBeVisible({ timeout: 90_000 });
        await expect(settled).toHaveAttribute('data-state', 'ready');
        expect(failed).toEqual([]);
        expect(errors).toEqual([]);
        // The 3D view came as a chunk the bundler emitted, not as the script-tag build's prebuilt file.
        expect(scripts.length).toBeGreaterThan(1);
        expect(scripts.filter((path) => path.includes('showroom-viewer'))).toEqual([]);
      } finally {
        await site.close();
      }
    });
  }
});

// A page in TypeScript that uses both packages, type-checked against the installed declarations
// themselves (skipLibCheck off), as a project with either module resolution would.
const EXAMPLE = `import { createTracker } from '@vitrine/tracker';
import { defineShowroomElement, mountShowroom, trackerFromAnalytics, validateConfig, type ShowroomTracker } from '@vitrine/showroom';

const tracker: ShowroomTracker = createTracker({ endpoint: '/v1/batch', writeKey: 'shop-42' });
defineShowroomElement({ tracker });
const element: HTMLElement | null = document.querySelector('vitrine-showroom');
const { errors } = validateConfig({ id: 'aster-chair' });
if (element && errors.length === 0) mountShowroom(element, '/configs/aster-chair.json', { tracker: trackerFromAnalytics({ track: () => undefined }) }).destroy();
const showroom = document.querySelector('vitrine-showroom');
showroom?.addEventListener('vitrine:cta', (event) => {
  event.preventDefault();
  const variant: string | undefined = event.detail.variant;
  console.log(variant, showroom.config);
});
`;

// The same shop in React 19, which imports the React typing once.
const REACT_EXAMPLE = `import type {} from '@vitrine/showroom/react';
import { defineShowroomElement, type ShowroomConfig, type VitrineCtaDetail } from '@vitrine/showroom';

defineShowroomElement();
export function Product({ config, onCta }: { config: ShowroomConfig | string; onCta(detail: VitrineCtaDetail): void }) {
  return <vitrine-showroom config={config} className="showroom" onvitrine:cta={(event) => (event.preventDefault(), onCta(event.detail))} />;
}
`;
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

test.describe('@vitrine/tracker and @vitrine/showroom installed from their tarballs, in TypeScript', () => {
  for (const [resolution, module] of [['bundler', 'esnext'], ['node16', 'node16']]) {
    test(`type-check a page under moduleResolution ${resolution}, their declarations included`, () => {
      expect(existsSync(join(project, 'node_modules/@types/react')), 'a shop without React').toBe(false);
      writeFileSync(join(project, 'example.ts'), EXAMPLE);
      const args = ['--noEmit', '--strict', '--skipLibCheck', 'false', '--lib', 'ES2022,DOM', '--target', 'ES2022', '--module', module!, '--moduleResolution', resolution!, 'example.ts'];
      const { status, stdout, stderr } = spawnSync(process.execPath, [tsc, ...args], { cwd: project, encoding: 'utf8' });
      expect(stdout + stderr, 'what tsc reports').toBe('');
      expect(status).toBe(0);
    });
  }
});

// Last in this serial file: the tests above run without React's types installed.
test.describe('@vitrine/showroom/react installed from its tarball, in a React 19 project', () => {
  test.beforeAll(() => {
    // React's types as a shop installs them (npm links a folder the same way); their csstype is the workspace's.
    mkdirSync(join(project, 'node_modules/@types'), { recursive: true });
    symlinkSync(join(root, 'node_modules/@types/react'), join(project, 'node_modules/@types/react'), 'dir');
  });

  for (const [resolution, module] of [['bundler', 'esnext'], ['node16', 'node16']]) {
    test(`type-check a component that renders <vitrine-showroom> under moduleResolution ${resolution}`, () => {
      writeFileSync(join(project, 'product.tsx'), REACT_EXAMPLE);
      const args = ['--noEmit', '--strict', '--skipLibCheck', 'false', '--lib', 'ES2022,DOM', '--target', 'ES2022', '--jsx', 'react-jsx', '--module', module!, '--moduleResolution', resolution!, 'product.tsx'];
      const { status, stdout, stderr } = spawnSync(process.execPath, [tsc, ...args], { cwd: project, encoding: 'utf8' });
      expect(stdout + stderr, 'what tsc reports').toBe('');
      expect(status).toBe(0);
    });
  }
});
