import type { RefObject } from 'preact';
import type { OrbitGestures } from './orbit-gestures.js';
import { useShowroom } from './showroom-context.js';

/** Degrees per press of an on-screen turn button. */
const BUTTON_STEP = 30;
/** Degrees per press of a tilt button. */
const TILT_STEP = 15;

interface Props {
  gestures: RefObject<OrbitGestures | undefined>;
  autoRotate: boolean;
  onAutoRotate(on: boolean): void;
}

/** The 3D view's turn, tilt, zoom and auto-rotate buttons: they drive the gestures the live stage starts. */
export function StageTools({ gestures, autoRotate, onAutoRotate }: Props) {
  const { t } = useShowroom();
  return (
    <div class="tools" part="controls">
      <button aria-label={t('rotateLeft')} onClick={() => gestures.current?.press({ az: BUTTON_STEP })}>
        ←
      </button>
      <button aria-label={t('rotateRight')} onClick={() => gestures.current?.press({ az: -BUTTON_STEP })}>
        →
      </button>
      {/* Tilting is a vertical drag, which on a touch screen scrolls the page: a single pointer tilts here. */}
      <button aria-label={t('rotateUp')} onClick={() => gestures.current?.press({ el: TILT_STEP })}>
        ↑
      </button>
      <button aria-label={t('rotateDown')} onClick={() => gestures.current?.press({ el: -TILT_STEP })}>
        ↓
      </button>
      <button aria-label={t('zoomIn')} onClick={() => gestures.current?.press({ zoom: 1 })}>
        +
      </button>
      <button aria-label={t('zoomOut')} onClick={() => gestures.current?.press({ zoom: -1 })}>
        −
      </button>
      <button aria-label={t(autoRotate ? 'autoRotateStop' : 'autoRotateStart')} onClick={() => onAutoRotate(!autoRotate)}>
        {autoRotate ? '❚❚' : '↻'}
      </button>
    </div>
  );
}
