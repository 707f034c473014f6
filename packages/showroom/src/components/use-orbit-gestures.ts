import { useRef } from 'preact/hooks';
import type { ShowroomViewer } from '../viewer/showroom-viewer.js';
import type { Reporter } from '../reporting/create-reporter.js';
import type { Method } from '../reporting/showroom-events.js';

/** Degrees turned per px dragged. */
const DEG_PER_PX = 0.4;
/** Degrees per arrow key press. */
export const KEY_STEP = 10;
/** Zoom factor per +/- key press or button press. */
export const ZOOM_STEP = 1.2;
/** A wheel burst ends after this long without a wheel event. */
const WHEEL_QUIET = 250; // ms

interface Gesture {
  degrees: number;
  factor: number;
  method: Method;
}

/**
 * Drag and touch orbit, pinch and wheel zoom, and the keyboard (arrows turn, + and − zoom) for the
 * stage. Each gesture is reported once, when it ends (pointer-up, key-up, the end of a wheel burst),
 * with the total turned or zoomed: never per frame.
 */
export function useOrbitGestures(viewer: () => ShowroomViewer | undefined, reporter: Reporter, onInteract: () => void) {
  const pointers = useRef(new Map<number, { x: number; y: number }>()).current;
  const gesture = useRef<Gesture | null>(null);
  const wheelTimer = useRef<ReturnType<typeof setTimeout>>();

  const begin = (method: Method): Gesture => {
    onInteract();
    return (gesture.current ??= { degrees: 0, factor: 1, method });
  };
  const turn = (g: Gesture, az: number, el: number) => {
    viewer()?.rotate(az, el);
    g.degrees += Math.abs(az) + Math.abs(el);
  };
  const zoom = (g: Gesture, factor: number) => {
    viewer()?.zoom(factor);
    g.factor *= factor;
  };
  const end = () => {
    const g = gesture.current;
    gesture.current = null;
    if (!g) return;
    if (g.degrees >= 1) reporter.report('Model Rotated', { degrees: Math.round(g.degrees), method: g.method });
    if (g.factor !== 1) reporter.report('Model Zoomed', { factor: Math.round(g.factor * 100) / 100, method: g.method });
  };
  const spread = () => {
    const [a, b] = [...pointers.values()];
    return a && b ? Math.hypot(a.x - b.x, a.y - b.y) : 0;
  };

  return {
    /** For the on-screen buttons: one press, one gesture. */
    press(az: number, factor = 1) {
      const g = begin('button');
      if (az) turn(g, az, 0);
      if (factor !== 1) zoom(g, factor);
      end();
    },
    onPointerDown(e: PointerEvent) {
      (e.currentTarget as Element).setPointerCapture?.(e.pointerId);
      pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
      const g = begin('drag');
      if (pointers.size === 2) g.method = 'pinch';
    },
    onPointerMove(e: PointerEvent) {
      const last = pointers.get(e.pointerId);
      const g = gesture.current;
      if (!last || !g) return;
      const before = spread();
      pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
      if (pointers.size === 1) turn(g, -(e.clientX - last.x) * DEG_PER_PX, (e.clientY - last.y) * DEG_PER_PX);
      else if (before > 0) zoom(g, spread() / before);
    },
    onPointerUp(e: PointerEvent) {
      if (!pointers.delete(e.pointerId)) return;
      if (pointers.size === 0) end();
    },
    onWheel(e: WheelEvent) {
      e.preventDefault();
      const g = begin('wheel');
      zoom(g, Math.exp(-e.deltaY * 0.002));
      clearTimeout(wheelTimer.current);
      wheelTimer.current = setTimeout(end, WHEEL_QUIET);
    },
    onKeyDown(e: KeyboardEvent) {
      const step: Record<string, [number, number, number]> = {
        ArrowLeft: [KEY_STEP, 0, 1],
        ArrowRight: [-KEY_STEP, 0, 1],
        ArrowUp: [0, KEY_STEP, 1],
        ArrowDown: [0, -KEY_STEP, 1],
        '+': [0, 0, ZOOM_STEP],
        '=': [0, 0, ZOOM_STEP],
        '-': [0, 0, 1 / ZOOM_STEP],
        '_': [0, 0, 1 / ZOOM_STEP],
      };
      const s = step[e.key];
      if (!s) return;
      e.preventDefault();
      const g = begin('keyboard');
      if (s[0] || s[1]) turn(g, s[0], s[1]);
      if (s[2] !== 1) zoom(g, s[2]);
    },
    /** A held key repeats; the gesture ends when it is let go. */
    onKeyUp: end,
  };
}
