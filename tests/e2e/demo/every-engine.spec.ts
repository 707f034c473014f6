import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { countWebglContexts, webglCounts } from '../support/count-webgl-contexts.js';
import type { BrowserTab } from '../support/engine/browser-tab.js';
import { EVERY_ENGINE, expect, test } from '../support/engine-demo-fixtures.js';
import { click, HOST, shows } from '../support/engine/showroom-in-tab.js';

// The shopper's path and the category page through the engine-neutral tab, for WebKit, which
// Playwright cannot drive: Chromium and Firefox walk the same path with Playwright's locators
// (scripted-visit.spec.ts, many-showrooms.spec.ts), so they skip these. Every page of the shop runs
// watch-page.ts under the demo's strict CSP: an error or a CSP violation fails the test.

/** Answers the started quiz (a reading nook, cosy and earthy, soft light) and waits for its result. */
async function answerQuiz(tab: BrowserTab): Promise<void> {
  await click(tab, 'radio', 'A reading nook');
  await click(tab, 'button', 'Next');
  await click(tab, 'checkbox', 'Cosy and earthy');
  await click(tab, 'button', 'Next');
  await click(tab, 'radio', 'Soft, indirect light');
  await click(tab, 'button', 'Show my Aster');
  await shows(tab, 'Aster in rust wool');
}

/** Waits until every showroom on the page has drawn its 3D view (`data-state=ready`), scrolling each into view. */
async function drawAll(tab: BrowserTab, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    await tab.evaluate(({ host, i }) => document.querySelectorAll(host)[i]?.scrollIntoView({ block: 'center' }), { host: HOST, i });
    await expect
      .poll(() => tab.evaluate(({ host, i }) => !!document.querySelectorAll(host)[i]?.shadowRoot?.querySelector('[data-state=ready]'), { host: HOST, i }), {
        message: `showroom ${i + 1} of ${count} drawn`,
        timeout: 45_000,
      })
      .toBe(true);
  }
}

/** axe-core's own script, the one @axe-core/playwright injects in Chromium and Firefox. */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe's WCAG 2.0-2.2 A and AA violations on the page, one line each (accessibility.spec.ts asks the same). */
const axeViolations = (tab: BrowserTab): Promise<string[]> =>
  tab.evaluate(async () => {
    type Result = { violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] };
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<Result> } }).axe;
    const { violations } = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });

test.describe('the demo, driven like a shopper', EVERY_ENGINE, () => {
  test.skip(({ engine }) => engine !== 'webkit', 'Chromium and Firefox walk this path with Playwright: scripted-visit.spec.ts');

  test('draws the 3D view and takes every experience to its event: hotspot, drag and keyboard turn, colour, story, quiz, CTA and share', async ({ tabs, shop }) => {
    const tab = tabs.first;
    await tab.goto(`${shop.url}/`);
    await drawAll(tab, 1);

    await click(tab, 'button', '2. Show detail: Deep seat cushion');
    await shows(tab, 'High-resilience foam');
    await click(tab, 'button', 'Close detail');

    const stage = await tab.evaluate((host) => {
      const surface = document.querySelector(host)!.shadowRoot!.querySelector('[role=application]') as HTMLElement;
      surface.focus();
      const { x, y, width, height } = surface.getBoundingClientRect();
      return { x, y, width, height };
    }, HOST);
    await tab.drag({ x: stage.x + stage.width * 0.15, y: stage.y + stage.height * 0.85 }, { x: stage.x + stage.width * 0.45, y: stage.y + stage.height * 0.85 });
    await tab.evaluate((host) => (document.querySelector(host)!.shadowRoot!.querySelector('[role=application]') as HTMLElement).focus(), HOST);
    await tab.press(['ArrowLeft']);

    await click(tab, 'radio', 'Moss wool');
    for (let page = 0; page < 4; page++) await click(tab, 'button', 'Next page');

    await click(tab, 'tab', 'Find your match');
    await click(tab, 'button', 'Start the quiz');
    await answerQuiz(tab);
    await click(tab, 'button', 'Reveal your code');
    await shows(tab, 'ASTER10');
    await tab.clickIn(HOST, '[part=cta]');
    await click(tab, 'button', 'Copy link');

    const events = () => shop.rows().filter((r) => r.properties['showroom_id'] !== undefined).map((r) => `${String(r.event)}/${String(r.properties['method'] ?? '')}`);
    await expect
      .poll(events, { timeout: 20_000 })
      .toEqual(
        expect.arrayContaining([
          'Model Loaded/',
          'Hotspot Opened/tap',
          'Model Rotated/drag',
          'Model Rotated/keyboard',
          'Variant Selected/tap',
          'Story Completed/',
          'Quiz Completed/',
          'Incentive Revealed/',
          'CTA Clicked/',
          'Shared/copy-link',
        ]),
      );
  });

  test('draws the category page’s eight showrooms through one WebGL context, losing none', async ({ tabs, shop }) => {
    shop.addInitScript(countWebglContexts);
    const tab = tabs.first;
    await tab.goto(`${shop.url}/category.html`);
    expect(await tab.evaluate((host) => document.querySelectorAll(host).length, HOST)).toBe(8);
    await drawAll(tab, 8);
    expect(await tab.evaluate(webglCounts)).toEqual({ created: 1, lost: 0 });
  });
});

