// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineShowroomElement, mountDataShowrooms } from '../../../packages/showroom/src/define-showroom-element.js';
import type { VitrineErrorDetail } from '../../../packages/showroom/src/index.js';
import { h, render, type JSX } from 'preact';
import { byRole, click, config, fakeViewer, settle } from './support/showroom-harness.js';

const viewer = fakeViewer();
const track = vi.fn();
const defaults = { tracker: { track, user: () => ({ anonymousId: 'v' }) }, loadViewer: async () => () => viewer };

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

let listening = new AbortController();
afterEach(() => {
  listening.abort();
  listening = new AbortController();
});

/** The config fetches of a stubbed `fetch` (the 3D view fetches its model too). */
const configFetches = (fetch: { mock: { calls: unknown[][] } }) => fetch.mock.calls.filter(([url]) => !String(url).endsWith('.glb'));

/** `vitrine:error` events that reach the document, during this test. */
function errorsSeen() {
  const seen: VitrineErrorDetail[] = [];
  document.addEventListener('vitrine:error', (e) => seen.push(e.detail), { signal: listening.signal });
  return seen;
}

describe('<vitrine-showroom>', () => {
  // First in the file: the element is defined once per page, and here the page sets `config` before.
  it('takes over a config object the page set before the script defined the element', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    document.body.innerHTML = '<vitrine-showroom></vitrine-showroom>';
    const element = document.querySelector('vitrine-showroom')!;
    element.config = config((c) => (c.product.name = 'Early chair'));
    defineShowroomElement(defaults);
    await settle();
    expect(element.shadowRoot?.querySelector('[role=region]')?.getAttribute('aria-label')).toBe('Early chair showroom');
    expect(Object.hasOwn(element, 'config')).toBe(false);
    expect(configFetches(fetch)).toEqual([]);
  });

  it('mounts from its attributes, resolving the config id against endpoint, and frees the 3D view when removed', async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify(config())));
    vi.stubGlobal('fetch', fetch);
    defineShowroomElement(defaults);
    defineShowroomElement(defaults);
    document.body.innerHTML = '<vitrine-showroom config="aster-lounge-chair" endpoint="https://collector.example/v1/batch" write-key="k"></vitrine-showroom>';
    await settle();
    const element = document.querySelector('vitrine-showroom')!;
    expect(fetch).toHaveBeenCalledWith('https://collector.example/v1/configs/aster-lounge-chair', expect.anything());
    expect(element.shadowRoot?.querySelector('[role=region]')).not.toBeNull();
    element.remove();
    await settle();
    expect(viewer.calls.at(-1)).toEqual(['dispose']);
  });

  it('logs one setup error without a config attribute', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    defineShowroomElement(defaults);
    document.body.innerHTML = '<vitrine-showroom></vitrine-showroom>';
    expect(error).toHaveBeenCalledTimes(1);
    expect(String(error.mock.calls[0]![0])).toContain('[vitrine:no-config]');
    error.mockRestore();
  });
});

describe('<vitrine-showroom>.config', () => {
  const region = (element: Element) => element.shadowRoot?.querySelector('[role=region]')?.getAttribute('aria-label');

  it('takes the config object, before or after the element is connected, and re-renders in place when set again', async () => {
    defineShowroomElement(defaults);
    const element = document.createElement('vitrine-showroom');
    const first = config();
    element.config = first;
    expect(element.config).toBe(first);
    document.body.append(element);
    await settle();
    expect(region(element)).toBe('Aster lounge chair showroom');
    const surface = element.shadowRoot?.querySelector('[part=surface]');
    element.config = config((c) => (c.product.name = 'Aster chair, oak'));
    await settle();
    expect(region(element)).toBe('Aster chair, oak showroom');
    expect(element.shadowRoot?.querySelector('[part=surface]'), 'the same 3D view, kept').toBe(surface);
  });

  it('shows an invalid object as the same error box, console error and vitrine:error as a bad attribute', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const seen = errorsSeen();
    defineShowroomElement(defaults);
    const element = document.createElement('vitrine-showroom');
    document.body.append(element);
    error.mockClear();
    element.config = config((c) => ((c.theme as { accent: string }).accent = 'red; background: url(x)'));
    await settle();
    expect(element.shadowRoot?.textContent).toBe('This showroom is unavailable.');
    expect(error).toHaveBeenCalledTimes(1);
    expect(String(error.mock.calls[0]![0])).toMatch(/^\[vitrine:invalid-config\][\s\S]*theme\.accent/);
    expect(seen).toEqual([expect.objectContaining({ code: 'invalid-config', problems: [expect.objectContaining({ path: 'theme.accent' })] })]);
  });

  it('takes an id or URL as the attribute does, and the attribute set later wins over an object', async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify(config((c) => (c.product.name = 'Fetched chair')))));
    vi.stubGlobal('fetch', fetch);
    defineShowroomElement(defaults);
    const element = document.createElement('vitrine-showroom');
    element.config = config();
    document.body.append(element);
    await settle();
    element.setAttribute('config', '/configs/aster.json');
    await settle();
    expect(region(element)).toBe('Fetched chair showroom');
    expect(element.config).toBe('/configs/aster.json');
    element.config = config();
    await settle();
    element.config = '/configs/aster.json';
    await settle();
    expect(region(element), 'the same URL again, in place of the object').toBe('Fetched chair showroom');
    expect(configFetches(fetch)).toHaveLength(2);
  });
});

describe('<vitrine-showroom> in Preact', () => {
  it('takes config as an object and a listener per event as onvitrine:* props, as its JSX typing says', async () => {
    defineShowroomElement(defaults);
    const onVariant = vi.fn();
    const host = document.createElement('div');
    document.body.append(host);
    const props: JSX.IntrinsicElements['vitrine-showroom'] = { config: config(), 'onvitrine:variant': (e) => onVariant(e.detail.variant) };
    render(h('vitrine-showroom', props), host);
    await settle();
    const element = host.querySelector('vitrine-showroom')!;
    expect(element.getAttribute('config'), 'a property, not "[object Object]"').toBeNull();
    await click(byRole(element.shadowRoot!, 'radio', 'Terracotta wool'));
    expect(onVariant).toHaveBeenCalledWith('terracotta');
    render(null, host);
  });
});

describe('mountDataShowrooms', () => {
  it('mounts every [data-vitrine-showroom] element once', async () => {
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify(config())));
    document.body.innerHTML = '<div data-vitrine-showroom data-config="/configs/aster.json"></div><div data-vitrine-showroom data-config="/configs/aster.json"></div>';
    mountDataShowrooms(document, defaults);
    mountDataShowrooms(document, defaults);
    await settle();
    const roots = [...document.querySelectorAll('div')].map((d) => d.shadowRoot?.querySelectorAll('[role=region]').length);
    expect(roots).toEqual([1, 1]);
  });
});
