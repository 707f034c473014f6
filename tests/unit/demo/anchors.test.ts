import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// A link to an anchor that is not there scrolls nowhere: every `#id` the demo's pages and configs
// link to, on the same page or on another page of the demo, names an element of that page.
const demo = fileURLToPath(new URL('../../../demo/', import.meta.url));
const pages = readdirSync(demo).filter((name) => name.endsWith('.html'));
const configs = readdirSync(`${demo}configs`).filter((name) => name.endsWith('.json'));

const html = (page: string): string => readFileSync(`${demo}${page}`, 'utf8');
const ids = (page: string): string[] => [...html(page).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);

/** The demo page a link leads to from `from` ("#x" stays on it, "/" is index.html), or undefined when it leaves the demo. */
function pageOf(href: string, from: string): string | undefined {
  const path = href.split('#')[0]!;
  if (path === '') return from;
  if (path === '/') return 'index.html';
  return /^\/[\w-]+\.html$/.test(path) ? path.slice(1) : undefined;
}

/** Every string value under an `href` key. */
function configHrefs(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(configHrefs);
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, v]) => (key === 'href' && typeof v === 'string' ? [v] : configHrefs(v)));
}

/** The links of `page` and of the configs it shows, as [where it is written, href]. */
function linksOn(page: string): Array<[string, string]> {
  const text = html(page);
  const own = [...text.matchAll(/\shref="([^"]+)"/g)].map((m): [string, string] => [page, m[1]!]);
  const shown = [...text.matchAll(/<vitrine-showroom[^>]*\sconfig="([^"]+)"/g)].map((m) => `${m[1]}.json`);
  const fromConfigs = shown.flatMap((file) => configHrefs(JSON.parse(readFileSync(`${demo}configs/${file}`, 'utf8'))).map((href): [string, string] => [`configs/${file}`, href]));
  return [...own, ...fromConfigs];
}

describe("the demo's anchor links", () => {
  it('has pages that show the configs', () => {
    expect(pages).toEqual(expect.arrayContaining(['index.html', 'category.html']));
    expect(configs).toContain('aster-chair.json');
  });

  it.each(pages)('from %s (and the configs it shows), every #anchor names an element of its page', (page) => {
    const broken = linksOn(page)
      .filter(([, href]) => href.includes('#'))
      .map(([where, href]) => ({ where, href, target: pageOf(href, page) }))
      .filter(({ target, href }) => target !== undefined && !ids(target).includes(href.split('#')[1]!))
      .map(({ where, href }) => `${where}: ${href}`);
    expect(broken).toEqual([]);
  });
});
