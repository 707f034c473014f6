import { createHash } from 'node:crypto';
import type { Page } from '@playwright/test';
import { expect, test } from '../../support/fixtures.js';
import { openViewerPage } from './viewer-page.js';

declare global {
  interface Window {
    violations: string[];
  }
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * Serves viewer.html with `policy` as its Content-Security-Policy header (its inline script and
 * style allowed by hash only) and records every violation the page reports.
 */
async function serveUnderCsp(page: Page, policy: (hashes: { script: string; style: string }) => string): Promise<void> {
  await page.route('**/viewer.html', async (route) => {
    const response = await route.fetch();
    const html = await response.text();
    const script = sha256(/<script type="module">([\s\S]*?)<\/script>/.exec(html)![1]!);
    const style = sha256(/<style>([\s\S]*?)<\/style>/.exec(html)![1]!);
    await route.fulfill({ response, body: html, headers: { ...response.headers(), 'content-security-policy': policy({ script, style }) } });
  });
  await page.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (event) => window.violations.push(`${event.effectiveDirective} ${event.blockedURI}`));
  });
}

/** Loads `model` into a new viewer; resolves to its error code, or 'loaded'. */
const load = (page: Page, model: string) =>
  page.evaluate(async (model) => {
    const canvas = document.createElement('canvas');
    document.getElementById('stage')!.append(canvas);
    const viewer = window.viewerModule.createViewer(canvas);
    return viewer.load(model).then(
      () => 'loaded',
      (error: { code: string }) => error.code,
    );
  }, model);

test.describe('the viewer chunk under a strict Content-Security-Policy', () => {
  test("loads meshopt models and their embedded textures given only 'wasm-unsafe-eval'", async ({ page, site }) => {
    test.setTimeout(120_000);
    await serveUnderCsp(
      page,
      ({ script, style }) =>
        // No 'unsafe-eval', no 'unsafe-inline', no worker-src, no blob: fetches: only WebAssembly
        // compilation (the meshopt decoder). A GLB's embedded images are decoded from their bytes
        // (three's GLTFLoader fetches them back from blob: URLs: a connect-src violation here).
        `default-src 'none'; script-src 'self' ${script} 'wasm-unsafe-eval'; style-src ${style}; connect-src 'self'`,
    );
    await openViewerPage(page, site.url);
    expect(await load(page, '/models/aster-chair.glb')).toBe('loaded');
    expect(await load(page, '/models/heavy.glb'), 'a model with an embedded texture').toBe('loaded');
    expect(await page.evaluate(() => window.violations)).toEqual([]);
  });

  test("fails with load-failed, not a broken page, where 'wasm-unsafe-eval' is missing", async ({ page, site }) => {
    await serveUnderCsp(page, ({ script, style }) => `default-src 'none'; script-src 'self' ${script}; style-src ${style}; connect-src 'self'`);
    await openViewerPage(page, site.url);
    expect(await load(page, '/models/aster-chair.glb')).toBe('load-failed');
    expect(await page.evaluate(() => window.violations)).toEqual(['script-src wasm-eval']);
  });
});
