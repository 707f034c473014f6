import { createEngagedTimer } from '@vitrine/tracker';
import type { CommonProperties, Module, ModuleByFirstWord, ShowroomEventName, ShowroomEvents } from '@vitrine/contracts';
import { readExposed, writeExposed } from './exposed-arms.js';
import type { ShowroomTracker } from './showroom-tracker.js';

export interface ReporterOptions {
  tracker: ShowroomTracker | undefined;
  showroomId: string;
  configVersion: number;
  /** Experiment id -> arm id. */
  experiments: Record<string, string>;
  /** The visitor's id, for remembering exposures. */
  anonymousId: string;
  /** The module of widget-wide events (Loaded, Viewed, Experiment Viewed): the first experience's. */
  firstModule: Module;
  /** Render everything, send nothing (the editor's live preview). Default false. */
  preview?: boolean;
  /** Exposures may be remembered in localStorage (consent granted). Default true. */
  persist?: boolean;
  /** The clock, in ms. Default performance.now. */
  now?: () => number;
}

export interface Reporter {
  report<N extends ShowroomEventName>(event: N, properties: ShowroomEvents[N], module?: Module): void;
  /** Experiment Viewed, once per visitor and experiment. */
  exposure(): void;
  /** The shopper did something in `module`; moving to another module sends the last one's Engaged Time. */
  interact(module: Module): void;
  /** The page is visible and focused, or not (hidden sends the current module's Engaged Time). */
  setActive(active: boolean): void;
  /** Sends the current module's Engaged Time. */
  flushEngaged(): void;
}

/**
 * The module of an event, by the first word of its name (widget-wide events take `firstModule`):
 * the vocabulary's modules (EVENT_VOCABULARY), in a table small enough for the first chunk, which
 * its type keeps in step with the vocabulary.
 */
const MODULE: ModuleByFirstWord = {
  Model: 'sense',
  Hotspot: 'sense',
  Variant: 'sense',
  AR: 'act',
  CTA: 'act',
  Story: 'feel',
  Quiz: 'think',
  Recommendation: 'think',
  Incentive: 'think',
  Shared: 'relate',
};

/** Exposures this page already reported or read: the memory used before consent. */
const exposedInMemory = new Set<string>();

/** Turns showroom events into tracker calls with the common properties. Never throws. */
export function createReporter(o: ReporterOptions): Reporter {
  const now = o.now ?? (() => performance.now());
  const engaged = createEngagedTimer();
  let current: Module | undefined;

  function send(event: ShowroomEventName, properties: Record<string, unknown>, module: Module): void {
    if (o.preview || !o.tracker) return;
    const common: CommonProperties = {
      showroom_id: o.showroomId,
      config_version: o.configVersion,
      module,
      experiments: { ...o.experiments },
    };
    try {
      o.tracker.track(event, { ...properties, ...common });
    } catch {
      // A host page's own tracker may throw; the widget carries on.
    }
  }

  const reporter: Reporter = {
    report(event, properties, module) {
      send(event, properties, module ?? (MODULE as Partial<Record<string, Module>>)[event.split(' ')[0]!] ?? o.firstModule);
    },
    exposure() {
      const stored = readExposed();
      for (const [experiment_id, arm_id] of Object.entries(o.experiments)) {
        // The arm too: the next page keeps this visitor in it (rememberedArms).
        const key = `${o.anonymousId}:${experiment_id}:${arm_id}`;
        if (!exposedInMemory.has(key) && !stored.includes(key)) reporter.report('Experiment Viewed', { experiment_id, arm_id });
        exposedInMemory.add(key);
        // Stored even when reported before consent allowed storing, so that the arm sticks from then on.
        if (!stored.includes(key)) stored.push(key);
      }
      if (o.persist !== false && !o.preview) writeExposed(stored);
    },
    interact(module) {
      if (module !== current) reporter.flushEngaged();
      current = module;
      engaged.interact(now());
    },
    setActive(active) {
      if (!active) reporter.flushEngaged();
      engaged.setActive(now(), active);
    },
    flushEngaged() {
      const ms = Math.round(engaged.take(now()));
      if (current && ms > 0) send('Engaged Time', { ms }, current);
    },
  };
  engaged.setActive(now(), true);
  return reporter;
}
