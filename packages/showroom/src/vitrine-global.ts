import { createTracker, type Tracker, type TrackerOptions } from '@vitrine/tracker';
import type { ShowroomTracker } from './reporting/showroom-tracker.js';

type Call = [string, unknown[]];
type Api = Record<string, (...args: any[]) => unknown> & { ready?: Promise<void>; q?: Call[] };

const METHODS = 'track page identify flush setConsent reset stats user';
/** Calls made before init() are kept, in order, up to this many (as tracker.iife.js). */
const MAX_EARLY_CALLS = 1_000;

/**
 * The page's `window.vitrine`: the one already there (tracker.iife.js or another showroom script),
 * or the same API as tracker.iife.js's (packages/tracker/src/iife.ts, mirrored because that file is
 * a script, not a module): replays a one-line stub's queue and initialises from `script`'s
 * `data-` attributes when it has `data-endpoint`.
 */
export function vitrineGlobal(script: HTMLScriptElement | null): ShowroomTracker {
  const w = window as unknown as { vitrine?: Api };
  const existing = w.vitrine;
  if (existing && !existing.q) return existing as unknown as ShowroomTracker;
  const early: Call[] = [];
  let tracker: Tracker | undefined;
  let ready: () => void;
  const api: Api = {
    init(options: TrackerOptions) {
      if (tracker) return console.error('[vitrine:already-initialised] vitrine.init() was called twice; the first options stay.');
      try {
        tracker = createTracker(options);
      } catch (error) {
        return console.error(error);
      }
      for (const [method, args] of early.splice(0)) api[method]!(...args);
      ready();
    },
  };
  api.ready = new Promise<void>((resolve) => (ready = resolve));
  for (const method of METHODS.split(' ')) {
    api[method] = (...args) => {
      if (tracker) return (tracker[method as keyof Tracker] as (...a: unknown[]) => unknown)(...args);
      if (early.length < MAX_EARLY_CALLS) early.push([method, args]);
      return method === 'flush' ? api.ready : undefined;
    };
  }
  w.vitrine = api;
  for (const [method, args] of existing?.q ?? []) api[method]?.(...args);
  if (!tracker && script?.dataset.endpoint) api.init!(datasetOptions(script.dataset));
  return api as unknown as ShowroomTracker;
}

/** `data-flush-at="20"` becomes `{ flushAt: 20 }`; "true"/"false" become booleans. */
function datasetOptions(dataset: DOMStringMap): TrackerOptions {
  const options: Record<string, unknown> = {};
  for (const [key, value = ''] of Object.entries(dataset)) {
    options[key] = value === 'true' ? true : value === 'false' ? false : /^\d+$/.test(value) ? +value : value;
  }
  return options as unknown as TrackerOptions;
}
