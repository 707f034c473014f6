import { h, render } from 'preact';
import { applyExperimentsQuietly, checkConfigQuietly, DEFAULT_STRINGS, themeContrast, type ConfigProblem, type ShowroomConfig } from '@vitrine/contracts';
import { describeFaults } from './config/describe-faults.js';
import { ErrorBoundary } from './components/error-boundary.js';
import { ErrorBox } from './components/error-box.js';
import { visitOf } from './audience/visit-of.js';
import { firstTabChunk, MODULE_OF, Showroom } from './components/showroom.js';
import { createReporter } from './reporting/create-reporter.js';
import { rememberedArms } from './reporting/exposed-arms.js';
import type { ShowroomTracker } from './reporting/showroom-tracker.js';
import { resolveConfigUrl } from './resolve-config-url.js';
import type { Emit } from './components/showroom-context.js';
import { dispatchShowroomEvent } from './dispatch-showroom-event.js';
import type { VitrineErrorCode } from './showroom-element-events.js';
import { adoptStyles } from './styles/adopt-styles.js';
import { themeCss } from './styles/theme-css.js';
import type { CreateViewer } from './viewer/showroom-viewer.js';
import { loadViewer as loadViewerModule } from './viewer/load-viewer.js';

declare const __DEV__: boolean;

export interface MountOptions {
  /** Where events go: `createTracker()`'s result or the script tag's `window.vitrine`. Default: none (nothing is reported). */
  tracker?: ShowroomTracker;
  /** The collector's batch URL, e.g. "https://collector.example/v1/batch": config ids resolve against its origin, and a `window.vitrine` not yet initialised starts with it. Default: none. */
  endpoint?: string;
  /** The write key `window.vitrine` starts with (see `endpoint`). Default: none. */
  writeKey?: string;
  /** URL of the 3D chunk. Default: the ESM build's viewer chunk, which the page's bundler emits (three shared with the page); the script-tag build's `showroom-viewer.js` next to showroom-core.js. */
  viewerUrl?: string | URL;
  /** Loads the 3D view (tests inject a fake). Default: `import(viewerUrl)`, or the viewer chunk (see `viewerUrl`). */
  loadViewer?: () => Promise<CreateViewer>;
  /** Render everything, send nothing (the editor's live preview). Default: false. */
  preview?: boolean;
  /** Called with what is wrong when the config cannot be shown (invalid, or could not be fetched). Default: none. */
  onError?: (problems: ConfigProblem[]) => void;
}

export interface ShowroomHandle {
  /** Shows another config (object, URL or id) in the same place. */
  update(config: ShowroomConfig | string): void;
  /** Unmounts the widget and frees its 3D view (GPU memory included). */
  destroy(): void;
}

/** The visitor id used when there is no tracker to ask (experiments still bucket, in memory only). */
let memoryId: string | undefined;

/**
 * Shows a showroom in `element`'s shadow root. `config` is the config object, a URL to fetch it
 * from, or its id at the collector. An invalid config shows a small inert box in its place and one
 * console error naming each JSON path and its fix. Throws only for a missing element; after that,
 * never throws into the page.
 */
