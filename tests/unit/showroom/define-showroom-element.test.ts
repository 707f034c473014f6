// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineShowroomElement, mountDataShowrooms } from '../../../packages/showroom/src/define-showroom-element.js';
import { config, fakeViewer, settle } from './support/showroom-harness.js';

const viewer = fakeViewer();
const track = vi.fn();
const defaults = { tracker: { track, user: () => ({ anonymousId: 'v' }) }, loadViewer: async () => () => viewer };

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

describe('<vitrine-showroom>', () => {
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
