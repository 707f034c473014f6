// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { config, key, mount, pointer, settle } from '../support/showroom-harness.js';

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

describe('Showroom', () => {
  it('puts the story and the quiz in tabs that the arrow keys move between', async () => {
    const s = await mount();
    const story = s.get('tab', 'Story');
    expect(story.getAttribute('aria-selected')).toBe('true');
    expect(s.root.querySelector('[role=tablist]')?.getAttribute('aria-label')).toBe('Ways to explore Aster lounge chair');
    await key(story, 'ArrowRight');
    await settle(2);
    expect(s.get('tab', 'Find your match').getAttribute('aria-selected')).toBe('true');
    expect(s.root.querySelector('#vs-panel-0')?.hasAttribute('hidden')).toBe(true);
  });

  it('uses the config’s strings in place of the defaults', async () => {
    const s = await mount(config((c) => (c.strings = { ...c.strings, storyTab: 'Our story', zoomIn: 'Closer' })));
    expect(s.get('tab', 'Our story')).toBeTruthy();
    expect(s.get('button', 'Closer')).toBeTruthy();
  });

  it('does not turn by itself when the shopper prefers reduced motion', async () => {
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: query.includes('reduce') }));
    const s = await mount();
    expect(s.viewer.calls).toContainEqual(['setAutoRotate', false]);
    expect(s.viewer.calls).not.toContainEqual(['setAutoRotate', true]);
    expect(s.get('button', 'Start turning')).toBeTruthy();
  });

  it('sends the Engaged Time of a module when the shopper moves to another one', async () => {
    const s = await mount();
    await pointer(s.root.querySelector('[part=surface]')!, 'pointerdown', { clientX: 1, clientY: 1 });
    await pointer(s.root.querySelector('[part=surface]')!, 'pointerup', { clientX: 1, clientY: 1 });
    await new Promise((r) => setTimeout(r, 20));
    await pointer(s.get('tab', 'Find your match'), 'pointerdown', {});
    expect(s.last('Engaged Time')).toMatchObject({ module: 'sense' });
    expect(s.last('Engaged Time')!['ms']).toBeGreaterThan(0);
  });

  it('sends the Engaged Time when the page is hidden, and counts none while it stays hidden', async () => {
    const setVisibility = async (state: 'hidden' | 'visible') => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
      document.dispatchEvent(new Event('visibilitychange'));
      await settle(2);
    };
    try {
      const s = await mount();
      await pointer(s.root.querySelector('[part=surface]')!, 'pointerdown', { clientX: 1, clientY: 1 });
      await new Promise((r) => setTimeout(r, 20));
      await setVisibility('hidden');
      expect(s.last('Engaged Time')).toMatchObject({ module: 'sense' });
      const sent = s.names().filter((name) => name === 'Engaged Time').length;
      await new Promise((r) => setTimeout(r, 30));
      await setVisibility('visible');
      // Hidden time is never engaged: nothing was counted to send.
      await pointer(s.get('tab', 'Find your match'), 'pointerdown', {});
      expect(s.names().filter((name) => name === 'Engaged Time').length).toBe(sent);
    } finally {
      delete (document as { visibilityState?: unknown }).visibilityState;
    }
  });
});
