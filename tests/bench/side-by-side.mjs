// One PNG of several screenshots in a row, each captioned, drawn by the bench's own Chromium: the
// 3D bench puts Vitrine's first view of a model beside model-viewer's.
import { readFileSync } from 'node:fs';

const escape = (text) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** Writes `path`: the `panels` ({ caption, png }: a PNG file) left to right, captions underneath. */
export async function composeSideBySide(browser, panels, path) {
  const figures = panels.map(({ caption, png }) => {
    const src = `data:image/png;base64,${readFileSync(png).toString('base64')}`;
    return `<figure><img src="${src}" alt="" /><figcaption>${escape(caption)}</figcaption></figure>`;
  });
  const page = await browser.newPage({ viewport: { width: 2200, height: 1000 } });
  try {
    await page.setContent(`<style>
      body { margin: 0; font: 16px system-ui, sans-serif; }
      main { display: inline-flex; align-items: flex-start; gap: 12px; padding: 12px; background: #eee; }
      figure { margin: 0; } img { display: block; border: 1px solid #ccc; } figcaption { padding-top: 6px; }
    </style><main>${figures.join('')}</main>`);
    await page.locator('main').screenshot({ path });
  } finally {
    await page.close();
  }
  return path;
}
