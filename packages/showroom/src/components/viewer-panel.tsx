import { prefersReducedMotion } from './prefers-reduced-motion.js';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Method, ViewerExperience } from '@vitrine/contracts';
import type { CreateViewer, ShowroomViewer } from '../viewer/showroom-viewer.js';
import { LazyArLink, LazyCameraPresets, LazyStageTools } from './lazy-stage-controls.js';
import { LazyLiveStage } from './lazy-live-stage.js';
import { useShowroom } from './showroom-context.js';
import { safeUrl } from './safe-url.js';
import { useInView } from './use-in-view.js';
import type { OrbitGestures } from './orbit-gestures.js';
import { VariantSwatches } from './variant-swatches.js';

/** A command from the shell: `n` changes on every request, so asking twice for the same id works. */
export interface StageCommand {
  id: string;
  n: number;
  method: Method;
}

interface Props {
  experience: ViewerExperience;
  loadViewer: () => Promise<CreateViewer>;
  /** Load now even if not in view (the story or quiz needs the 3D view). */
  wanted: boolean;
  variant: string | undefined;
  onVariant(id: string, method: Method): void;
  camera: StageCommand | undefined;
  hotspot: StageCommand | undefined;
}

/** Where the 3D view is: not asked for, loading, drawn, or failed (the poster stays). */
export type ViewState = 'idle' | 'loading' | 'ready' | 'failed' | 'no-webgl';

/** The 3D chunk asked for, and when (Model Loaded's `ms` counts from then), and the model's fetch beside it. */
export interface ViewRequest {
  create: Promise<CreateViewer>;
  at: number;
  model: Promise<Response> | undefined;
}

/** Where the 3D view starts loading: within this many px of the viewport. */
const MARGIN = 200;

/**
 * Sense: the 3D view. Reserves its space (aspect-ratio) so nothing shifts, shows the poster until
 * the first frame, asks for the 3D chunk only once in view or asked for (LiveStage then loads and
 * drives it), and falls back to the poster and a message without WebGL or when the model fails.
 */
export function ViewerPanel({ experience, loadViewer, wanted, variant, onVariant, camera, hotspot }: Props) {
  const { t, emit } = useShowroom();
  const stage = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const surface = useRef<HTMLDivElement>(null);
  const viewer = useRef<ShowroomViewer>();
  const gestures = useRef<OrbitGestures>();
  const [state, setState] = useState<ViewState>('idle');
  const [request, setRequest] = useState<ViewRequest>();
  const [autoRotate, setAutoRotate] = useState(experience.autoRotate !== false && !prefersReducedMotion());
  const [cameraId, setCameraId] = useState<string>();
  const inView = useInView(stage, 0, `${MARGIN}px`);
  const stopAutoRotate = () => setAutoRotate(false);

  // Again after a retry (the state goes back to idle).
  const shouldLoad = inView || wanted;
  useEffect(() => {
    // Near (or above) the viewport at once: the first IntersectionObserver callback can come seconds later on a busy page.
    const box = stage.current?.getBoundingClientRect();
    const near = !!box?.height && box.top < innerHeight + MARGIN;
    if (!(shouldLoad || near) || state !== 'idle') return;
    setState('loading');
    const create = loadViewer();
    // The model travels beside the 3D chunk, not after it.
    const url = safeUrl(experience.model);
    const model = url ? fetch(url) : undefined;
    // The live stage reads the outcomes (a failure shows the poster and a retry); until its own chunk
    // has arrived nothing else awaits them, and a page left meanwhile must not see an unhandled
    // rejection ("Failed to fetch dynamically imported module").
    create.catch(() => undefined);
    model?.catch(() => undefined);
    setRequest({ create, at: performance.now(), model });
    // After the 3D chunk, never before it.
    LazyLiveStage.preload().catch(() => {
      setState('failed');
      emit('vitrine:error', { code: 'model-failed', message: t('loadFailed') });
    });
  }, [shouldLoad, state]);

  const chooseCamera = (id: string) => {
    stopAutoRotate();
    setCameraId(id);
    const preset = experience.cameras?.find((c) => c.id === id);
    if (preset && state === 'ready') viewer.current?.setCamera(preset);
  };

  // The alternative text says which variant is shown: the selected one, else the first (shown on load).
  const shown = experience.variants?.find((v) => v.id === variant) ?? experience.variants?.[0];
  const alt = shown ? t('viewerAlt', { alt: experience.alt, label: shown.label }) : experience.alt;
  const poster = safeUrl(experience.poster);
  const failed = state === 'failed' || state === 'no-webgl';
  // The 3D view is on its way or drawn: the live stage and its controls are wanted.
  const live = state === 'loading' || state === 'ready';
  return (
    <div class="viewer" data-module="sense" part="viewer">
      <div class="stage" ref={stage} data-state={state}>
        <canvas ref={canvas} role="img" aria-label={alt} hidden={failed} />
        {poster && state !== 'ready' && <img class="poster" part="poster" src={poster} alt={failed ? experience.alt : ''} />}
        <div
          ref={surface}
          class="surface"
          part="surface"
          role="application"
          aria-label={t('viewerLabel')}
          aria-describedby="vs-viewer-help"
          tabIndex={0}
          hidden={failed}
        />
        <p id="vs-viewer-help" class="sr">
          {t('viewerHelp')}
        </p>
        {request && live && (
          <LazyLiveStage
            experience={experience}
            request={request}
            canvas={canvas}
            surface={surface}
            viewer={viewer}
            gestures={gestures}
            state={state}
            onState={setState}
            variant={variant}
            camera={camera}
            hotspot={hotspot}
            autoRotate={autoRotate}
            stopAutoRotate={stopAutoRotate}
            onCamera={setCameraId}
          />
        )}
        {failed && (
          <div class="notice" role="status" part="fallback">
            <span>{t(state === 'no-webgl' ? 'noWebgl' : 'loadFailed')}</span>
            {state === 'failed' && (
              <button onClick={() => setState('idle')}>
                {t('retry')}
              </button>
            )}
          </div>
        )}
        {state === 'ready' && <LazyStageTools gestures={gestures} autoRotate={autoRotate} onAutoRotate={setAutoRotate} />}
      </div>
      {experience.variants && experience.variants.length > 1 && (
        <VariantSwatches variants={experience.variants} selected={variant} onSelect={onVariant} />
      )}
      {/* Once the 3D view is asked for, so that their chunk is fetched after the 3D chunk, never before. */}
      {live && experience.cameras && experience.cameras.length > 0 && (
        <LazyCameraPresets cameras={experience.cameras} current={cameraId} onSelect={chooseCamera} />
      )}
      {state !== 'idle' && state !== 'failed' && <LazyArLink experience={experience} />}
    </div>
  );
}
