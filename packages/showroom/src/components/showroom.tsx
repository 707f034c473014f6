import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { DEFAULT_STRINGS, type Experience, type Method, type Module, type ShowroomConfig, type StoryPage, type StringKey } from '@vitrine/contracts';
import { formatString } from '../config/format-string.js';
import type { Reporter } from '../reporting/create-reporter.js';
import type { CreateViewer } from '../viewer/showroom-viewer.js';
import { CtaBar } from './cta-bar.js';
import { LazyLiveStage } from './lazy-live-stage.js';
import { LazyQuizPanel } from './lazy-quiz-panel.js';
import { markViewRequested } from '../first-view-request.js';
import { ShowroomContext, type Emit, type ShowroomContextValue } from './showroom-context.js';
import { StoryPanel } from './story-panel.js';
import { useInView } from './use-in-view.js';
import { usePageVisible } from './use-page-visible.js';
import { ViewerPanel, type StageCommand } from './viewer-panel.js';

export interface ShowroomProps {
  config: ShowroomConfig;
  reporter: Reporter;
  loadViewer: () => Promise<CreateViewer>;
  /** Dispatches the showroom's DOM events on its element. */
  emit: Emit;
}

/** The module of each experience type. */
export const MODULE_OF: Record<Experience['type'], Module> = { viewer: 'sense', story: 'feel', quiz: 'think' };
const TAB_KEY = { viewer: 'viewerTab', story: 'storyTab', quiz: 'quizTab' } as const;

/**
 * The first tab's chunk, when it has one (it resolves once that has arrived or failed; a failure
 * shows in the tab), so that the first render shows the first tab's content; else undefined.
 */
export function firstTabChunk(config: ShowroomConfig): Promise<unknown> | undefined {
  const first = config.experiences.find((e) => e.type !== 'viewer');
  return first?.type === 'quiz' ? LazyQuizPanel.preload().catch(() => {}) : undefined;
}

/** ms after the shopper's last touch of the 3D view during which the story leaves its camera and cards alone. */
export const SHOPPER_QUIET_MS = 10_000;

/**
 * The widget: the 3D view on top (the story and the quiz move it), the other experiences in tabs
 * (the APG tabs pattern), then the call to action and share. Reports Loaded, Viewed, exposures and
 * engaged time per module (the module the shopper last touched).
 */
