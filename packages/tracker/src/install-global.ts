import type { createTracker, Tracker } from './create-tracker.js';
import type { TrackerOptions } from './options.js';

type Call = [string, unknown[]];

declare const __DEV__: boolean;

/** `window.vitrine`: the tracker's methods, callable before `init()`, and `ready`. */
export type VitrineGlobal = Record<string, (...args: any[]) => unknown> & { ready?: Promise<void> };

/** Calls made before init() are kept, in order, up to this many. */
const MAX_EARLY_CALLS = 1_000;
const METHODS = 'track page identify flush setConsent reset stats user';

/**
 * The page's `window.vitrine`, for the script-tag builds (tracker.iife.js and the showroom's):
 * the one already there when a copy of either script ran first, else a new one that replays the
 * calls a one-line stub queued, and initialises itself from `script`'s `data-` attributes when it
 * has `data-endpoint`. `create` makes the tracker (createTracker, or a bundle's own startTracker call).
 */
export function installGlobal(script: HTMLScriptElement | null, create: typeof createTracker): VitrineGlobal {
  const w = window as unknown as { vitrine?: VitrineGlobal & { q?: Call[] } };
  const stub = w.vitrine;
  if (stub && !stub.q) return stub;
  const early: Call[] = [];
  let tracker: Tracker | undefined;
  let ready: () => void;
  const api: VitrineGlobal = {
    init(options: TrackerOptions) {
      // The sentence is left out of the minified builds, as resolveOptions's is.
      if (tracker) return console.error(`[vitrine:already-initialised]${__DEV__ ? ' vitrine.init() was called twice; the first options stay.' : ''}`);
      try {
        tracker = create(options);
      } catch (error) {
        // A setup mistake: always reported, once, and never thrown into the page.
        return console.error(error);
      }
      for (const [method, args] of early.splice(0)) api[method]!(...args);
      ready();
    },
  };
  /** Resolves once init() has created the tracker. */
  api.ready = new Promise<void>((resolve) => (ready = resolve));
  for (const method of METHODS.split(' ')) {
    api[method] = (...args) => {
      if (tracker) return (tracker[method as keyof Tracker] as (...a: unknown[]) => unknown)(...args);
      if (early.length < MAX_EARLY_CALLS) early.push([method, args]);
      return method === 'flush' ? api.ready : undefined;
    };
  }
  w.vitrine = api;
  for (const [method, args] of stub?.q ?? []) api[method]?.(...args);
  if (!tracker && script?.dataset.endpoint) api.init!(datasetOptions(script.dataset));
  return api;
}

/** `data-flush-at="20"` becomes `{ flushAt: 20 }`; "true"/"false" become booleans. */
function datasetOptions(dataset: DOMStringMap): TrackerOptions {
  const options: Record<string, unknown> = {};
  for (const [key, value = ''] of Object.entries(dataset)) {
    options[key] = value === 'true' ? true : value === 'false' ? false : /^\d+$/.test(value) ? +value : value;
  }
  return options as unknown as TrackerOptions;
}