export function mountShowroom(element: HTMLElement, config: ShowroomConfig | string, options: MountOptions = {}): ShowroomHandle {
  const root = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
  let generation = 0;
  let stopTrigger = () => {};
  // Whether a config has been drawn: the trigger then no longer applies (see show()).
  let drawn = false;
  const loadViewer = options.loadViewer ?? (() => loadViewerModule(options.viewerUrl));

  const reserve = () => render(h('div', { class: 'placeholder' }), root);
  /** The error box, one console error, onError and `vitrine:error`, for a config that cannot show. */
  const fail = (code: VitrineErrorCode, showroomId: string, problems: ConfigProblem[], heading: string) => {
    adoptStyles(root, themeCss());
    render(h(ErrorBox, { message: DEFAULT_STRINGS.invalidConfig }), root);
    const message = `[vitrine:${code}] ${heading}\n${problems.map((p) => `- ${p.message}`).join('\n')}`;
    console.error(message);
    options.onError?.(problems);
    dispatchShowroomEvent(element, 'vitrine:error', { showroomId, code, message, problems });
  };

  async function show(input: ShowroomConfig | string, current: number) {
    let raw: unknown = input;
    if (typeof input === 'string') {
      let url = input;
      try {
        url = resolveConfigUrl(input, options.endpoint, location.href);
        const response = await fetch(url, { credentials: 'omit' });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        raw = await response.json();
      } catch (error) {
        if (current !== generation) return;
        return fail('config-unavailable', input, [{ path: '', message: String((error as Error)?.message ?? error) }], `The showroom config ${url} could not be loaded:`);
      }
    }
    if (current !== generation) return;
    const checked = checkConfigQuietly(raw);
    const invalid = (named: string, problems: ConfigProblem[]) => fail('invalid-config', named, problems, `The showroom config${named && ` "${named}"`} is invalid; fix these and publish it again:`);
    if (!checked.config) {
      const id = (raw as { id?: unknown } | null)?.id;
      const problems = await describeFaults(checked.errors);
      if (current !== generation) return;
      return invalid(typeof id === 'string' ? id : '', problems);
    }
    if (__DEV__) for (const w of themeContrast(checked.config.theme)) console.warn(`[vitrine:contrast] ${w.message}`);
    const consent = checked.config.privacy?.consent;
    const { tracker } = options;
    if (tracker && options.endpoint && tracker.init && !tracker.user?.()) tracker.init({ endpoint: options.endpoint, ...(options.writeKey && { writeKey: options.writeKey }), ...(consent && { consent }) });
    const user = tracker?.user?.();
    const anonymousId = user?.anonymousId ?? (memoryId ??= Math.random().toString(36).slice(2) + Date.now().toString(36));
    // The preview shows the arms the marketer picks, whoever previews them.
    const visit = options.preview ? undefined : await visitOf(checked.config, user?.visit);
    if (current !== generation) return;
    if (Array.isArray(visit)) return invalid(checked.config.id, visit);
    const applied = applyExperimentsQuietly(checked.config, anonymousId, rememberedArms(anonymousId), visit);
    // The visitor sees the config without the broken patches meanwhile: the words need not hold up the draw.
    if (applied.errors.length > 0) void describeFaults(applied.errors).then((problems) => console.error(`[vitrine:invalid-experiment]\n${problems.map((p) => `- ${p.message}`).join('\n')}`));
    const { holdout } = applied;
    const cfg = applied.config;
    const chunk = !holdout && firstTabChunk(cfg);
    if (chunk) {
      await chunk;
      if (current !== generation) return;
    }
    // A hold-out arm's place comes in a chunk of its own: most visitors never need it.
    const Holdout = holdout ? (await import('./components/holdout.js')).Holdout : undefined;
    if (current !== generation) return;
    const first = cfg.experiences[0];
    const reporter = createReporter({
      tracker,
      showroomId: cfg.id,
      configVersion: cfg.version,
      experiments: applied.arms,
      anonymousId,
      firstModule: first ? MODULE_OF[first.type] : 'sense',
      preview: options.preview ?? false,
      persist: (consent ?? 'granted') === 'granted',
    });
    adoptStyles(root, themeCss(cfg.theme));
    const draw = () => {
      if (current !== generation) return;
      drawn = true;
      const emit: Emit = (type, detail, cancelable) => dispatchShowroomEvent(element, type, { showroomId: cfg.id, ...detail } as never, cancelable);
      const onError = (error: unknown) => {
        console.error('[vitrine:showroom-failed]', error);
        emit('vitrine:error', { code: 'showroom-failed', message: String(error) });
      };
      if (holdout && Holdout) {
        render(h(Holdout, { config: cfg, holdout, reporter }), root);
        const [experimentId, armId] = Object.entries(applied.arms)[0]!;
        emit('vitrine:holdout', { experimentId, armId, holdout });
      } else render(h(ErrorBoundary, { onError }, h(Showroom, { config: cfg, reporter, loadViewer, emit })), root);
    };
    // The trigger holds back the first draw only: a shown showroom (the editor's preview as the
    // marketer types) redraws in place, keeping its 3D view, instead of dropping back to the space.
    // A hold-out without the poster keeps no space while it waits: the page is as without a showroom.
    if (drawn) draw();
    else stopTrigger = startTrigger(element, cfg, draw, holdout === 'none' ? () => render(null, root) : reserve);
  }

  function update(config: ShowroomConfig | string) {
    stopTrigger();
    // Hold the 3D view's place while the config loads, so neither the page nor a scroll to it shifts.
    if (!root.firstChild) {
      adoptStyles(root, themeCss());
      reserve();
    }
    const current = ++generation;
    show(config, current).catch((error: unknown) => fail('showroom-failed', typeof config === 'string' ? config : '', [{ path: '', message: String(error) }], 'The showroom failed:'));
  }
  update(config);
  return {
    update,
    destroy() {
      generation++;
      stopTrigger();
      render(null, root);
    },
  };
}

/** Renders now, when scrolled near, or after a delay (the config's `trigger`); returns a stop function. */
function startTrigger(element: HTMLElement, config: ShowroomConfig, draw: () => void, reserve: () => void): () => void {
  const trigger = config.trigger ?? { type: 'inline' };
  if (trigger.type === 'delay') {
    reserve();
    const timer = setTimeout(draw, trigger.ms);
    return () => clearTimeout(timer);
  }
  if (trigger.type === 'scroll' && typeof IntersectionObserver !== 'undefined') {
    reserve();
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      observer.disconnect();
      draw();
    });
    observer.observe(element);
    return () => observer.disconnect();
  }
  draw();
  return () => {};
}
