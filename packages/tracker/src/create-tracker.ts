import { byteLength } from './byte-length.js';
import { createDelivery } from './delivery.js';
import { createKeyValue } from './key-value.js';
import type { Context, Landing, Message, Properties, SessionVisit } from './message.js';
import { nextSession, SESSION_TIMEOUT, type Session } from './next-session.js';
import { nextTouch, type SessionTouch } from './next-touch.js';
import { onPageHide } from './on-page-hide.js';
import { resolveOptions, type Consent, type TrackerOptions } from './options.js';
import { pageContext } from './page-context.js';
import { createQueue } from './queue.js';
import { redact } from './redact.js';
import { createStats, type Stats } from './stats.js';
import { touchOf } from './touch-of.js';
import type { StoredEvent } from './store/event-store.js';
import { createFallbackStore } from './store/fallback-store.js';
import { createIdbStore } from './store/idb-store.js';
import { uuid } from './uuid.js';
import { watchEngagement } from './watch-engagement.js';

declare const __VERSION__: string;

/** Segment's limit per message; a larger event is refused at track() and counted. */
export const MAX_EVENT_BYTES = 32 * 1024;
/** Events written per IndexedDB transaction; a larger burst takes a few tasks, none of them long. */
const WRITE_CHUNK = 1_000;
/** This tab's newest unsent events, kept in memory to send at page hide. */
const MAX_RECENT = 1_000;
/** Longest landing URL or referrer kept in `context.firstTouch.page` (a referrer may be 2 KB). */
const MAX_TOUCH_URL = 1_000;

export interface Tracker {
  /** Records an event ("Object Action" names, e.g. "Quiz Completed"). Never throws. */
  track(event: string, properties?: Properties): void;
  /** Records a page view. Never throws. */
  page(name?: string, properties?: Properties): void;
  /** Ties later events to `userId` and records the user's traits. Never throws. */
  identify(userId: string, traits?: Properties): void;
  /** Sends what is waiting now; resolves when sent or backing off. Never rejects. */
  flush(): Promise<void>;
  /** 'granted' stores and sends what was held; 'denied' erases the buffer and the stored ids. */
  setConsent(consent: Consent): void;
  /** Forgets the user: new anonymousId, no userId, new session (call at logout). */
  reset(): void;
  /**
   * The ids events carry now, and the session's `visit` (what the showroom's audiences need).
   * Before consent they live in memory only, so every page then looks like a first visit's landing,
   * as the collector will count it (the visitor's id is new too).
   */
  user(): { anonymousId: string; userId: string | undefined; sessionId: number; visit: SessionVisit };
  stats(): Stats;
  /** Stops listening and timers, writes what is buffered, and closes the database. */
  destroy(): Promise<void>;
}

/** Creates a tracker. Throws a VitrineError for bad options; after that, never throws. */
export function createTracker(options: TrackerOptions): Tracker {
  return startTracker(options, createDelivery);
}

/**
 * `createTracker` with the sending machinery `newDelivery` makes (createDelivery, or deferDelivery's
 * for a bundle that fetches it later), so that a bundle which never calls createTracker does not
 * ship delivery.ts.
 */
