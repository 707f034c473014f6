// @vitest-environment happy-dom
import { RudderAnalytics } from '@rudderstack/analytics-js/bundled';
import { Analytics, AnalyticsBrowser } from '@segment/analytics-next';
import { describe, expect, it, vi } from 'vitest';
import { trackerFromAnalytics, type AnalyticsLike } from '../../../../packages/showroom/src/reporting/tracker-from-analytics.js';

describe('trackerFromAnalytics', () => {
  it('reads the visitor of Segment’s analytics.js, whose user().anonymousId is a method', () => {
    const analytics = new Analytics({ writeKey: 'test' });
    const id = analytics.user().anonymousId();
    expect(id).toEqual(expect.any(String));
    expect(trackerFromAnalytics(analytics).user?.()).toEqual({ anonymousId: id });
  });

  it('gives two of Segment’s visitors two ids, so experiments do not bucket them together', () => {
    const first = trackerFromAnalytics(new Analytics({ writeKey: 'test' })).user?.()?.anonymousId;
    localStorage.clear();
    document.cookie.split(';').forEach((cookie) => (document.cookie = `${cookie.split('=')[0]!.trim()}=; max-age=0; path=/`));
    const second = trackerFromAnalytics(new Analytics({ writeKey: 'test' })).user?.()?.anonymousId;
    expect(first).toBeTruthy();
    expect(second).toBeTruthy();
    expect(second).not.toBe(first);
  });

  it('reads analytics-next’s AnalyticsBrowser once it has loaded; before, its user() is a promise, and there is no visitor yet', async () => {
    const analytics = AnalyticsBrowser.load({ writeKey: 'test', cdnSettings: { integrations: { 'Segment.io': { apiKey: 'test' } } } });
    const tracker = trackerFromAnalytics(analytics);
    expect(tracker.user?.()).toBeUndefined();
    await new Promise((resolve) => void analytics.ready(resolve));
    const id = (await analytics.user()).anonymousId();
    expect(id).toEqual(expect.any(String));
    expect(tracker.user?.()).toEqual({ anonymousId: id });
  });

  it('reads the visitor of RudderStack’s real SDK as soon as load() has been called', () => {
    const rudderanalytics = new RudderAnalytics();
    const tracker = trackerFromAnalytics(rudderanalytics);
    expect(tracker.user?.()).toBeUndefined();
    const source = { id: 'source', name: 'Shop', workspaceId: 'workspace', enabled: true, config: {}, destinations: [] };
    rudderanalytics.load('test', 'http://127.0.0.1:9', { getSourceConfig: () => ({ source }) });
    const id = rudderanalytics.getAnonymousId();
    expect(id).toEqual(expect.any(String));
    expect(tracker.user?.()).toEqual({ anonymousId: id });
  });

  it.each<[string, object]>([
    ['Segment’s snippet stub, whose user() returns the stub', Object.assign([], { track: () => undefined, user() { return this; } })],
    ['an SDK whose user() throws', { track: () => undefined, user: () => { throw new Error('not ready'); } }],
    ['a getAnonymousId() that answers no string', { track: () => undefined, getAnonymousId: () => 42 }],
  ])('has no visitor, and does not throw, for %s', (_, analytics) => {
    expect(trackerFromAnalytics(analytics as AnalyticsLike).user?.()).toBeUndefined();
  });

  it('reads RudderStack’s getAnonymousId() and sends each event through the page’s object', () => {
    const rudderanalytics = { track: vi.fn(), getAnonymousId: () => 'rudder-anon-1' };
    const tracker = trackerFromAnalytics(rudderanalytics);
    expect(tracker.user?.()).toEqual({ anonymousId: 'rudder-anon-1' });
    tracker.track('CTA Clicked', { module: 'act' });
    expect(rudderanalytics.track).toHaveBeenCalledWith('CTA Clicked', { module: 'act' });
  });

  it('has no visitor before the page’s analytics has one (the showroom then keeps its own for the page)', () => {
    expect(trackerFromAnalytics({ track: () => undefined, getAnonymousId: () => null }).user?.()).toBeUndefined();
  });
});
