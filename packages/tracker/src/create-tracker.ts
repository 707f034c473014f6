import { byteLength } from './byte-length.js';
import { createDelivery } from './delivery.js';
import { createKeyValue } from './key-value.js';
import type { Message, Properties } from './message.js';
import { nextSession, type Session } from './next-session.js';
import { onPageHide } from './on-page-hide.js';
import { resolveOptions, type Consent, type TrackerOptions } from './options.js';
import { pageContext } from './page-context.js';
import { createQueue } from './queue.js';
import { redact } from './redact.js';
import { createStats, type Stats } from './stats.js';
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
  /** The ids events carry now. Before consent they live in memory only. */
  user(): { anonymousId: string; userId?: string; sessionId: number };
  stats(): Stats;
  /** Stops listening and timers, writes what is buffered, and closes the database. */
  destroy(): Promise<void>;
}

/** Creates a tracker. Throws a VitrineError for bad options; after that, never throws. */
export function createTracker(options: TrackerOptions): Tracker {
  const o = resolveOptions(options);
  const log = o.debug ? (...args: unknown[]) => console.debug('[vitrine]', ...args) : () => {};
  const stats = createStats();
  const fail = (error: unknown) => {
    stats.errors++;
    log(error);
  };
  const gpc = o.respectGlobalPrivacyControl && (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl === true;
  let consent: Consent = gpc ? 'denied' : o.consent;
  const granted = () => consent === 'granted';

  const kv = createKeyValue('vitrine.', granted(), fail);
  let anonymousId = kv.get('anonymousId') ?? uuid();
  let userId = kv.get('userId');
  let session: Session | undefined;
  kv.set('anonymousId', anonymousId);

  const q = o.endpoint;
  const store = createFallbackStore(createIdbStore(), (error) => {
    stats.storage = 'memory';
    fail(error);
  });
  const queue = createQueue(store, q, { maxEvents: o.maxQueueEvents, maxBytes: o.maxQueueBytes, maxAge: o.maxEventAge }, (reason, n) => {
    stats.dropped[reason] += n;
    log(`dropped ${n} events: ${reason}`);
  });

  // This tab's unsent events, newest last, with the write generation that stored them (0: not yet).
  const recent = new Map<string, [StoredEvent, number]>();
  let generation = 0;
  const delivery = createDelivery(
    {
      queue,
      to: o,
      stats,
      shared: kv,
      canSend: granted,
      log,
      onSettled: (batch) => batch.forEach((event) => recent.delete(event.id)),
      readMark: () => generation,
      onEmpty: (mark) => recent.forEach(([, gen], id) => gen && gen <= mark && recent.delete(id)),
    },
    q,
  );

  let pending: StoredEvent[] = [];
  let held: StoredEvent[] = [];
  let writing = Promise.resolve();
  let unflushed = 0;

  /** Writes the buffer in one transaction per burst (a few for a huge one), then sends. */
  function write(): Promise<void> {
    const events = pending.splice(0, WRITE_CHUNK);
    if (pending.length > 0) setTimeout(write);
    if (events.length === 0) return writing;
    writing = writing
      .then(() => queue.add(events))
      .then(() => {
        generation++;
        for (const event of events) recent.get(event.id)?.splice(1, 1, generation);
        stats.stored += events.length;
        unflushed += events.length;
        if (unflushed >= o.flushAt) {
          unflushed = 0;
          void delivery.flush();
        } else delivery.schedule(o.flushInterval);
      })
      .catch(fail);
    return writing;
  }

  function enqueue(event: StoredEvent): void {
    if (!granted()) {
      held.push(event);
      if (held.length > o.maxQueueEvents) stats.dropped.cap += held.splice(0, 1).length;
      return;
    }
    recent.set(event.id, [event, 0]);
    if (recent.size > MAX_RECENT) recent.delete(recent.keys().next().value!);
    pending.push(event);
    if (pending.length === 1) queueMicrotask(write);
  }

  function record(fields: Pick<Message, 'type'> & Partial<Message>): void {
    try {
      if (consent === 'denied') {
        stats.dropped.consent++;
        return;
      }
      const now = Date.now();
      session = nextSession(session ?? readSession(), now);
      let message: Message | null = {
        messageId: uuid(),
        anonymousId,
        ...(userId ? { userId } : {}),
        timestamp: new Date(now).toISOString(),
        context: {
          library: { name: '@vitrine/tracker', version: __VERSION__ },
          page: pageContext(),
          userAgent: navigator.userAgent,
          locale: navigator.language,
          sessionId: session.id,
        },
        ...fields,
      };
      if (o.redact) message = { ...message, ...redactFields(message) };
      if (o.beforeSend) message = o.beforeSend(message);
      if (!message) {
        stats.dropped.filtered++;
        return;
      }
      const json = JSON.stringify(message);
      const bytes = byteLength(json);
      if (bytes > MAX_EVENT_BYTES) {
        stats.dropped.oversize++;
        log(`"${fields.event ?? fields.type}" is ${bytes} bytes, over the ${MAX_EVENT_BYTES}-byte limit: dropped`);
        return;
      }
      stats.tracked++;
      enqueue({ id: message.messageId, q, json, bytes, at: now });
      if (granted()) saveSession();
    } catch (error) {
      fail(error);
    }
  }

  function readSession(): Session | undefined {
    const [id, lastAt] = (kv.get('session') ?? '').split('.').map(Number);
    return id && lastAt ? { id, lastAt } : undefined;
  }
  // One write per burst: the session is saved by the microtask after the calls.
  let sessionSaving = false;
  function saveSession(): void {
    if (sessionSaving) return;
    sessionSaving = true;
    queueMicrotask(() => {
      sessionSaving = false;
      if (session) kv.set('session', `${session.id}.${session.lastAt}`);
    });
  }

  // Every listener goes away with one abort().
  const listening = new AbortController();
  const { signal } = listening;
  const engaged = watchEngagement(signal);
  onPageHide(() => {
    if (o.trackEngagedTime) {
      const ms = Math.round(engaged.take(performance.now()));
      if (ms > 0) record({ type: 'track', event: 'Engaged Time', properties: { ms } });
    }
    void write();
    delivery.sendBeforeHide([...recent.values()].map(([event]) => event));
  }, signal);
  addEventListener('online', () => delivery.online(), { signal });

  // Events left by an earlier page (closed, offline, crashed) go now, without waiting for a new one.
  if (granted()) void delivery.flush();

  return {
    track: (event, properties) => record({ type: 'track', event: String(event), ...(properties && { properties }) }),
    page: (name, properties) =>
      record({ type: 'page', ...(name && { name }), properties: { ...pageContext(), ...properties } }),
    identify(id, traits) {
      userId = String(id);
      kv.set('userId', userId);
      record({ type: 'identify', userId, ...(traits && { traits }) });
    },
    async flush() {
      unflushed = 0;
      await write();
      await delivery.flush();
    },
    setConsent(next) {
      try {
        consent = gpc ? 'denied' : next;
        kv.persist(granted());
        if (consent === 'granted') {
          held.forEach(enqueue);
          held = [];
          void delivery.flush();
        } else if (consent === 'denied') {
          stats.dropped.consent += held.length + pending.length;
          held = [];
          pending = [];
          recent.clear();
          session = undefined;
          kv.remove('session');
          writing = writing.then(() => queue.clear()).catch(fail);
        }
      } catch (error) {
        fail(error);
      }
    },
    reset() {
      anonymousId = uuid();
      userId = undefined;
      session = undefined;
      kv.set('anonymousId', anonymousId);
      kv.remove('userId');
      kv.remove('session');
    },
    user: () => ({ anonymousId, ...(userId ? { userId } : {}), sessionId: (session ?? nextSession(readSession(), Date.now())).id }),
    stats: () => structuredClone(stats),
    async destroy() {
      listening.abort();
      delivery.stop();
      await write();
      store.close();
    },
  };
}

function redactFields({ properties, traits }: Message): Partial<Message> {
  return { ...(properties && { properties: redact(properties) }), ...(traits && { traits: redact(traits) }) };
}
