/**
 * The tracker's browser API as the e2e pages use it on `window.vitrine`: the documented contract,
 * typed here so the suite tests the API it promises rather than whatever the source happens to export.
 */
export interface VitrineStats {
  tracked: number;
  stored: number;
  sent: number;
  retries: number;
  storage: 'indexeddb' | 'memory';
  dropped: {
    oversize: number;
    cap: number;
    bytes: number;
    age: number;
    rejected: number;
    consent: number;
  };
}

export type Consent = 'granted' | 'pending' | 'denied';

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
