// Mounts a showroom in happy-dom with a fake 3D view and a recording tracker, for the component,
// reporting and mount tests. Import after `// @vitest-environment happy-dom`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { options } from 'preact';
import { act } from 'preact/test-utils';
import { vi } from 'vitest';
import type { ShowroomConfig } from '../../../../packages/contracts/src/index.js';
import { mountShowroom, type MountOptions } from '../../../../packages/showroom/src/mount-showroom.js';
import { LazyHotspotLayer } from '../../../../packages/showroom/src/components/lazy-hotspot-layer.js';
import { LazyLiveStage } from '../../../../packages/showroom/src/components/lazy-live-stage.js';
import { LazyQuizPanel } from '../../../../packages/showroom/src/components/lazy-quiz-panel.js';
import { LazyQuizResult } from '../../../../packages/showroom/src/components/lazy-quiz-result.js';
import { LazyStageTools } from '../../../../packages/showroom/src/components/lazy-stage-controls.js';
import type { ShowroomViewer } from '../../../../packages/showroom/src/viewer/showroom-viewer.js';
// A path, not a URL: under happy-dom `URL` is the DOM's, whose objects node:fs refuses.
const fixture: unknown = JSON.parse(readFileSync(join(import.meta.dirname, '../../contracts/config/fixtures/aster-chair.json'), 'utf8'));

export type Call = [string, ...unknown[]];

/** A ShowroomViewer that records every call; `load` resolves at once unless told otherwise. */
export function fakeViewer(load: () => Promise<void> = async () => {}) {
  const calls: Call[] = [];
  const frames = new Set<() => void>();
  let level = 1;
  const viewer: ShowroomViewer & { calls: Call[]; frame(): void } = {
    calls,
    frame: () => frames.forEach((f) => f()),
    load: (model, onProgress) => (calls.push(['load', model]), onProgress?.(0.5), load()),
    rotate: (a, e) => void calls.push(['rotate', a, e]),
    zoom: (f) => void (calls.push(['zoom', f]), (level *= f)),
    zoomLevel: () => level,
    setVariant: async (v) => void calls.push(['setVariant', v.id]),
    setCamera: (p) => void calls.push(['setCamera', p.id]),
    setAutoRotate: (on) => void calls.push(['setAutoRotate', on]),
    projectHotspots: (hotspots) => hotspots.map((h, i) => ({ id: h.id, x: 10 * i, y: 20, occluded: i === 2 })),
    onFrame: (f) => (frames.add(f), () => frames.delete(f)),
    dispose: () => void calls.push(['dispose']),
  };
  return viewer;
}

/** The Aster chair config shown at once (inline trigger), consent granted, no experiments unless given. */
export function config(change: (c: ShowroomConfig) => void = () => {}): ShowroomConfig {
  const c = structuredClone(fixture) as ShowroomConfig;
  c.trigger = { type: 'inline' };
  c.privacy = { consent: 'granted' };
  delete c.experiments;
  change(c);
  return c;
}

// The chunks a page fetches while the 3D view loads are there by the time it has loaded; here, from the start.
// The words for an invalid config's faults, a chunk of their own, too: the tests read the messages.
await Promise.all([LazyQuizPanel.preload(), LazyQuizResult.preload(), LazyHotspotLayer.preload(), LazyLiveStage.preload(), LazyStageTools.preload(), import('../../../../packages/showroom/src/components/holdout.js'), import('../../../../packages/showroom/src/config/fault-words.js')]);

// Effects run after the next frame; in tests, after the current microtasks (fake timers included).
options.requestAnimationFrame = (callback) => queueMicrotask(callback);

/** IntersectionObserver that says "in view" to everything it observes, unless `inView` is false. */
export const intersection = { inView: true, observers: [] as { cb: IntersectionObserverCallback; targets: Element[] }[] };
class FakeIntersectionObserver {
  targets: Element[] = [];
  constructor(readonly cb: IntersectionObserverCallback) {
    intersection.observers.push(this);
  }
  observe(target: Element) {
    this.targets.push(target);
    if (intersection.inView) queueMicrotask(() => this.cb([{ isIntersecting: true, intersectionRatio: 1, target } as unknown as IntersectionObserverEntry], this as never));
  }
  disconnect() {
    this.targets = [];
  }
  unobserve() {}
  takeRecords() {
    return [];
  }
}
// Assigned, not vi.stubGlobal()ed, so that a test's vi.unstubAllGlobals() leaves it in place.
globalThis.IntersectionObserver = FakeIntersectionObserver as unknown as typeof IntersectionObserver;

/** Lets promises, renders and effects settle (microtasks only, so it works under fake timers too). */
export async function settle(rounds = 6): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    await act(async () => {
      for (let j = 0; j < 10; j++) await Promise.resolve();
    });
  }
}

/** Mounts `cfg` in a new element on the page and waits until it has rendered. */
export async function mount(cfg: ShowroomConfig | string = config(), options: MountOptions = {}, viewer = fakeViewer()) {
  const element = document.createElement('div');
  document.body.append(element);
  const track = vi.fn();
  const handle = mountShowroom(element, cfg, {
    tracker: { track, user: () => ({ anonymousId: 'visitor-1' }) },
    loadViewer: async () => () => viewer,
    ...options,
  });
  await settle();
  const root = element.shadowRoot!;
  return {
    element,
    root,
    handle,
    viewer,
    track,
    /** Event names tracked so far. */
    names: () => track.mock.calls.map((c) => c[0] as string),
    /** The properties of the last `name` event. */
    last: (name: string) => track.mock.calls.filter((c) => c[0] === name).at(-1)?.[1] as Record<string, unknown> | undefined,
    /** The element with role `role` and accessible name (aria-label or text) `name`. */
    get: (role: string, name: string | RegExp) => byRole(root, role, name),
  };
}

/** Finds an element by role (explicit or that of a button/link/input) and name. */
export function byRole(root: ParentNode, role: string, name: string | RegExp): HTMLElement {
  const implicit: Record<string, string> = { button: 'button:not([role])', link: 'a[href]', radio: 'input[type=radio]', checkbox: 'input[type=checkbox]' };
  const candidates = [...root.querySelectorAll<HTMLElement>(`[role="${role}"]${implicit[role] ? `, ${implicit[role]}` : ''}`)];
  const nameOf = (el: HTMLElement) => el.getAttribute('aria-label') ?? (el.closest('label')?.textContent || el.textContent || '').trim();
  const found = candidates.find((el) => (typeof name === 'string' ? nameOf(el) === name : name.test(nameOf(el))));
  if (!found) throw new Error(`No ${role} named ${String(name)}; found: ${candidates.map(nameOf).join(' | ')}`);
  return found;
}

/** A pointer click (`detail: 1`); pass `{ detail: 0 }` for one the keyboard made (Enter, Space). */
export async function click(el: Element, init: MouseEventInit = {}) {
  await act(() => void el.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, detail: 1, ...init })));
  await settle(2);
}

export async function key(el: Element, k: string, type: 'keydown' | 'keyup' = 'keydown') {
  await act(() => void el.dispatchEvent(new KeyboardEvent(type, { key: k, bubbles: true, composed: true })));
}

export async function pointer(el: Element, type: string, init: PointerEventInit) {
  await act(() => void el.dispatchEvent(new PointerEvent(type, { bubbles: true, composed: true, pointerId: 1, ...init })));
}
