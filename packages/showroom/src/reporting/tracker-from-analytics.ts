import type { ShowroomTracker } from './showroom-tracker.js';

/**
 * What the showroom reads of an analytics object a page already runs: Segment's analytics.js or
 * analytics-next (`analytics.user().anonymousId()`; `AnalyticsBrowser`'s loaded `instance`), or
 * RudderStack's JavaScript SDK (`rudderanalytics.getAnonymousId()`).
 */
export interface AnalyticsLike {
  // `any`: each SDK types its properties its own way (Segment's EventProperties, RudderStack's
  // ApiObject, which a Record<string, unknown> is not); the showroom's are plain JSON objects.
  track(event: string, properties?: any): unknown;
  /** Segment's `Analytics`; on `AnalyticsBrowser` (and the snippet's stub) it returns a promise (or the stub) instead. */
  user?(): unknown;
  /** analytics-next's `AnalyticsBrowser`: the `Analytics` it has loaded, if it has. */
  instance?: { user(): unknown } | undefined;
  /** RudderStack: undefined until `load()` has set its user up. */
  getAnonymousId?(): string | null | undefined;
}

/**
 * The page's Segment or RudderStack `analytics` as the showroom's tracker: events go through it,
 * and experiments bucket each visitor by its anonymous id. Passed as it is, it would not do: its
 * `user().anonymousId` is a method, not the id, so every visitor got the same arm. Before the SDK
 * knows its visitor (not loaded yet) `user()` is undefined and the showroom buckets with an id of
 * its own for the page; mount it once the SDK is ready (`analytics.ready()`,
 * `rudderanalytics.ready()`) so that experiments follow the SDK's visitor from the first page.
 */
export function trackerFromAnalytics(analytics: AnalyticsLike): ShowroomTracker {
  return {
    track: (event, properties) => void analytics.track(event, properties),
    user() {
      let anonymousId: unknown;
      try {
        const user = (analytics.instance ?? analytics).user?.() as { anonymousId?: unknown } | undefined;
        // A promise (AnalyticsBrowser before it has loaded) or the snippet's stub has no such method.
        anonymousId = typeof user?.anonymousId === 'function' ? user.anonymousId() : analytics.getAnonymousId?.();
      } catch {
        // The page's SDK failing here leaves the showroom to its own id, as before it has loaded.
      }
      return typeof anonymousId === 'string' && anonymousId ? { anonymousId } : undefined;
    },
  };
}
