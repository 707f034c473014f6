// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { config, fakeViewer, intersection, key, mount, pointer, settle, click } from '../support/showroom-harness.js';

afterEach(() => {
  document.body.replaceChildren();
  intersection.inView = true;
});

describe('ViewerPanel', () => {
  it('loads the model with the selected variant already set, hides the poster after the first frame, and reports Model Loaded', async () => {
    const s = await mount();
    // The first variant is marked selected: its materials must be on the model's first frame.
    expect(s.viewer.calls.slice(0, 2)).toEqual([['setVariant', 'sage'], ['load', '/models/aster-chair.glb']]);
    expect(s.root.querySelector('[part=poster]')).toBeNull();
    expect(s.root.querySelector('canvas')?.getAttribute('aria-label')).toMatch(/lounge chair/);
    expect(s.names()).toContain('Model Loaded');
  });

  it('shows the poster and a progress bar until the first frame', async () => {
    let finish = () => {};
    const s = await mount(config(), {}, fakeViewer(() => new Promise<void>((r) => (finish = r))));
    expect(s.root.querySelector('[part=poster]')).not.toBeNull();
    expect(s.root.querySelector('[role=progressbar]')?.getAttribute('aria-valuenow')).toBe('50');
    finish();
    await settle();
    expect(s.root.querySelector('[part=poster]')).toBeNull();
    expect(s.root.querySelector('[role=progressbar]')).toBeNull();
  });

  it('does not load the 3D chunk until the view is on screen', async () => {
    intersection.inView = false;
    let loads = 0;
    const viewer = fakeViewer();
    const s = await mount(config(), { loadViewer: async () => (loads++, () => viewer) }, viewer);
    expect(loads).toBe(0);
    const stage = s.root.querySelector('.stage')!;
    const observer = intersection.observers.find((o) => o.targets.includes(stage))!;
    observer.cb([{ isIntersecting: true, intersectionRatio: 1, target: stage } as unknown as IntersectionObserverEntry], observer as never);
    await settle();
    expect(loads).toBe(1);
  });

  it('turns with the arrow keys and zooms with + and −, one event per key press', async () => {
    const s = await mount();
    const surface = s.get('application', '3D view of Aster lounge chair');
    await key(surface, 'ArrowLeft');
    await key(surface, 'ArrowLeft');
    await key(surface, 'ArrowLeft', 'keyup');
    await key(surface, '+');
    await key(surface, '+', 'keyup');
    expect(s.viewer.calls.filter((c) => c[0] === 'rotate')).toEqual([['rotate', 10, 0], ['rotate', 10, 0]]);
    expect(s.viewer.calls.filter((c) => c[0] === 'zoom')).toEqual([['zoom', 1.2]]);
    expect(s.track.mock.calls.filter((c) => c[0] === 'Model Rotated').map((c) => c[1])).toMatchObject([{ degrees: 20, method: 'keyboard', module: 'sense' }]);
    expect(s.last('Model Zoomed')).toMatchObject({ factor: 1.2, method: 'keyboard' });
  });

  it('reports a drag once, on pointer-up, with the degrees turned, and stops auto-rotate', async () => {
    const s = await mount();
    const surface = s.root.querySelector('[part=surface]')!;
    await pointer(surface, 'pointerdown', { clientX: 100, clientY: 100 });
    for (const x of [110, 120, 150]) await pointer(surface, 'pointermove', { clientX: x, clientY: 100 });
    expect(s.names().filter((n) => n === 'Model Rotated')).toHaveLength(0);
    await pointer(surface, 'pointerup', { clientX: 150, clientY: 100 });
    await settle(2);
    expect(s.track.mock.calls.filter((c) => c[0] === 'Model Rotated').map((c) => c[1])).toMatchObject([{ degrees: 20, method: 'drag' }]);
    expect(s.viewer.calls).toContainEqual(['setAutoRotate', false]);
  });

  it('leaves a swipe the browser took for scrolling alone: no turn, no event, auto-rotate goes on', async () => {
    const s = await mount();
    const surface = s.root.querySelector('[part=surface]')!;
    await pointer(surface, 'pointerdown', { clientX: 100, clientY: 100 });
    await pointer(surface, 'pointercancel', { clientX: 100, clientY: 100 });
    await settle(2);
    expect(s.viewer.calls.filter((c) => c[0] === 'rotate')).toEqual([]);
    expect(s.names()).not.toContain('Model Rotated');
    expect(s.viewer.calls).not.toContainEqual(['setAutoRotate', false]);
  });

  it('lets the wheel scroll the page, and zooms with Ctrl or ⌘ held or once the view has focus', async () => {
    const s = await mount();
    const surface = s.get('application', '3D view of Aster lounge chair');
    const wheel = (init: { ctrlKey?: boolean; metaKey?: boolean }) => {
      const event = new WheelEvent('wheel', { deltaY: -100, bubbles: true, cancelable: true });
      // happy-dom's WheelEvent takes no modifier keys from its init (its MouseEvent does).
      Object.defineProperties(event, { ctrlKey: { value: !!init.ctrlKey }, metaKey: { value: !!init.metaKey } });
      surface.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(wheel({}), 'a plain wheel is the page’s').toBe(false);
    expect(s.viewer.calls.filter((c) => c[0] === 'zoom')).toEqual([]);
    expect(wheel({ ctrlKey: true })).toBe(true);
    expect(wheel({ metaKey: true })).toBe(true);
    surface.focus();
    expect(wheel({})).toBe(true);
    expect(s.viewer.calls.filter((c) => c[0] === 'zoom')).toHaveLength(3);
  });

  it('offers on-screen buttons as the single-pointer alternative, tilting included', async () => {
    const s = await mount();
    await click(s.get('button', 'Tilt up'));
    expect(s.viewer.calls).toContainEqual(['rotate', 0, 15]);
    expect(s.last('Model Rotated')).toMatchObject({ degrees: 15, method: 'button' });
    await click(s.get('button', 'Turn left'));
    await click(s.get('button', 'Zoom out'));
    expect(s.viewer.calls).toContainEqual(['rotate', 30, 0]);
    expect(s.last('Model Rotated')).toMatchObject({ degrees: 30, method: 'button' });
    expect(s.last('Model Zoomed')).toMatchObject({ method: 'button' });
  });

  it('selects a variant from the radio group, shows it in 3D, and reports Variant Selected', async () => {
    const s = await mount();
    const group = s.get('radiogroup', 'Upholstery');
    expect(group.querySelectorAll('[role=radio]')).toHaveLength(3);
    await click(s.get('radio', 'Terracotta wool'));
    expect(s.viewer.calls).toContainEqual(['setVariant', 'terracotta']);
    expect(s.get('radio', 'Terracotta wool').getAttribute('aria-checked')).toBe('true');
    expect(s.last('Variant Selected')).toMatchObject({ variant: 'terracotta', method: 'tap', module: 'sense' });
    await key(s.get('radio', 'Terracotta wool'), 'ArrowRight');
    await settle(2);
    expect(s.viewer.calls.at(-1)).toEqual(['setVariant', 'charcoal']);
    expect(s.last('Variant Selected')).toMatchObject({ variant: 'charcoal', method: 'keyboard' });
  });

  it('moves the camera to a preset', async () => {
    const s = await mount();
    await click(s.get('button', 'View from Side'));
    expect(s.viewer.calls).toContainEqual(['setCamera', 'side']);
    expect(s.get('button', 'View from Side').getAttribute('aria-pressed')).toBe('true');
  });

  it('pins hotspot buttons to their 3D points, hides occluded ones, and opens a text card', async () => {
    const s = await mount();
    // Placed as soon as the view is ready: a still view may draw no further frame.
    const buttons = [...s.root.querySelectorAll<HTMLElement>('.hotspot')];
    expect(buttons.map((b) => b.style.transform)).toEqual(['translate(0px,20px)', 'translate(10px,20px)', 'translate(20px,20px)']);
    expect(buttons.map((b) => b.hasAttribute('data-occluded'))).toEqual([false, false, true]);
    // Each is named with the number it shows first (WCAG 2.5.3, label in name).
    expect(buttons.map((b) => [b.textContent, b.getAttribute('aria-label')])).toEqual([
      ['1', '1. Show detail: Solid oak frame'],
      ['2', '2. Show detail: Deep seat cushion'],
      ['3', '3. Show detail: Removable cover'],
    ]);
    await click(buttons[0]!);
    const dialog = s.root.querySelector('[role=dialog]')!;
    expect(dialog.textContent).toContain('Solid oak frame');
    expect(s.last('Hotspot Opened')).toMatchObject({ hotspot_id: 'frame', method: 'tap' });
    await key(dialog, 'Escape');
    await settle(2);
    expect(s.root.querySelector('[role=dialog]')).toBeNull();
    expect(s.root.activeElement).toBe(buttons[0]);
    await click(buttons[1]!, { detail: 0 });
    expect(s.last('Hotspot Opened')).toMatchObject({ hotspot_id: 'cushion', method: 'keyboard' });
    expect(s.root.activeElement?.getAttribute('role')).toBe('dialog');
  });

  it('says each view change in the polite live region: preset, zoom level once per gesture, variant', async () => {
    const s = await mount();
    const live = () => s.root.querySelector('[aria-live=polite][part=live]')?.textContent;
    await click(s.get('button', 'View from Side'));
    expect(live()).toBe('Side view');
    const surface = s.get('application', '3D view of Aster lounge chair');
    await key(surface, '+');
    await key(surface, '+');
    expect(live(), 'not while the key is held').toBe('Side view');
    await key(surface, '+', 'keyup');
    await settle(2);
    expect(live()).toBe('Zoom 144%');
    await click(s.get('button', 'Zoom out'));
    expect(live()).toBe('Zoom 120%');
    await click(s.get('radio', 'Terracotta wool'));
    expect(live()).toBe('Terracotta wool selected');
    // Said again, the same words still change the region (a no-break space), so they are heard again.
    await click(s.get('radio', 'Terracotta wool'));
    expect(live()).toBe('Terracotta wool selected\u00a0');
  });

  it('says one zoom level for a whole wheel burst', async () => {
    vi.useFakeTimers();
    try {
      const s = await mount();
      const live = () => s.root.querySelector('[part=live]')?.textContent;
      const surface = s.get('application', '3D view of Aster lounge chair');
      surface.focus();
      for (let i = 0; i < 5; i++) {
        surface.dispatchEvent(new WheelEvent('wheel', { deltaY: -50, bubbles: true, cancelable: true }));
        await vi.advanceTimersByTimeAsync(50);
      }
      expect(live()).toBe('');
      await vi.advanceTimersByTimeAsync(300);
      await settle(2);
      expect(live()).toBe(`Zoom ${Math.round(Math.exp(0.5) * 100)}%`);
    } finally {
      vi.useRealTimers();
    }
  });

  it('names the variant shown in the 3D view’s alternative text', async () => {
    const s = await mount();
    const alt = () => s.root.querySelector('canvas')?.getAttribute('aria-label');
    expect(alt()).toMatch(/^A low lounge chair .* Shown in Sage wool\.$/);
    await click(s.get('radio', 'Terracotta wool'));
    expect(alt()).toMatch(/^A low lounge chair .* Shown in Terracotta wool\.$/);
  });

  it('hands focus to the 3D view when a focused hotspot, or the hotspot of a card being closed, turns behind the model', async () => {
    const s = await mount();
    const surface = s.get('application', '3D view of Aster lounge chair');
    const buttons = [...s.root.querySelectorAll<HTMLElement>('.hotspot')];
    const hide = (hidden: boolean) => {
      s.viewer.projectHotspots = (hotspots) => hotspots.map((h) => ({ id: h.id, x: 0, y: 0, occluded: hidden }));
      s.viewer.frame();
    };
    buttons[0]!.focus();
    hide(true);
    expect(s.root.activeElement).toBe(surface);

    hide(false);
    await click(buttons[1]!, { detail: 0 });
    hide(true);
    await click(s.get('button', 'Close detail'));
    expect(s.root.querySelector('[role=dialog]')).toBeNull();
    expect(s.root.activeElement).toBe(surface);
  });

  it('closes a card on Escape anywhere in the showroom, leaving focus where it is', async () => {
    const s = await mount();
    const buttons = [...s.root.querySelectorAll<HTMLElement>('.hotspot')];
    await click(buttons[0]!, { detail: 0 });
    const swatch = s.get('radio', 'Sage wool');
    swatch.focus();
    await key(swatch, 'Escape');
    await settle(2);
    expect(s.root.querySelector('[role=dialog]')).toBeNull();
    expect(s.root.activeElement).toBe(swatch);
  });

  it('falls back to the poster and a message without WebGL', async () => {
    const s = await mount(config(), {
      loadViewer: async () => () => {
        throw new Error('no webgl');
      },
    });
    expect(s.root.textContent).toContain('Your browser cannot show the 3D view.');
    expect(s.root.querySelector('img.poster')?.getAttribute('alt')).toMatch(/lounge chair/);
    expect(s.root.querySelector('canvas')?.hidden).toBe(true);
  });

  it('offers a retry when the model fails to load', async () => {
    let fail = true;
    const viewer = fakeViewer(async () => {
      if (fail) throw new Error('404');
    });
    const s = await mount(config(), {}, viewer);
    expect(s.root.textContent).toContain('The 3D view could not load.');
    fail = false;
    await click(s.get('button', 'Try again'));
    await settle();
    expect(viewer.calls.filter((c) => c[0] === 'load')).toHaveLength(2);
    expect(s.root.textContent).not.toContain('could not load');
  });

  it('disposes the viewer on destroy', async () => {
    const s = await mount();
    s.handle.destroy();
    await settle();
    expect(s.viewer.calls.at(-1)).toEqual(['dispose']);
    expect(s.root.childNodes).toHaveLength(0);
  });
});
