// @vitest-environment happy-dom
import { Analytics } from '@segment/analytics-next';
import { describe, expect, it, vi } from 'vitest';
import { trackerFromAnalytics } from '../../../../packages/showroom/src/reporting/tracker-from-analytics.js';

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
