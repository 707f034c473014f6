// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTracker, type Tracker } from '../../../packages/tracker/src/create-tracker.js';
import type { Consent } from '../../../packages/tracker/src/options.js';
import type { Context } from '../../../packages/tracker/src/message.js';

const minute = 60_000;
let trackers: Tracker[] = [];

/** A tracker whose events' contexts beforeSend catches; it stores them, which keeps the session, and sends nowhere. */
function start(consent: Consent = 'granted') {
  const contexts: Context[] = [];
  const tracker = createTracker({
    endpoint: 'https://collector.example/v1/batch',
    consent,
    trackEngagedTime: false,
    flushInterval: 3_600_000,
    beforeSend: (message) => (contexts.push(message.context), message),
  });
  trackers.push(tracker);
  /** Tracks one event on `path` and returns its context, once the tracker has begun to store it. */
  const at = async (path: string) => {
    history.replaceState(null, '', path);
    tracker.track('Test Item Tracked');
    await Promise.resolve();
    return contexts.at(-1)!;
  };
  return { tracker, at };
}

const stored = () => Object.keys(localStorage).filter((key) => /^vitrine\.(touch|first)$/.test(key));

// Every send answers 200 at once: this file is about what events carry, not how they travel.
vi.stubGlobal('fetch', vi.fn(async () => new Response(null, { status: 200 })));

beforeEach(() => {
  localStorage.clear();
  vi.useFakeTimers({ toFake: ['Date'], now: Date.parse('2026-12-05T10:00:00Z') });
});
afterEach(async () => {
  await Promise.all(trackers.map((tracker) => tracker.destroy()));
  trackers = [];
  vi.useRealTimers();
});

describe('createTracker touches', async () => {
  it('carries the landing’s campaign and click id, and the landing page as the first-ever touch', async () => {
    const context = await start().at('/chair?utm_source=newsletter&utm_medium=email&gclid=x');
    expect(context['campaign']).toEqual({ source: 'newsletter', medium: 'email' });
    expect(context['clickIds']).toEqual({ gclid: 'x' });
    expect(context['firstTouch']).toEqual({
      campaign: { source: 'newsletter', medium: 'email' },
      clickIds: { gclid: 'x' },
      page: { url: `${location.origin}/chair?utm_source=newsletter&utm_medium=email&gclid=x`, referrer: '' },
    });
  });

  it('keeps the landing’s campaign on a later page of the session, in a new page load too', async () => {
    await start().at('/chair?utm_source=newsletter&utm_medium=email');
    const { at } = start(); // the next page load: a new tracker, the same storage
    vi.advanceTimersByTime(10 * minute);
    const context = await at('/basket');
    expect(context['campaign']).toEqual({ source: 'newsletter', medium: 'email' });
    expect(context['page']!.url).toBe(`${location.origin}/basket`);
  });

  it('starts a new touch when a new campaign lands mid-session, keeping the first-ever one', async () => {
    const { at } = start();
    await at('/chair?utm_source=newsletter&utm_medium=email');
    const context = await at('/chair?utm_source=instagram&utm_medium=paid_social&fbclid=f');
    expect(context['sessionId']).toBe(Date.now());
    expect(context['campaign']).toEqual({ source: 'instagram', medium: 'paid_social' });
    expect(context['clickIds']).toEqual({ fbclid: 'f' });
    expect((context['firstTouch'] as { campaign: unknown }).campaign).toEqual({ source: 'newsletter', medium: 'email' });
    expect((await at('/basket'))['campaign']).toEqual({ source: 'instagram', medium: 'paid_social' });
  });

  it('drops the campaign when the session times out, and keeps the first-ever touch forever', async () => {
    const { at } = start();
    const landing = await at('/chair?utm_source=newsletter&utm_medium=email');
    vi.advanceTimersByTime(31 * minute);
    const next = await start().at('/chair');
    expect(next['sessionId']).not.toBe(landing['sessionId']);
    expect(next['campaign']).toBeUndefined();
    expect(next['clickIds']).toBeUndefined();
    vi.advanceTimersByTime(400 * 24 * 60 * minute);
    const later = await start().at('/chair?utm_source=google&utm_medium=cpc');
    expect(later['campaign']).toEqual({ source: 'google', medium: 'cpc' });
    expect(later['firstTouch']).toEqual(landing['firstTouch']);
  });

  it('persists nothing of the touch before consent, and what it held once consent is granted', async () => {
    const { tracker, at } = start('pending');
    expect((await at('/chair?utm_source=newsletter&utm_medium=email'))['campaign']).toEqual({ source: 'newsletter', medium: 'email' });
    expect(stored()).toEqual([]);
    tracker.setConsent('granted');
    expect(stored().sort()).toEqual(['vitrine.first', 'vitrine.touch']);
  });

  it('erases the stored touches when consent is denied, and at reset()', async () => {
    const { tracker, at } = start();
    await at('/chair?utm_source=newsletter');
    expect(stored()).toHaveLength(2);
    tracker.setConsent('denied');
    expect(stored()).toEqual([]);
    tracker.setConsent('granted');
    await at('/chair?utm_source=newsletter');
    tracker.reset();
    expect(stored()).toEqual([]);
    expect((await at('/basket'))['firstTouch']).toMatchObject({ page: { url: `${location.origin}/basket` } });
  });

  it('stores hostile long values cut: 200 characters a field, 1,000 of the landing URL', async () => {
    const long = 'x'.repeat(50_000);
    const context = await start().at(`/chair?utm_source=${long}&gclid=${long}&utm_content=${long}`);
    expect((context['campaign'] as Record<string, string>)['source']).toHaveLength(200);
    expect((context['clickIds'] as Record<string, string>)['gclid']).toHaveLength(200);
    expect((context['firstTouch'] as { page: { url: string } }).page.url).toHaveLength(1_000);
    for (const key of stored()) expect(localStorage.getItem(key)!.length).toBeLessThan(2_000);
  });

  it('starts over from storage that holds something else', async () => {
    localStorage.setItem('vitrine.touch', '{not json');
    localStorage.setItem('vitrine.first', '5');
    const context = await start().at('/chair?utm_source=newsletter');
    expect(context['campaign']).toEqual({ source: 'newsletter' });
    expect(context['firstTouch']).toBe(5);
  });
});
