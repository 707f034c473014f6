import type { ShowroomTracker } from './showroom-tracker.js';

/**
 * What the showroom reads of an analytics object a page already runs: Segment's analytics.js
 * (`analytics.user().anonymousId()`) or RudderStack's (`rudderanalytics.getAnonymousId()`).
 */
export interface AnalyticsLike {
  track(event: string, properties?: Record<string, unknown>): unknown;
  user?(): { anonymousId(): string | null | undefined };
  getAnonymousId?(): string | null | undefined;
}

/**
 * The page's Segment or RudderStack `analytics` as the showroom's tracker: events go through it,
 * and experiments bucket each visitor by its anonymous id. Passed as it is, it would not do: its
 * `user().anonymousId` is a method, not the id, so every visitor got the same arm.
 */
export function trackerFromAnalytics(analytics: AnalyticsLike): ShowroomTracker {
  return {
    track: (event, properties) => void analytics.track(event, properties),
    user() {
      const anonymousId = analytics.user?.().anonymousId() ?? analytics.getAnonymousId?.();
      return anonymousId ? { anonymousId } : undefined;
    },
  };
}