export function startTracker(options: TrackerOptions, newDelivery: typeof createDelivery): Tracker {
  const o = resolveOptions(options);
  const log = o.debug ? (...args: unknown[]) => console.debug('[vitrine]', ...args) : () => {};
  const stats = createStats();
  const fail = (error: unknown) => {
    stats.errors++;
    log(error);
  };
  const gpc = o.respectGlobalPrivacyControl && (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl;
  let consent: Consent = gpc ? 'denied' : o.consent;
  const granted = () => consent === 'granted';

  const kv = createKeyValue('vitrine.', granted(), fail);
  let anonymousId = kv.get('anonymousId') ?? uuid();
  let userId = kv.get('userId');
  let session: Session | undefined;
  kv.set('anonymousId', anonymousId);
  /**
   * The session at `now`. Only when this tab's copy is missing or has run out is the shared one
   * read: another tab may have kept the session going (and reading storage on every call is slow).
   */
  const sessionAt = (now: number) => {
    if (session && now - session.lastAt < SESSION_TIMEOUT) return nextSession(session, now);
    const [id, lastAt] = (kv.get('session') ?? '').split('.').map(Number);
    return nextSession(id && lastAt ? { id, lastAt } : session, now);
  };
  /** A JSON value kept in `kv`; undefined when missing or unreadable (storage is the page's too). */
  const read = <T>(key: string): T | undefined => {
    try {
      return JSON.parse(kv.get(key)!);
    } catch {
      return undefined;
    }
  };
  const keep = <T>(key: string, value: T): T => (kv.set(key, JSON.stringify(value)), value);
  /** Storage keys of this visitor's session and touches, forgotten at reset() and when consent is denied. */
  const forget = (keys: string) => keys.split(' ').forEach(kv.remove);
  /** Session `id`'s visit (user()), once it has had an event. */
  const visitOf = (id: number) => read<Record<number, SessionVisit>>('visit')?.[id];
  // The session's touch and the visitor's first-ever one, and the page URL + session they were
  // worked out for: read from storage (which another tab may have written) only when either
  // changed. reset() and denied consent end the session, so they are worked out again after those.
  let touch: SessionTouch;
  let firstTouch: Landing;
  let touchFor = '';
  /**
   * The context fields of an event on `page` in session `id`: `campaign` and `clickIds` of the
   * session's touch (next-touch.ts), and `firstTouch`, the visitor's first touch with its landing
   * `page.url` and `page.referrer`, kept until reset() (the shape of `context` itself, so the
   * collector reads both alike). The session's own landing, the same fields of its first event, is
   * kept for user() with whether an earlier session had one. Stored in `kv`, so consent-gated as the ids are.
   */
  const touches = (page: NonNullable<Context['page']>, id: number): Partial<Context> => {
    if (touchFor !== (touchFor = page.url + id)) {
      touch = keep('touch', nextTouch(read('touch'), id, touchOf(page.search)));
      const here = { ...touch.touch, page: { url: page.url.slice(0, MAX_TOUCH_URL), referrer: page.referrer.slice(0, MAX_TOUCH_URL) } };
      const first = read<Landing>('first');
      if (!visitOf(id)) keep('visit', { [id]: { ...here, returning: !!first } });
      firstTouch = first ?? keep('first', here);
    }
    return { ...touch.touch, firstTouch };
  };
  // Read once: the same for every event of the page.
  const library = { name: '@vitrine/tracker', version: __VERSION__ };
  const { userAgent, language: locale } = navigator;

  const q = o.endpoint;
  const store = createFallbackStore(createIdbStore(), (error) => {
    stats.storage = 'memory';
    fail(error);
  });
  const queue = createQueue(store, q, { maxEvents: o.maxQueueEvents, maxBytes: o.maxQueueBytes, maxAge: o.maxEventAge }, (reason, n) => {
    stats.dropped[reason] += n;
    log('dropped', n, reason);
  });

  // This tab's unsent events, oldest first, to send at page hide. An event has a `key` once stored.
  const recent = new Map<string, StoredEvent>();
  const delivery = newDelivery(
    {
      queue,
      to: o,
      stats,
      shared: kv,
      canSend: granted,
      log,
      onSettled: (batch) => batch.forEach((event) => recent.delete(event.id)),
      // The queue is empty: every stored event was sent, by this tab or another.
      onEmpty: () => recent.forEach((event, id) => event.key && recent.delete(id)),
    },
    q,
  );

  /** Events not yet written: a burst on its way to the store, or all of them while consent is pending. */
  let pending: StoredEvent[] = [];
  let writing = Promise.resolve();
  let unflushed = 0;

  /** Writes the buffer in one request per burst (a few for a huge one), then sends. */
  function write(): Promise<void> {
    const events = granted() ? pending.splice(0, WRITE_CHUNK) : [];
    if (events.length > 0) {
      if (pending.length > 0) setTimeout(write);
      if (session) kv.set('session', `${session.id}.${session.lastAt}`);
      writing = writing
        .then(() => queue.add(events))
        .then(() => {
          stats.stored += events.length;
          if ((unflushed += events.length) < o.flushAt) return delivery.schedule(o.flushInterval);
          unflushed = 0;
          void delivery.flush();
        })
        .catch(fail);
    }
    return writing;
  }

  function enqueue(event: StoredEvent): void {
    const waiting = pending.push(event);
    if (!granted()) {
      // Consent pending: held in memory only, within the same cap.
      if (waiting > o.maxQueueEvents) stats.dropped.cap += pending.splice(0, 1).length;
      return;
    }
    if (recent.set(event.id, event).size > MAX_RECENT) recent.delete(recent.keys().next().value!);
    if (waiting === 1) queueMicrotask(write);
  }

  function record(fields: Pick<Message, 'type'> & Partial<Message>): void {
    try {
      if (consent === 'denied') {
        stats.dropped.consent++;
        return;
      }
      const now = Date.now();
      const page = pageContext(o.redact);
      session = sessionAt(now);
      let message: Message | null = {
        messageId: uuid(),
        anonymousId,
        userId,
        timestamp: new Date(now).toISOString(),
        context: {
          library,
          page,
          userAgent,
          locale,
          sessionId: session.id,
          ...touches(page, session.id),
        },
        ...fields,
      };
      if (o.redact) {
        message.properties &&= redact(message.properties);
        message.traits &&= redact(message.traits);
      }
      message = o.beforeSend ? o.beforeSend(message) : message;
      if (!message) {
        stats.dropped.filtered++;
        return;
      }
      const json = JSON.stringify(message);
      const bytes = byteLength(json);
      if (bytes > MAX_EVENT_BYTES) {
        stats.dropped.oversize++;
        log('dropped', fields.event ?? fields.type, bytes, 'oversize');
        return;
      }
      stats.tracked++;
      enqueue({ id: message.messageId, json, bytes, at: now });
    } catch (error) {
      fail(error);
    }
  }

  // Every listener goes away with one abort().
  const listening = new AbortController();
  const { signal } = listening;
  const engaged = watchEngagement(signal);
  onPageHide(() => {
    // pagehide can come before the page is hidden: stop the clock, or visibilitychange would
    // report the few ms in between as a second Engaged Time event.
    engaged.setActive(performance.now(), false);
    const ms = Math.round(engaged.take(performance.now()));
    if (o.trackEngagedTime && ms > 0) record({ type: 'track', event: 'Engaged Time', properties: { ms } });
    void write();
    delivery.sendBeforeHide([...recent.values()]);
  }, signal);
  addEventListener('online', delivery.online, { signal });

  // Events left by an earlier page (closed, offline, crashed) go now, without waiting for a new one.
  if (granted()) void delivery.flush();

  return {
    track: (event, properties) => record({ type: 'track', event: String(event), properties }),
    page: (name, properties) => record({ type: 'page', name, properties: { ...pageContext(o.redact), ...properties } }),
    identify(id, traits) {
      kv.set('userId', (userId = String(id)));
      record({ type: 'identify', traits });
    },
    async flush() {
      unflushed = 0;
      await write();
      await delivery.flush();
    },
    setConsent(next) {
      consent = gpc ? 'denied' : next;
      kv.persist(granted());
      if (granted()) {
        pending.forEach((event) => recent.set(event.id, event));
        void write().then(delivery.flush);
      } else if (consent === 'denied') {
        stats.dropped.consent += pending.length;
        pending = [];
        recent.clear();
        session = undefined;
        forget('session touch first visit');
        writing = writing.then(queue.clear).catch(fail);
      }
    },
    reset() {
      kv.set('anonymousId', (anonymousId = uuid()));
      userId = session = undefined;
      forget('userId session touch first visit');
    },
    user() {
      const sessionId = sessionAt(Date.now()).id;
      // A session without an event yet lands on this page, and is returning when an earlier one left a first touch.
      return { anonymousId, userId, sessionId, visit: visitOf(sessionId) ?? { returning: !!read('first') } };
    },
    stats: () => structuredClone(stats),
    async destroy() {
      listening.abort();
      delivery.stop();
      await write();
      store.close();
    },
  };
}