export function Showroom({ config, reporter, loadViewer, emit }: ShowroomProps) {
  const root = useRef<HTMLDivElement>(null);
  const [message, setMessage] = useState('');
  const [variant, setVariant] = useState<string>();
  const [camera, setCamera] = useState<StageCommand>();
  const [hotspot, setHotspot] = useState<StageCommand>();
  const [wanted, setWanted] = useState(false);
  const viewer = config.experiences.find((e) => e.type === 'viewer');
  const others = config.experiences.filter((e) => e.type !== 'viewer');
  const [tab, setTab] = useState(0);
  // A tab's content is made the first time it opens, so that a hidden quiz does not fetch its
  // chunk before the 3D view is asked for; after that it stays, keeping its answers.
  const opened = useRef(new Set<number>());
  opened.current.add(tab);
  const inStory = useRef(false);
  /** When the shopper last touched the 3D view (turned, zoomed, picked a colour or a preset): ms, Date.now(). */
  const inViewer = useRef(-Infinity);
  const viewed = useInView(root, 0.5, '0px', () => reporter.report('Showroom Viewed', {}));
  // The quiz's chunk (and the tracker's sending code, see start-showrooms.ts) is fetched once the
  // 3D view has been asked for (or at once without one): there when needed, never delaying the 3D view.
  const preloadQuiz = () => {
    if (others.some((e) => e.type === 'quiz')) LazyQuizPanel.preload().catch(() => {}); // a failure shows in its tab
  };
  const loadViewerThenQuiz = useMemo(() => () => {
    const loading = loadViewer();
    preloadQuiz();
    markViewRequested();
    return loading;
  }, [loadViewer]);
  useEffect(() => {
    if (viewer) return;
    preloadQuiz();
    // The live stage's chunk carries the forced-colours rules (stage-css.ts) the tabs and the story's bars need too.
    LazyLiveStage.preload().catch(() => {}); // without it, those rules are missing: nothing else fails
    markViewRequested();
    // Without a 3D view to wait for, drawn is ready.
    emit('vitrine:ready', {});
  }, []);

  const context = useMemo<ShowroomContextValue>(() => {
    const strings: Record<string, string> = { ...DEFAULT_STRINGS, ...config.strings };
    return {
      config,
      reporter,
      emit,
      t: (key: StringKey, values = {}) => formatString(strings[key] ?? key, { product: config.product.name, ...values }),
      // The same words twice differ by a no-break space, so that the live region says them again.
      announce: (text) => setMessage((said) => (said === text ? `${text}\u00a0` : text)),
    };
  }, [config, reporter, emit]);
  const { t, announce } = context;

  useEffect(() => {
    reporter.report('Showroom Loaded', { modules: config.experiences.map((e) => MODULE_OF[e.type]) });
    reporter.exposure();
    addEventListener('pagehide', reporter.flushEngaged);
    return () => {
      reporter.flushEngaged();
      removeEventListener('pagehide', reporter.flushEngaged);
    };
  }, []);
  // Engaged time counts only while the page is visible.
  const visible = usePageVisible();
  useEffect(() => reporter.setActive(visible), [visible]);

  const command = (id: string, method: Method): StageCommand => ({ id, n: Math.random(), method });
  const selectVariant = (id: string, method: Method) => {
    const v = viewer?.variants?.find((x) => x.id === id);
    if (!v) return;
    setVariant(id);
    setWanted(true);
    if (method !== 'quiz') reporter.report('Variant Selected', { variant: v.id, label: v.label, method });
    emit('vitrine:variant', { variant: v.id, label: v.label, method });
    announce(t('variantSelected', { label: v.label }));
  };
  const onStoryPage = (page: StoryPage) => {
    // The story moves the product only once the shopper is in it: a story turning its pages on its
    // own must not take the 3D view away from someone looking at the product.
    // Nor while the shopper is using it: their own view stays theirs for a while.
    if (!viewer || !inStory.current || Date.now() - inViewer.current < SHOPPER_QUIET_MS) return;
    if (page.camera || page.hotspot) setWanted(true);
    if (page.camera) setCamera(command(page.camera, 'story'));
    // A page without a hotspot closes the card an earlier page opened ('' opens none).
    if (page.hotspot || hotspot?.method === 'story') setHotspot(command(page.hotspot ?? '', 'story'));
  };
  const showViewer = () => {
    const surface = root.current?.querySelector<HTMLElement>('[part=surface]');
    surface?.scrollIntoView?.({ block: 'nearest' });
    surface?.focus();
  };
  /** Which module the shopper is in: the nearest `data-module` around what they touched. */
  const touch = (e: Event) => {
    const module = (e.target as Element).closest?.('[data-module]')?.getAttribute('data-module');
    if (module === 'feel') inStory.current = true;
    if (module === 'sense') inViewer.current = Date.now();
    if (module) reporter.interact(module as Module);
  };
  const onTabKey = (e: KeyboardEvent) => {
    const to = { ArrowRight: tab + 1, ArrowLeft: tab - 1, Home: 0, End: others.length - 1 }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    const next = (to + others.length) % others.length;
    setTab(next);
    root.current?.querySelector<HTMLElement>(`#vs-tab-${next}`)?.focus();
  };

  const panel = (e: Experience, active: boolean) =>
    e.type === 'story' ? (
      <StoryPanel story={e} active={active && viewed} onPage={onStoryPage} />
    ) : e.type === 'quiz' ? (
      <LazyQuizPanel quiz={e} onRecommend={(id) => selectVariant(id, 'quiz')} onShowViewer={showViewer} />
    ) : null;

  return (
    <ShowroomContext.Provider value={context}>
      <div
        class="root"
        ref={root}
        role="region"
        aria-label={t('showroomLabel')}
        part="showroom"
        onPointerDownCapture={touch}
        onKeyDownCapture={touch}
        onFocusCapture={touch}
        // A click with no pointer or key before it (assistive technology, element.click()) is a touch too.
        onClickCapture={touch}
      >
        {viewer && (
          <ViewerPanel
            experience={viewer}
            loadViewer={loadViewerThenQuiz}
            wanted={wanted}
            variant={variant}
            onVariant={selectVariant}
            camera={camera}
            hotspot={hotspot}
          />
        )}
        {others.length > 1 && (
          <div class="tabs" role="tablist" aria-label={t('experiencesLabel')} onKeyDown={onTabKey} part="tabs">
            {others.map((e, i) => (
              <button
               
                role="tab"
                id={`vs-tab-${i}`}
                aria-selected={i === tab}
                aria-controls={`vs-panel-${i}`}
                tabIndex={i === tab ? 0 : -1}
                data-module={MODULE_OF[e.type]}
                onClick={() => setTab(i)}
              >
                {t(TAB_KEY[e.type])}
              </button>
            ))}
          </div>
        )}
        {others.map((e, i) => (
          <div
            id={`vs-panel-${i}`}
            role={others.length > 1 ? 'tabpanel' : undefined}
            aria-labelledby={others.length > 1 ? `vs-tab-${i}` : undefined}
            hidden={i !== tab}
            data-module={MODULE_OF[e.type]}
          >
            {opened.current.has(i) && panel(e, i === tab)}
          </div>
        ))}
        <CtaBar variant={variant ?? viewer?.variants?.[0]?.id} />
        <p class="sr" aria-live="polite" part="live">
          {message}
        </p>
      </div>
    </ShowroomContext.Provider>
  );
}
