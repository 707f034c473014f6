import type { ShowroomViewer } from '../viewer/showroom-viewer.js';
import type { Reporter } from '../reporting/create-reporter.js';
import type { Method } from '@vitrine/contracts';

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
 * stage of a loaded 3D view (it comes in a chunk of its own, beside the 3D chunk: there is nothing
 * to turn before). Each gesture is reported once, when it ends (pointer-up, key-up, the end of a
 * wheel burst), with the total turned or zoomed: never per frame.
 *
 * The page comes first, as with model-viewer's defaults: the stage is `touch-action: pan-y`, so a
 * vertical swipe scrolls the page (the browser cancels the pointer) and only a sideways drag or
 * two fingers reach the model; the wheel zooms only with Ctrl or ⌘ held (a trackpad pinch sends
 * that too) or once the view has focus (clicked, or reached with Tab), and otherwise scrolls the
 * page. A gesture begins when the pointer moves, so a swipe that scrolls turns nothing.
 *
 * `onZoomed` runs when a gesture that zoomed ends (the live stage says the zoom level then): once
 * per wheel burst, key press or pinch, never per step.
 */
export class OrbitGestures {
  private readonly pointers = new Map<number, { x: number; y: number }>();
  private gesture: Gesture | null = null;
  private wheelTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly viewer: ShowroomViewer,
    private readonly reporter: Reporter,
    private readonly onInteract: () => void,
    private readonly onZoomed: () => void,
  ) {}

  /** Takes the 3D view's pointer, wheel and key events on `surface` until `signal` aborts. */
  listen(surface: HTMLElement, signal: AbortSignal): void {
    const on = <K extends keyof HTMLElementEventMap>(type: K, handle: (e: HTMLElementEventMap[K]) => void) => surface.addEventListener(type, handle, { signal, passive: false });
    on('pointerdown', (e) => this.onPointerDown(e));
    on('pointermove', (e) => this.onPointerMove(e));
    on('pointerup', (e) => this.onPointerUp(e));
    on('pointercancel', (e) => this.onPointerUp(e));
    on('wheel', (e) => this.onWheel(e)); // not passive: a zoom keeps the page where it is
    on('keydown', (e) => this.onKeyDown(e));
    on('keyup', () => this.onKeyUp());
  }

  /** For the on-screen buttons: one press, one gesture; degrees to turn and tilt, `zoom` 1 zooms in by ZOOM_STEP, -1 out. */
  press({ az = 0, el = 0, zoom = 0 }: { az?: number; el?: number; zoom?: number }): void {
    const g = this.begin('button');
    if (az || el) this.turn(g, az, el);
    if (zoom) this.zoom(g, ZOOM_STEP ** zoom);
    this.end();
  }

  onPointerDown(e: PointerEvent): void {
    (e.currentTarget as Element).setPointerCapture?.(e.pointerId);
    this.pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
    if (this.gesture && this.pointers.size === 2) this.gesture.method = 'pinch';
  }

  onPointerMove(e: PointerEvent): void {
    const last = this.pointers.get(e.pointerId);
    if (!last) return;
    const g = this.gesture ?? this.begin(this.pointers.size === 2 ? 'pinch' : 'drag');
    const before = this.spread();
    this.pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
    if (this.pointers.size === 1) this.turn(g, -(e.clientX - last.x) * DEG_PER_PX, (e.clientY - last.y) * DEG_PER_PX);
    else if (before > 0) this.zoom(g, this.spread() / before);
  }

  onPointerUp(e: PointerEvent): void {
    if (!this.pointers.delete(e.pointerId)) return;
    if (this.pointers.size === 0) this.end();
  }

  onWheel(e: WheelEvent): void {
    const view = e.currentTarget as Element;
    if (!e.ctrlKey && !e.metaKey && (view.getRootNode() as Document | ShadowRoot).activeElement !== view) return;
    e.preventDefault();
    const g = this.begin('wheel');
    this.zoom(g, Math.exp(-e.deltaY * 0.002));
    clearTimeout(this.wheelTimer);
    this.wheelTimer = setTimeout(() => this.end(), WHEEL_QUIET);
  }

  onKeyDown(e: KeyboardEvent): void {
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
    const g = this.begin('keyboard');
    if (s[0] || s[1]) this.turn(g, s[0], s[1]);
    if (s[2] !== 1) this.zoom(g, s[2]);
  }

  /** A held key repeats; the gesture ends when it is let go. */
  onKeyUp(): void {
    this.end();
  }

  private begin(method: Method): Gesture {
    this.onInteract();
    return (this.gesture ??= { degrees: 0, factor: 1, method });
  }

  private turn(g: Gesture, az: number, el: number): void {
    this.viewer.rotate(az, el);
    g.degrees += Math.abs(az) + Math.abs(el);
  }

  private zoom(g: Gesture, factor: number): void {
    this.viewer.zoom(factor);
    g.factor *= factor;
  }

  private end(): void {
    const g = this.gesture;
    this.gesture = null;
    if (!g) return;
    if (g.degrees >= 1) this.reporter.report('Model Rotated', { degrees: Math.round(g.degrees), method: g.method });
    if (g.factor === 1) return;
    this.reporter.report('Model Zoomed', { factor: Math.round(g.factor * 100) / 100, method: g.method });
    this.onZoomed();
  }

  private spread(): number {
    const [a, b] = [...this.pointers.values()];
    return a && b ? Math.hypot(a.x - b.x, a.y - b.y) : 0;
  }
}
