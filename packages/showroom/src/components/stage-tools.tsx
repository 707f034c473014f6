import type { RefObject } from 'preact';
import { useState } from 'preact/hooks';
import { addStyles } from '../styles/adopt-styles.js';
import type { OrbitGestures } from './orbit-gestures.js';
import { useShowroom } from './showroom-context.js';

/**
 * The turn, tilt and zoom buttons' rules, with their chunk. A stage under 400 px wide (a category
 * card, a phone) shows its buttons behind one "View controls" button, and once opened in rows of
 * four under it, so they fit a card: a container query, so the stage's own size decides, wherever
 * the page puts it.
 */
const TOOLS_CSS = `
.stage{container-type:inline-size}
.tools{position:absolute;right:8px;top:8px;display:grid;gap:4px}
.tools button{padding:0;width:32px;height:32px}
.more{display:none}
@container (width<400px){.tools .more{display:flex}.tools:not([data-open]) .more~*{display:none}[data-open]{grid:auto/repeat(4,auto)}[data-open] .more{grid-column:span 4;justify-self:end}}
`;

addStyles(TOOLS_CSS);

/** Degrees per press of an on-screen turn button. */
const BUTTON_STEP = 30;
/** Degrees per press of a tilt button. */
const TILT_STEP = 15;

interface Props {
  gestures: RefObject<OrbitGestures | undefined>;
  autoRotate: boolean;
  onAutoRotate(on: boolean): void;
}

/**
 * The 3D view's turn, tilt, zoom and auto-rotate buttons: they drive the gestures the live stage
 * starts. In a chunk of their own, fetched once the first frame is drawn (drag, wheel and keys work
 * before): none of their bytes hold up the product. On a small stage (a category card, a phone)
 * they would cover much of the product, so they wait behind one "View controls" button (the
 * disclosure pattern; the stage's width decides, in TOOLS_CSS above); Escape folds them away again
 * and returns focus to it.
 */
export function StageTools({ gestures, autoRotate, onAutoRotate }: Props) {
  const { t } = useShowroom();
  const [open, setOpen] = useState(false);
  return (
    <div
      class="tools"
      part="controls"
      data-open={open || undefined}
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || !open) return;
        setOpen(false);
        // The focused button is about to hide: focus goes back to the one that showed it, not to the page's top.
        (e.currentTarget.firstChild as HTMLElement).focus();
      }}
    >
      <button class="more" aria-label={t('viewControls')} aria-expanded={open} onClick={() => setOpen(!open)}>
        ⋯
      </button>
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
