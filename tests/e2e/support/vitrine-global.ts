import type { Consent, Stats } from '../../../packages/tracker/src/index.js';

export type { Consent };
/** `vitrine.stats()`: the tracker's own type, so the suite and the SDK cannot drift apart. */
export type VitrineStats = Stats;

/**
 * The tracker's browser API as the e2e pages use it on `window.vitrine`: the documented contract,
 * typed here so the suite tests the API it promises rather than whatever the source happens to export.
 */
export interface VitrineApi {
  init(options: Record<string, unknown>): void;
  track(event: string, properties?: Record<string, unknown>): void;
  page(name?: string, properties?: Record<string, unknown>): void;
  identify(userId: string, traits?: Record<string, unknown>): void;
  flush(): Promise<unknown>;
  setConsent(consent: Consent): void;
  reset(): void;
  user(): { anonymousId: string; userId?: string; sessionId: number };
  stats(): VitrineStats | Promise<VitrineStats>;
  ready: Promise<unknown> | undefined;
}

declare global {
  interface Window {
    vitrine: VitrineApi;
  }
}
