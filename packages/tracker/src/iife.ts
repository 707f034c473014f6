// The script-tag build: defines `window.vitrine`, replays the calls the one-line stub queued
// before this script loaded, and initialises itself from `data-` attributes on its script tag.
import { createTracker, type Tracker } from './create-tracker.js';
import type { TrackerOptions } from './options.js';

type Method = 'init' | 'track' | 'page' | 'identify' | 'flush' | 'setConsent' | 'reset';
type Call = [Method, unknown[]];

/** Calls made before init() are kept, in order, up to this many. */
const MAX_EARLY_CALLS = 1_000;

interface Stub {
  q?: Call[];
}

const script = document.currentScript as HTMLScriptElement | null;
const stub = (window as { vitrine?: Stub }).vitrine;

// A second copy of the script (or the showroom's bundled tracker) keeps the first one.
if (!stub || Array.isArray(stub.q)) {
  const early: Call[] = [];
  let tracker: Tracker | undefined;
  let ready: () => void;

  const call =
    (method: Exclude<Method, 'init'>) =>
    (...args: unknown[]): unknown => {
      if (tracker) return (tracker[method] as (...a: unknown[]) => unknown)(...args);
      if (early.length < MAX_EARLY_CALLS) early.push([method, args]);
      return method === 'flush' ? Promise.resolve() : undefined;
    };

  const api = {
    /** Resolves once init() has created the tracker. */
    ready: new Promise<void>((resolve) => (ready = resolve)),
    init(options: TrackerOptions): void {
      if (tracker) return console.error('[vitrine:already-initialised] vitrine.init() was called twice; the first options stay.');
      try {
        tracker = createTracker(options);
      } catch (error) {
        // A setup mistake: always reported, once, and never thrown into the page.
        return console.error(error);
      }
      for (const [method, args] of early.splice(0)) (tracker[method as Exclude<Method, 'init'>] as (...a: unknown[]) => unknown)(...args);
      ready();
    },
    track: call('track'),
    page: call('page'),
    identify: call('identify'),
    flush: call('flush'),
    setConsent: call('setConsent'),
    reset: call('reset'),
    stats: () => tracker?.stats(),
    user: () => tracker?.user(),
  };
  (window as unknown as { vitrine: typeof api }).vitrine = api;

  for (const [method, args] of stub?.q ?? []) (api[method] as (...a: unknown[]) => unknown)(...args);
  if (!tracker && script?.dataset.endpoint) api.init(datasetOptions(script.dataset));
}

/** `data-flush-at="20"` becomes `{ flushAt: 20 }`; "true"/"false" become booleans. */
function datasetOptions(dataset: DOMStringMap): TrackerOptions {
  const options: Record<string, unknown> = {};
  for (const [key, value = ''] of Object.entries(dataset)) {
    options[key] = value === 'true' ? true : value === 'false' ? false : /^\d+$/.test(value) ? Number(value) : value;
  }
  return options as unknown as TrackerOptions;
}
