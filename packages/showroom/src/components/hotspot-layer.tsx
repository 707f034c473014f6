import { useEffect, useRef } from 'preact/hooks';
import type { Hotspot, Method } from '@vitrine/contracts';
import type { ShowroomViewer } from '../viewer/showroom-viewer.js';
import { howClicked } from './how-clicked.js';
import { useShowroom } from './showroom-context.js';
import { addStyles } from '../styles/adopt-styles.js';
import { HOTSPOT_CSS } from '../styles/hotspot-css.js';

addStyles(HOTSPOT_CSS);

interface Props {
  hotspots: readonly Hotspot[];
  viewer: ShowroomViewer;
  open: string | undefined;
  /** Move focus into the card when it opens (not when the story opens it). */
  focusCard: boolean;
  onOpen(id: string | undefined, method?: Method): void;
}

/**
 * The hotspots: DOM buttons that follow their 3D points after every rendered frame (moved through
 * the CSSOM, which a strict CSP allows), hidden while the model hides them, each opening a text
 * card (the WAI-ARIA dialog pattern, non-modal: Close, or Escape anywhere in the showroom, shut it
 * and focus goes back to its hotspot).
 *
 * Focus never falls to the page's top: a focused hotspot that turns behind the model, or a card
 * closed while its hotspot is hidden, hands it to the 3D view itself.
 */
export function HotspotLayer({ hotspots, viewer, open, focusCard, onOpen }: Props) {
  const { t } = useShowroom();
  const layer = useRef<HTMLDivElement>(null);
  const card = useRef<HTMLDivElement>(null);
  const button = (id: string) => layer.current?.querySelector<HTMLElement>(`[data-hotspot="${CSS.escape(id)}"]`);
  const focused = () => (layer.current?.getRootNode() as ShadowRoot | undefined)?.activeElement;
  // The 3D view's surface: the stage's one focusable element of its own.
  const focusView = () => layer.current?.closest('.stage')?.querySelector<HTMLElement>('[part=surface]')?.focus();

  useEffect(() => {
    const place = () => {
      for (const p of viewer.projectHotspots(hotspots)) {
        const b = button(p.id);
        if (!b) continue;
        b.style.transform = `translate(${p.x}px,${p.y}px)`;
        // Hidden (visibility), it would drop focus to the page's top.
        if (p.occluded && b === focused()) focusView();
        b.toggleAttribute('data-occluded', p.occluded);
      }
    };
    // Placed now as well as after each frame: a still view (no auto-rotate) draws no further frame.
    place();
    return viewer.onFrame(place);
  }, [viewer, hotspots]);
  useEffect(() => {
    if (open && focusCard) card.current?.focus();
  }, [open]);

  const close = () => {
    onOpen(undefined);
    const b = open && button(open);
    if (b && !b.hasAttribute('data-occluded')) b.focus();
    else focusView();
  };
  const shown = hotspots.find((h) => h.id === open);
  // Escape elsewhere in the showroom (the 3D view, a swatch) closes the card too, and leaves focus
  // where the shopper is; in the card, the card's own handler runs first.
  useEffect(() => {
    const root = layer.current?.getRootNode();
    const onKey = (e: Event) => (e as KeyboardEvent).key === 'Escape' && !e.defaultPrevented && onOpen(undefined);
    if (!shown || !root) return;
    root.addEventListener('keydown', onKey);
    return () => root.removeEventListener('keydown', onKey);
  }, [shown]);
  return (
    <div ref={layer} part="hotspots">
      {hotspots.map((h, i) => (
        <button
          class="hotspot"
          data-hotspot={h.id}
          // The name starts with the number it shows, so that "click 1" by voice finds it (WCAG 2.5.3).
          aria-label={`${i + 1}. ${t('openHotspot', { label: h.label })}`}
          aria-expanded={h.id === open}
          onClick={(e) => onOpen(h.id, howClicked(e))}
        >
          {i + 1}
        </button>
      ))}
      {shown && (
        <div
          ref={card}
          class="card"
          role="dialog"
          aria-labelledby="vs-hotspot-title"
          tabIndex={-1}
          part="hotspot-card"
          onKeyDown={(e) => e.key === 'Escape' && (e.stopPropagation(), close())}
        >
          <h3 id="vs-hotspot-title">{shown.label}</h3>
          <p>{shown.text}</p>
          <button onClick={close}>
            {t('closeHotspot')}
          </button>
        </div>
      )}
    </div>
  );
}