// axe-core as a plain same-origin script, run by the page itself: in Firefox, @axe-core/playwright's
// injection crashes ESR 153's content process on this page (accessibility.spec.ts), this does not.
test.describe('the product page under axe', EVERY_ENGINE, () => {
  test.skip(({ engine }) => engine === 'chromium', 'Chromium runs @axe-core/playwright on it: accessibility.spec.ts');

  test('the product page has no axe violations with each experience open', async ({ tabs, shop }) => {
    // Through the watching proxy, as a same-origin script the demo's CSP allows (WebDriver has no init scripts).
    shop.addInitSource(AXE_SOURCE);
    const tab = tabs.first;
    await tab.goto(`${shop.url}/`);
    await drawAll(tab, 1);
    expect(await axeViolations(tab), 'the 3D view and the first story page').toEqual([]);
    await click(tab, 'button', '2. Show detail: Deep seat cushion');
    await shows(tab, 'High-resilience foam');
    expect(await axeViolations(tab), 'a hotspot card open').toEqual([]);
    await click(tab, 'button', 'Close detail');
    await click(tab, 'button', 'Next page');
    expect(await axeViolations(tab), 'story page 2').toEqual([]);
    await click(tab, 'tab', 'Find your match');
    await click(tab, 'button', 'Start the quiz');
    expect(await axeViolations(tab), 'the first question').toEqual([]);
    await answerQuiz(tab);
    expect(await axeViolations(tab), 'the quiz result').toEqual([]);
  });

  test('the fallback without WebGL has no axe violations', async ({ tabs, shop }) => {
    // A browser without WebGL: the poster and a message instead of the 3D view.
    shop.addInitScript(() => {
      const getContext = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
        return /webgl/.test(type) ? null : (getContext as (...a: unknown[]) => RenderingContext | null).call(this, type, ...rest);
      } as typeof getContext;
    });
    shop.addInitSource(AXE_SOURCE);
    const tab = tabs.first;
    await tab.goto(`${shop.url}/`);
    await shows(tab, 'Your browser cannot show the 3D view.');
    expect(await axeViolations(tab), 'the no-WebGL fallback').toEqual([]);
  });
});

test.describe('the demo’s CSP, watched in every engine', EVERY_ENGINE, () => {
  test('the watch sees a refusal: an inline script and style added to the page are refused and reported', async ({ tabs, shop, cspViolations, pageErrors }) => {
    const tab = tabs.first;
    await tab.goto(`${shop.url}/`);
    await tab.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = 'body { color: red }';
      const script = document.createElement('script');
      script.textContent = 'window.inlineRan = true';
      document.head.append(style, script);
    });
    await expect.poll(() => cspViolations.length, { message: 'violations reported' }).toBe(2);
    expect(await tab.evaluate(() => 'inlineRan' in window), 'the inline script ran').toBe(false);
    cspViolations.splice(0); // the two this test caused
    // Chromium and Firefox also log each refusal as an error: expected here, and only here.
    pageErrors.splice(0, pageErrors.length, ...pageErrors.filter((line) => !/Content[- ]Security[- ]Policy/.test(line)));
  });
});
