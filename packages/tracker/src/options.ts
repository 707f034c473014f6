import type { Message } from './message.js';
import { VitrineError } from './vitrine-error.js';

export type Consent = 'granted' | 'pending' | 'denied';
export type WriteKeyAs = 'body' | 'basic' | 'query';

/** What `createTracker()` and `vitrine.init()` take. Only `endpoint` is required. */
export interface TrackerOptions {
  /** Full URL of the batch route, e.g. `https://collector.example/v1/batch`. Relative URLs resolve against the page. */
  endpoint: string;
  /**
   * Full URL the page-hide requests go to instead of `endpoint`. They cannot carry headers, so a
   * `basic` write key rides in `?writeKey=`, which RudderStack's data plane honours only on its
   * beacon route, e.g. `https://dataplane.example/beacon/v1/batch`. Default: `endpoint`.
   */
  hideEndpoint?: string;
  /** Identifies the source to the collector. Not a secret. Default: none. */
  writeKey?: string;
  /** How the write key travels: in the JSON body, as HTTP Basic auth (RudderStack), or as `?writeKey=`. Page-hide requests never carry headers, so `basic` uses `?writeKey=` there. Default: 'body'. */
  writeKeyAs?: WriteKeyAs;
  /** Send as soon as this many events are waiting. Default: 20 events. */
  flushAt?: number;
  /** Send waiting events at most this long after the first of them was tracked. Default: 1_000 ms. */
  flushInterval?: number;
  /** Keep at most this many unsent events; the oldest go first, counted as `cap`. Default: 10_000 events. */
  maxQueueEvents?: number;
  /** Keep at most this many bytes of unsent events; the oldest go first, counted as `bytes`. Default: 10 MiB. */
  maxQueueBytes?: number;
  /** Drop unsent events older than this, counted as `age`. Default: 7 days, in ms. */
  maxEventAge?: number;
  /** 'pending' keeps events in memory only and sends nothing until 'granted'; 'denied' keeps nothing. Default: 'granted'. */
  consent?: Consent;
  /** Treat a browser's Global Privacy Control signal as consent 'denied'. Default: true. */
  respectGlobalPrivacyControl?: boolean;
  /** Replace email addresses and phone numbers in property and trait values and in the page's URL, title and referrer with "[redacted]". Default: true. */
  redact?: boolean;
  /** Report engaged time (page visible and focused, 5 s after each interaction) as an `Engaged Time` event at page hide. Default: true. */
  trackEngagedTime?: boolean;
  /** Change a message before it is stored, or return null to drop it (counted as `filtered`). Default: none. */
  beforeSend?: (message: Message) => Message | null;
  /** Log what the tracker does and every failure it absorbs to the console. Default: false. */
  debug?: boolean;
}

/** Defaults filled in, URLs absolute; `hideEndpoint` is left out when it is `endpoint`. */
export type ResolvedOptions = Required<Omit<TrackerOptions, 'writeKey' | 'beforeSend' | 'hideEndpoint'>> &
  Pick<TrackerOptions, 'writeKey' | 'beforeSend' | 'hideEndpoint'>;

export const DEFAULTS = {
  writeKeyAs: 'body',
  flushAt: 20,
  flushInterval: 1_000,
  maxQueueEvents: 10_000,
  maxQueueBytes: 10 * 1024 * 1024,
  maxEventAge: 7 * 24 * 60 * 60_000,
  consent: 'granted',
  respectGlobalPrivacyControl: true,
  redact: true,
  trackEngagedTime: true,
  debug: false,
} as const satisfies Omit<ResolvedOptions, 'endpoint'>;

/** What each option may be: a type, or the list of allowed values. */
const RULES: Record<string, string | readonly string[]> = {
  endpoint: 'string',
  hideEndpoint: 'string',
  writeKey: 'string',
  beforeSend: 'function',
  consent: ['granted', 'pending', 'denied'],
  writeKeyAs: ['body', 'basic', 'query'],
};
for (const key in DEFAULTS) RULES[key] ??= typeof DEFAULTS[key as keyof typeof DEFAULTS];

declare const __DEV__: boolean;

/**
 * `options` with defaults filled in; throws a VitrineError naming the first bad option. The
 * sentence saying what was expected is left out of the minified script-tag build (as Workbox
 * does): there the error is `[vitrine:bad-option] flushAt: 0`, and the README lists the rules.
 */
export function resolveOptions(options: TrackerOptions): ResolvedOptions {
  const bad = (key: string, value: unknown, rule?: string | readonly string[]): never => {
    const expected = !__DEV__
      ? ''
      : ` must be ${
          key === 'endpoint'
            ? 'the http(s) URL of the batch route, e.g. "https://collector.example/v1/batch"'
            : key === 'hideEndpoint'
              ? 'the http(s) URL of the page-hide route, e.g. "https://dataplane.example/beacon/v1/batch"'
              : typeof rule === 'string'
                ? rule === 'number' ? 'a positive number' : `a ${rule}`
                : rule ? `one of ${rule.join(', ')}` : 'a known option'
        };`;
    throw new VitrineError('bad-option', `${key}${expected || ':'} got ${JSON.stringify(value)}`);
  };
  /** The option `key` as an absolute http(s) URL. */
  const url = (key: 'endpoint' | 'hideEndpoint'): string => {
    const value = options?.[key];
    let parsed: URL | undefined;
    try {
      parsed = new URL(value!, location.href);
    } catch {}
    if (!value || !/^https?:$/.test(parsed?.protocol ?? '')) bad(key, value);
    return parsed!.href;
  };
  // First: without an endpoint, the other options are moot.
  url('endpoint');
  const resolved: Record<string, unknown> = { ...DEFAULTS };
  for (const [key, value] of Object.entries(options)) {
    if (value === undefined) continue;
    const rule = RULES[key];
    if (typeof rule === 'string' ? typeof value !== rule || (rule === 'number' && !(value > 0)) : !rule?.includes(value)) bad(key, value, rule);
    resolved[key] = key === 'endpoint' || key === 'hideEndpoint' ? url(key) : value;
  }
  return resolved as ResolvedOptions;
}
