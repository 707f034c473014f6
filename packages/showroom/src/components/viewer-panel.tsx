import { prefersReducedMotion } from './prefers-reduced-motion.js';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Method, ViewerExperience } from '@vitrine/contracts';
import type { CreateViewer, ShowroomViewer } from '../viewer/showroom-viewer.js';
import { ArLink } from './ar-link.js';
import { CameraPresets } from './camera-presets.js';
import { LazyHotspotLayer } from './lazy-hotspot-layer.js';
import { useShowroom } from './showroom-context.js';
import { safeUrl } from './safe-url.js';
import { useInView } from './use-in-view.js';
import type { OrbitGestures } from './orbit-gestures.js';
import { VariantSwatches } from './variant-swatches.js';

/** Degrees per press of an on-screen turn button. */
const BUTTON_STEP = 30;

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

type State = 'idle' | 'loading' | 'ready' | 'failed' | 'no-webgl';


/**
 * Sense: the 3D view. Reserves its space (aspect-ratio) so nothing shifts, shows the poster until
 * the first frame, loads the 3D chunk only once in view or asked for, and falls back to the poster
 * and a message without WebGL or when the model fails.
 */
export function ViewerPanel({ experience, loadViewer, wanted, variant, onVariant, camera, hotspot }: Props) {
  const { t, reporter } = useShowroom();
  const stage = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const viewer = useRef<ShowroomViewer>();
  const [state, setState] = useState<State>('idle');
  const [progress, setProgress] = useState(0);
  const [attempt, setAttempt] = useState(0);
  const [autoRotate, setAutoRotate] = useState(experience.autoRotate !== false && !prefersReducedMotion());
  const [cameraId, setCameraId] = useState<string>();
  const [open, setOpen] = useState<{ id: string | undefined; focus: boolean }>({ id: undefined, focus: false });
  const inView = useInView(stage, 0, '200px');
  const stopAutoRotate = () => setAutoRotate(false);
  const gestures = useRef<OrbitGestures>();
  const preset = (id: string | undefined) => experience.cameras?.find((c) => c.id === id);

  const shouldLoad = inView || wanted;
  useEffect(() => {
    if (!shouldLoad) return;
    let alive = true;
    const started = performance.now();
    setState('loading');
    (async () => {
      let create: CreateViewer;
      const loading = loadViewer();
      // Fetched beside the 3D chunk, not before it; a failure shows where the hotspots would be.
      if (experience.hotspots) LazyHotspotLayer.preload().catch(() => {});
      const gesturesLoading = import('./orbit-gestures.js');
      let Gestures: typeof OrbitGestures;
      try {
        [create, { OrbitGestures: Gestures }] = await Promise.all([loading, gesturesLoading]);
      } catch {
        return alive && setState('failed');
      }
      if (!alive || !canvas.current) return;
      let v: ShowroomViewer;
      try {
        v = create(canvas.current);
      } catch {
        return setState('no-webgl');
      }
      viewer.current = v;
      gestures.current = new Gestures(v, reporter, stopAutoRotate);
      try {
        await v.load(experience.model, (fraction) => alive && setProgress(fraction));
      } catch {
        return alive && setState('failed');
      }
      if (!alive) return;
      setState('ready');
      reporter.report('Model Loaded', { ms: Math.round(performance.now() - started) });
    })();
    return () => {
      alive = false;
      viewer.current?.dispose();
      viewer.current = undefined;
      gestures.current = undefined;
    };
  }, [shouldLoad, attempt]);

  const ready = state === 'ready' ? viewer.current : undefined;
  useEffect(() => ready?.setAutoRotate(autoRotate), [ready, autoRotate]);
  useEffect(() => {
    const chosen = experience.variants?.find((v) => v.id === variant);
    if (ready && chosen) void ready.setVariant(chosen).catch(() => {});
  }, [ready, variant]);
  useEffect(() => {
    const p = preset(camera?.id);
    if (!p) return;
    setCameraId(p.id);
    ready?.setCamera(p);
  }, [ready, camera]);
  useEffect(() => {
    const h = experience.hotspots?.find((x) => x.id === hotspot?.id);
    if (h && hotspot) openHotspot(h.id, hotspot.method);
    // The story moved on to a page without a hotspot: close the card it opened, not the shopper's.
    else if (hotspot?.id === '') setOpen((o) => (o.focus ? o : { id: undefined, focus: false }));
  }, [hotspot]);

  function openHotspot(id: string | undefined, method: Method) {
    setOpen({ id, focus: method !== 'story' });
    const h = experience.hotspots?.find((x) => x.id === id);
    // A story page opening a hotspot is the story's doing, already reported as its Story Page Viewed.
    if (h && method !== 'story') reporter.report('Hotspot Opened', { hotspot_id: h.id, label: h.label, method });
  }
  const chooseCamera = (id: string) => {
    stopAutoRotate();
    setCameraId(id);
    const p = preset(id);
    if (p) ready?.setCamera(p);
  };
  const retry = () => {
    setState('idle');
    setAttempt((n) => n + 1);
  };

  const poster = safeUrl(experience.poster);
  const failed = state === 'failed' || state === 'no-webgl';
  return (
    <div class="viewer" data-module="sense" part="viewer">
      <div class="stage" ref={stage} data-state={state}>
        <canvas ref={canvas} role="img" aria-label={experience.alt} hidden={failed} />
        {poster && state !== 'ready' && <img class="poster" part="poster" src={poster} alt={failed ? experience.alt : ''} />}
        <div
          class="surface"
          part="surface"
          role="application"
          aria-label={t('viewerLabel')}
          aria-describedby="vs-viewer-help"
          tabIndex={0}
          hidden={failed}
          onPointerDown={(e) => gestures.current?.onPointerDown(e)}
          onPointerMove={(e) => gestures.current?.onPointerMove(e)}
          onPointerUp={(e) => gestures.current?.onPointerUp(e)}
          onPointerCancel={(e) => gestures.current?.onPointerUp(e)}
          onWheel={(e) => gestures.current?.onWheel(e)}
          onKeyDown={(e) => gestures.current?.onKeyDown(e)}
          onKeyUp={() => gestures.current?.onKeyUp()}
        />
        <p id="vs-viewer-help" class="sr">
          {t('viewerHelp')}
        </p>
        {ready && experience.hotspots && (
          <LazyHotspotLayer
            hotspots={experience.hotspots}
            viewer={ready}
            open={open.id}
            focusCard={open.focus}
            onOpen={(id, method = 'tap') => (id ? openHotspot(id, method) : setOpen({ id: undefined, focus: false }))}
          />
        )}
        {state === 'loading' && (
          <div
            class="progress"
            role="progressbar"
            aria-label={t('loading')}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={Math.round(progress * 100)}
            part="progress"
          >
            <div style={{ transform: `scaleX(${progress})` }} />
          </div>
        )}
        {failed && (
          <div class="notice" role="status" part="fallback">
            <span>{t(state === 'no-webgl' ? 'noWebgl' : 'loadFailed')}</span>
            {state === 'failed' && (
              <button onClick={retry}>
                {t('retry')}
              </button>
            )}
          </div>
        )}
        {!failed && (
          <div class="tools" part="controls">
            <button aria-label={t('rotateLeft')} onClick={() => gestures.current?.press(BUTTON_STEP)}>
              ←
            </button>
            <button aria-label={t('rotateRight')} onClick={() => gestures.current?.press(-BUTTON_STEP)}>
              →
            </button>
            <button aria-label={t('zoomIn')} onClick={() => gestures.current?.press(0, 1)}>
              +
            </button>
            <button aria-label={t('zoomOut')} onClick={() => gestures.current?.press(0, -1)}>
              −
            </button>
            <button aria-label={t(autoRotate ? 'autoRotateStop' : 'autoRotateStart')} onClick={() => setAutoRotate(!autoRotate)}>
              {autoRotate ? '❚❚' : '↻'}
            </button>
          </div>
        )}
      </div>
      {experience.variants && experience.variants.length > 1 && (
        <VariantSwatches variants={experience.variants} selected={variant} onSelect={onVariant} />
      )}
      {experience.cameras && experience.cameras.length > 0 && <CameraPresets cameras={experience.cameras} current={cameraId} onSelect={chooseCamera} />}
      <ArLink experience={experience} />
    </div>
  );
}
