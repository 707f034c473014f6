// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SHOPPER_QUIET_MS } from '../../../../packages/showroom/src/components/showroom.js';
import type { StoryExperience } from '@vitrine/contracts';
import { LazyStoryVideo } from '../../../../packages/showroom/src/components/lazy-story-video.js';
import { click, config, key, mount, pointer, settle } from '../support/showroom-harness.js';

/** The story first (so its tab is selected), then the viewer. */
const storyFirst = () =>
  config((c) => {
    c.experiences = [c.experiences[1]!, c.experiences[0]!];
  });

/** Advances the clock outside act(), so that effects (pausing a timer) run between timers as in a browser. */
async function advance(ms: number) {
  await vi.advanceTimersByTimeAsync(ms);
  await settle(2);
}
const pageLabel = (root: ShadowRoot) => root.querySelector('[aria-roledescription=slide]')?.getAttribute('aria-label');

beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] }));
afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});

describe('StoryPanel', () => {
  it('is a carousel with a pause button, page labels and hidden progress bars', async () => {
    const s = await mount(storyFirst());
    expect(s.root.querySelector('[aria-roledescription=carousel]')?.getAttribute('aria-label')).toBe('Story about Aster lounge chair');
    expect(pageLabel(s.root)).toBe('Page 1 of 4');
    expect(s.get('button', 'Pause story')).toBeTruthy();
    expect(s.root.querySelectorAll('.bar')).toHaveLength(4);
  });

  it('advances by itself after each page’s duration and reports each page and the end', async () => {
    const s = await mount(storyFirst());
    expect(s.last('Story Page Viewed')).toMatchObject({ page: 1, page_count: 4, title: 'Made by hand in Jutland', method: 'auto', module: 'feel' });
    expect(s.names().indexOf('Showroom Viewed')).toBeLessThan(s.names().indexOf('Story Page Viewed'));
    await advance(6_000);
    expect(pageLabel(s.root)).toBe('Page 2 of 4');
    await advance(30_000);
    await advance(30_000);
    await advance(30_000);
    expect(s.names().filter((n) => n === 'Story Page Viewed')).toHaveLength(4);
    expect(s.names().filter((n) => n === 'Story Completed')).toHaveLength(1);
    // Watch again goes once pressed: focus moves to Next page, not to the page's top.
    const again = s.get('button', 'Watch again');
    again.focus();
    await click(again);
    expect(pageLabel(s.root)).toBe('Page 1 of 4');
    expect(s.root.activeElement).toBe(s.get('button', 'Next page'));
  });

  it('keeps focus on Previous page when it reaches the first page: the button says it is disabled, and does nothing', async () => {
    const s = await mount(storyFirst());
    await click(s.get('button', 'Next page'));
    const previous = s.get('button', 'Previous page');
    previous.focus();
    await click(previous);
    expect(pageLabel(s.root)).toBe('Page 1 of 4');
    expect(previous.getAttribute('aria-disabled')).toBe('true');
    expect(previous.hasAttribute('disabled')).toBe(false);
    expect(s.root.activeElement).toBe(previous);
    await click(previous);
    expect(s.last('Story Page Viewed')).toMatchObject({ page: 1, method: 'button' });
    expect(s.names().filter((n) => n === 'Story Page Viewed')).toHaveLength(3);
  });

  it('stops on the pause button and goes on from where it was', async () => {
    const s = await mount(storyFirst());
    await advance(4_000);
    await click(s.get('button', 'Pause story'));
    await advance(60_000);
    expect(pageLabel(s.root)).toBe('Page 1 of 4');
    await click(s.get('button', 'Play story'));
    await advance(2_100);
    expect(pageLabel(s.root)).toBe('Page 2 of 4');
  });

  it('goes back on a tap in the left quarter and forward on the rest', async () => {
    const s = await mount(storyFirst());
    const slide = s.root.querySelector<HTMLElement>('[aria-roledescription=slide]')!;
    slide.getBoundingClientRect = () => ({ left: 0, width: 400, top: 0, height: 300 }) as DOMRect;
    await click(slide, { clientX: 300 });
    expect(pageLabel(s.root)).toBe('Page 2 of 4');
    expect(s.last('Story Page Viewed')).toMatchObject({ page: 2, method: 'tap' });
    await click(s.root.querySelector('[aria-roledescription=slide]')!, { clientX: 50 });
    expect(pageLabel(s.root)).toBe('Page 1 of 4');
  });

  it('pauses while held and swipes', async () => {
    const s = await mount(storyFirst());
    const slide = () => s.root.querySelector<HTMLElement>('[aria-roledescription=slide]')!;
    await pointer(slide(), 'pointerdown', { clientX: 200 });
    await advance(10_000);
    expect(pageLabel(s.root)).toBe('Page 1 of 4');
    await pointer(slide(), 'pointerup', { clientX: 200 });
    await pointer(slide(), 'pointerdown', { clientX: 300 });
    await pointer(slide(), 'pointerup', { clientX: 100 });
    await settle(2);
    expect(s.last('Story Page Viewed')).toMatchObject({ page: 2, method: 'swipe' });
  });

  it('moves with the arrow keys and the previous/next buttons', async () => {
    const s = await mount(storyFirst());
    await key(s.get('button', 'Next page'), 'ArrowRight');
    await settle(2);
    expect(s.last('Story Page Viewed')).toMatchObject({ page: 2, method: 'keyboard' });
    await click(s.get('button', 'Previous page'));
    expect(s.last('Story Page Viewed')).toMatchObject({ page: 1, method: 'button' });
  });

  it('moves the 3D view once the shopper is in the story: a page sets the camera preset and opens a hotspot', async () => {
    const s = await mount(storyFirst());
    // Turning pages on its own, the story leaves the 3D view to the shopper.
    await advance(6_000);
    expect(s.last('Story Page Viewed')).toMatchObject({ page: 2, method: 'auto' });
    expect(s.viewer.calls.filter(([name]) => name === 'setCamera')).toEqual([]);
    expect(s.root.querySelector('[role=dialog]')).toBeNull();
    await click(s.get('button', 'Previous page'));
    await click(s.get('button', 'Next page'));
    expect(s.viewer.calls).toContainEqual(['setCamera', 'detail']);
    expect(s.root.querySelector('[role=dialog]')?.textContent).toContain('Solid oak frame');
    // The story opened it, not the shopper: no Hotspot Opened interaction is counted for sense.
    expect(s.last('Hotspot Opened')).toBeUndefined();
  });

  it('leaves the 3D view to the shopper for a while after they touched it', async () => {
    const s = await mount(storyFirst());
    await click(s.get('button', 'Pause story'));
    await click(s.get('button', 'Next page'));
    expect(s.viewer.calls).toContainEqual(['setCamera', 'detail']);
    const surface = s.root.querySelector('[part=surface]')!;
    await pointer(surface, 'pointerdown', { clientX: 1, clientY: 1 });
    await pointer(surface, 'pointerup', { clientX: 1, clientY: 1 });
    await click(s.get('button', 'Next page'));
    expect(s.last('Story Page Viewed')).toMatchObject({ page: 3 });
    expect(s.viewer.calls, 'no camera move within the quiet period').not.toContainEqual(['setCamera', 'side']);
    expect(s.root.querySelector('[role=dialog]')?.textContent ?? '').not.toContain('Deep seat cushion');
    await advance(SHOPPER_QUIET_MS);
    await click(s.get('button', 'Next page'));
    expect(s.root.querySelector('[role=dialog]')?.textContent, 'after it, the story moves the view again').toContain('Removable cover');
  });

  it('waits while a mouse is over it (keyboard focus: keyboard-and-touch.spec.ts)', async () => {
    const s = await mount(storyFirst());
    const story = s.root.querySelector('[aria-roledescription=carousel]')!;
    await pointer(story, 'pointerenter', { pointerType: 'mouse' });
    await advance(30_000);
    expect(pageLabel(s.root)).toBe('Page 1 of 4');
    await pointer(story, 'pointerleave', { pointerType: 'mouse' });
    await advance(6_100);
    expect(pageLabel(s.root)).toBe('Page 2 of 4');
  });

  it('closes the card a page opened when the story moves to a page without a hotspot', async () => {
    const s = await mount(storyFirst());
    await click(s.get('button', 'Next page'));
    expect(s.root.querySelector('[role=dialog]')).not.toBeNull();
    await click(s.get('button', 'Previous page'));
    expect(s.root.querySelector('[role=dialog]')).toBeNull();
  });

  it('waits while the page is hidden and goes on when it is shown again', async () => {
    const s = await mount(storyFirst());
    const setVisibility = async (state: 'hidden' | 'visible') => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
      document.dispatchEvent(new Event('visibilitychange'));
      await settle(2);
    };
    try {
      await setVisibility('hidden');
      await advance(30_000);
      expect(s.last('Story Page Viewed')).toMatchObject({ page: 1 });
      await setVisibility('visible');
      await advance(7_000);
      expect(s.last('Story Page Viewed')).toMatchObject({ page: 2, method: 'auto' });
    } finally {
      delete (document as { visibilityState?: unknown }).visibilityState;
    }
  });

  it('starts paused when the shopper prefers reduced motion, and plays when asked', async () => {
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: query.includes('reduce') }));
    try {
      const s = await mount(storyFirst());
      expect(s.get('button', 'Play story')).toBeTruthy();
      await vi.advanceTimersByTimeAsync(20_000);
      expect(s.last('Story Page Viewed')).toMatchObject({ page: 1 });
      await click(s.get('button', 'Play story'));
      await vi.advanceTimersByTimeAsync(20_000);
      expect(s.last('Story Page Viewed')!['page']).toBeGreaterThan(1);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  describe('a page with a clip', () => {
    /** The story first, its first page a clip with captions; `change` edits the story further. */
    const withClip = (change: (story: StoryExperience) => void = () => {}) =>
      config((c) => {
        c.experiences = [c.experiences[1]!, c.experiences[0]!];
        const story = c.experiences[0] as StoryExperience;
        story.pages[0]!.video = { src: '/clips/joinery.webm', captions: '/clips/joinery.vtt' };
        change(story);
      });
    /** play() (true) and pause() (false) calls on clips in the page (earlier tests' detached showrooms still run their timers). */
    let playing: boolean[];
    beforeEach(async () => {
      playing = [];
      vi.spyOn(HTMLMediaElement.prototype, 'play').mockImplementation(function (this: HTMLMediaElement) {
        if (this.isConnected) playing.push(true);
        return Promise.resolve();
      });
      vi.spyOn(HTMLMediaElement.prototype, 'pause').mockImplementation(function (this: HTMLMediaElement) {
        if (this.isConnected) playing.push(false);
      });
      await LazyStoryVideo.preload(); // the clip's chunk, as a browser would have fetched it
    });
    afterEach(() => vi.restoreAllMocks());
    const clip = (root: ShadowRoot) => root.querySelector('video');

    it('shows a muted, looping, inline clip with the page\'s picture as its poster and its captions on', async () => {
      const s = await mount(withClip());
      await settle();
      const video = clip(s.root)!;
      expect(video).toBeTruthy();
      expect(video.getAttribute('src')).toBe('/clips/joinery.webm');
      expect(video.muted).toBe(true);
      expect(video.hasAttribute('loop')).toBe(true);
      expect(video.hasAttribute('playsinline')).toBe(true);
      expect(video.getAttribute('poster')).toBe('/images/story/aster-workshop.webp');
      expect(video.getAttribute('aria-label')).toMatch(/^A carpenter planing an oak armrest/);
      expect(video.getAttribute('crossorigin')).toBe('anonymous');
      const track = video.querySelector('track')!;
      expect([track.getAttribute('kind'), track.getAttribute('src'), track.hasAttribute('default')]).toEqual(['captions', '/clips/joinery.vtt', true]);
      expect(s.root.querySelector('.slide img')).toBeNull();
    });

    it('plays while the story plays, and stops on Pause and while a page is held', async () => {
      const s = await mount(withClip());
      await settle();
      expect(playing.at(-1)).toBe(true);
      await click(s.get('button', 'Pause story'));
      expect(playing.at(-1)).toBe(false);
      await click(s.get('button', 'Play story'));
      expect(playing.at(-1)).toBe(true);
      const slide = s.root.querySelector('.slide')!;
      await pointer(slide, 'pointerdown', { clientX: 200 });
      await advance(400);
      expect(playing.at(-1)).toBe(false);
      await pointer(slide, 'pointerup', { clientX: 200 });
      expect(playing.at(-1)).toBe(true);
    });

    it('never starts by itself when the shopper prefers reduced motion, and plays when asked', async () => {
      vi.stubGlobal('matchMedia', (query: string) => ({ matches: query.includes('reduce') }));
      try {
        const s = await mount(withClip());
        await settle();
        await vi.advanceTimersByTimeAsync(20_000);
        expect(clip(s.root)).toBeTruthy();
        expect(playing).not.toContain(true);
        await click(s.get('button', 'Play story'));
        expect(playing.at(-1)).toBe(true);
      } finally {
        vi.unstubAllGlobals();
      }
    });

    it('keeps a Pause button in a story that does not turn its own pages (WCAG 2.2.2: moving content can be stopped)', async () => {
      const s = await mount(withClip((story) => (story.autoAdvance = false)));
      await settle();
      expect(playing.at(-1)).toBe(true);
      await click(s.get('button', 'Pause story'));
      expect(playing.at(-1)).toBe(false);
      await advance(60_000);
      expect(pageLabel(s.root)).toBe('Page 1 of 4');
    });

    it('hides a decorative clip from assistive technology', async () => {
      const s = await mount(withClip((story) => (story.pages[0]!.mediaAlt = '')));
      await settle();
      expect(clip(s.root)!.getAttribute('aria-hidden')).toBe('true');
      expect(clip(s.root)!.hasAttribute('aria-label')).toBe(false);
    });
  });
});
