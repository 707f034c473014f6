import type { BrowserTab } from './engine/browser-tab.js';
import type { Consent, VitrineStats } from './vitrine-global.js';

/** The event name the specs track; other names (Engaged Time) are left out of their counts. */
export const EVENT = 'Test Item Tracked';

/** Tracker options as the test page takes them from its query. */
export type TrackerOptions = Record<string, string | number | boolean>;

/** tests/e2e/pages/tracker.html in one tab of any engine: open it, drive `window.vitrine`, look into IndexedDB. */
export class TrackerPage {
  constructor(
    readonly tab: BrowserTab,
    private readonly siteUrl: string,
    private readonly defaults: TrackerOptions,
  ) {}

  /** Opens the page with `options` over the defaults (endpoint, writeKey) and waits for `vitrine.ready`. */
  async open(options: TrackerOptions = {}): Promise<void> {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries({ ...this.defaults, ...options })) query.set(key, encode(value));
    await this.tab.goto(`${this.siteUrl}/tracker.html?${query.toString()}`);
    await this.ready();
  }

  /** Waits until the script replaced the stub and init is done. */
  async ready(): Promise<void> {
    await this.tab.waitFor(() => !!window.vitrine && !!window.vitrine.ready, 10_000);
    await this.tab.evaluate(async () => {
      await window.vitrine.ready;
    });
  }

  /** Tracks `n` events in one task, each with `properties.i` = 0..n-1 and `extra`. */
  async track(n: number, extra: Record<string, unknown> = {}, event = EVENT): Promise<void> {
    await this.tab.evaluate(
      ({ n, extra, event }) => {
        for (let i = 0; i < n; i++) window.vitrine.track(event, { ...extra, i });
      },
      { n, extra, event },
    );
  }

  async stats(): Promise<VitrineStats> {
    return this.tab.evaluate(async () => await window.vitrine.stats());
  }

  async flush(): Promise<void> {
    await this.tab.evaluate(async () => {
      await window.vitrine.flush();
    });
  }

  async setConsent(consent: Consent): Promise<void> {
    await this.tab.evaluate((c) => window.vitrine.setConsent(c), consent);
  }

  /** Navigates to a plain page without the tracker: the tracker's page hides and unloads. */
  async leave(): Promise<void> {
    await this.tab.goto(`${this.siteUrl}/other.html`);
  }

  /**
   * Events stored in the tracker's IndexedDB database `vitrine`, in any of its object stores; a
   * record holding an `events` array (a burst) counts as that many. 0 when the database does not exist.
   */
  async storedCount(): Promise<number> {
    return this.tab.evaluate(async () => {
      const databases = await indexedDB.databases();
      if (!databases.some((d) => d.name === 'vitrine')) return 0;
      const db = await new Promise<IDBDatabase | undefined>((resolve, reject) => {
        const request = indexedDB.open('vitrine');
        // Opening a database that does not exist creates it: abort that, it is not ours to make.
        request.onupgradeneeded = () => request.transaction?.abort();
        request.onerror = (event) => {
          event.preventDefault();
          if (request.error?.name === 'AbortError') resolve(undefined);
          else reject(request.error);
        };
        request.onsuccess = () => resolve(request.result);
      });
      if (!db) return 0;
      try {
        const names = [...db.objectStoreNames];
        if (names.length === 0) return 0;
        const transaction = db.transaction(names, 'readonly');
        const counts = await Promise.all(
          names.map(
            (name) =>
              new Promise<number>((resolve, reject) => {
                const all = transaction.objectStore(name).getAll();
                all.onsuccess = () =>
                  resolve(
                    (all.result as unknown[]).reduce<number>((sum, record) => {
                      const events = (record as { events?: unknown } | null)?.events;
                      return sum + (Array.isArray(events) ? events.length : 1);
                    }, 0),
                  );
                all.onerror = () => reject(all.error);
              }),
          ),
        );
        return counts.reduce((a, b) => a + b, 0);
      } finally {
        db.close();
      }
    });
  }
}

/** Query value the page's JSON-or-string parsing turns back into `value`. */
function encode(value: string | number | boolean): string {
  if (typeof value !== 'string') return JSON.stringify(value);
  try {
    JSON.parse(value);
    return JSON.stringify(value); // "123" or "true" must stay strings
  } catch {
    return value;
  }
}
