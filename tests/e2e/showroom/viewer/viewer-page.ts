import type { Page } from '@playwright/test';
import type * as ViewerModule from '../../../../packages/showroom/src/viewer/index.js';

/** What the page holds for the tests: the built chunk and a record of every WebGL context made. */
declare global {
  interface Window {
    viewerModule: typeof ViewerModule;
    webgl: { contexts: WebGLRenderingContext[]; lost: number; live(): number };
  }
}

/**
 * Counts WebGL contexts the way the browser sees them: every distinct context any canvas hands out,
 * and every `webglcontextlost`. Runs before the page's scripts.
 */
function recordContexts(): void {
  const contexts: WebGLRenderingContext[] = [];
  const webgl = { contexts, lost: 0, live: () => contexts.filter((gl) => !gl.isContextLost()).length };
  window.webgl = webgl;
  const getContext = HTMLCanvasElement.prototype.getContext as (this: HTMLCanvasElement, ...args: unknown[]) => unknown;
  (HTMLCanvasElement.prototype as { getContext: unknown }).getContext = function (this: HTMLCanvasElement, ...args: unknown[]) {
    const context = getContext.apply(this, args);
    if (context && /webgl/.test(String(args[0])) && !contexts.includes(context as WebGLRenderingContext)) {
      contexts.push(context as WebGLRenderingContext);
      this.addEventListener('webglcontextlost', () => webgl.lost++);
    }
    return context;
  };
}

/** Opens tests/e2e/pages/viewer.html with the built viewer chunk loaded. */
export async function openViewerPage(page: Page, siteUrl: string): Promise<void> {
  await page.addInitScript(recordContexts);
  await page.goto(`${siteUrl}/viewer.html`);
  await page.waitForFunction(() => !!window.viewerModule);
}
