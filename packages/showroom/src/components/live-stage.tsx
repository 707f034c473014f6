import type { RefObject } from 'preact';
import { useEffect, useState, type MutableRef } from 'preact/hooks';
import type { Method, ViewerExperience } from '@vitrine/contracts';
import type { ShowroomViewer } from '../viewer/showroom-viewer.js';
import { addStyles } from '../styles/adopt-styles.js';
import { STAGE_CSS } from '../styles/stage-css.js';
import { LazyHotspotLayer } from './lazy-hotspot-layer.js';
import { OrbitGestures } from './orbit-gestures.js';
import { useShowroom } from './showroom-context.js';
import type { StageCommand, ViewRequest, ViewState } from './viewer-panel.js';

addStyles(STAGE_CSS);

// The AR link and the camera presets ride in this chunk too: the page needs them only once the 3D
// view is on its way (the turn and zoom buttons come after its first frame: stage-tools.tsx).
export { ArLink } from './ar-link.js';
export { CameraPresets } from './camera-presets.js';

interface Props {
  experience: ViewerExperience;
  /** The 3D chunk the panel asked for, and when. */
  request: ViewRequest;
  canvas: RefObject<HTMLCanvasElement>;
  /** The 3D view's focusable surface: its pointer, wheel and key events are the gestures'. */
  surface: RefObject<HTMLElement>;
  /** Set here while the viewer lives: the panel's buttons and gestures drive it. */
  viewer: MutableRef<ShowroomViewer | undefined>;
  gestures: MutableRef<OrbitGestures | undefined>;
  state: ViewState;
  onState(state: ViewState): void;
  variant: string | undefined;
  camera: StageCommand | undefined;
  hotspot: StageCommand | undefined;
  autoRotate: boolean;
  stopAutoRotate(): void;
  /** A camera preset was applied (by the story): the panel shows it pressed. */
  onCamera(id: string): void;
}

/**
 * The 3D view once it has been asked for: creates the viewer on the panel's canvas, loads the model
 * with a progress bar, then keeps the view in step (variant, camera, auto-rotate, hotspots), and
 * tells the page (`vitrine:ready`, or `vitrine:error` with the poster left in place). In a chunk of
 * its own with the gestures, fetched beside the 3D chunk: none of it is among the bytes before it.
 */
export function LiveStage({ experience, request, canvas, surface, viewer, gestures, state, onState, variant, camera, hotspot, autoRotate, stopAutoRotate, onCamera }: Props) {
  const { t, reporter, emit, announce } = useShowroom();
  const [progress, setProgress] = useState(0);
  const [open, setOpen] = useState<{ id: string | undefined; focus: boolean }>({ id: undefined, focus: false });

  useEffect(() => {
    let alive = true;
    const listening = new AbortController();
    const fail = (code: 'model-failed' | 'no-webgl') => {
      if (!alive) return;
      onState(code === 'no-webgl' ? code : 'failed');
      emit('vitrine:error', { code, message: t(code === 'no-webgl' ? 'noWebgl' : 'loadFailed') });
    };
    // Fetched beside the 3D chunk; a failure shows where the hotspots would be.
    if (experience.hotspots) LazyHotspotLayer.preload().catch(() => {});
    (async () => {
      let v: ShowroomViewer;
      try {
        const create = await request.create;
        if (!alive || !canvas.current) return;
        try {
          v = create(canvas.current);
        } catch {
          return fail('no-webgl');
        }
        viewer.current = v;
        gestures.current = new OrbitGestures(v, reporter, stopAutoRotate, () => announce(t('zoomLevel', { percent: Math.round(v.zoomLevel() * 100) })));
        if (surface.current) gestures.current.listen(surface.current, listening.signal);
        // The selected variant (else the first, marked selected) is on the model before its first frame.
        const chosen = experience.variants?.find((x) => x.id === variant) ?? experience.variants?.[0];
        if (chosen) void v.setVariant(chosen).catch(() => {});
        await v.load(experience.model, (fraction) => alive && setProgress(fraction), request.model);
      } catch {
        return fail('model-failed');
      }
      if (!alive) return;
      onState('ready');
      reporter.report('Model Loaded', { ms: Math.round(performance.now() - request.at) });
      emit('vitrine:ready', {});
    })();
    return () => {
      alive = false;
      listening.abort();
      viewer.current?.dispose();
      viewer.current = undefined;
      gestures.current = undefined;
    };
  }, []);

  const ready = state === 'ready' ? viewer.current : undefined;
  useEffect(() => ready?.setAutoRotate(autoRotate), [ready, autoRotate]);
  useEffect(() => {
    const chosen = experience.variants?.find((v) => v.id === variant);
    if (ready && chosen) void ready.setVariant(chosen).catch(() => {});
  }, [ready, variant]);
  useEffect(() => {
    const preset = experience.cameras?.find((c) => c.id === camera?.id);
    if (!preset) return;
    onCamera(preset.id);
    ready?.setCamera(preset);
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

  return (
    <>
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
    </>
  );
}
