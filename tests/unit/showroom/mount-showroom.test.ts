// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ShowroomConfig } from '../../../packages/contracts/src/index.js';
import { config, fakeViewer, intersection, mount, settle } from './support/showroom-harness.js';

const MARKUP = '<img src=x onerror="window.pwned=1">';

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  intersection.inView = true;
  document.body.replaceChildren();
  localStorage.clear();
});

describe('mountShowroom', () => {
  it('renders into a shadow root with adopted stylesheets and the theme as custom properties', async () => {
    const s = await mount();
    expect(s.root.mode).toBe('open');
    expect(s.root.querySelector('[role=region]')?.getAttribute('aria-label')).toBe('Aster lounge chair showroom');
    const css = s.root.adoptedStyleSheets.map((sheet) => [...sheet.cssRules].map((r) => r.cssText).join('')).join('');
    expect(css).toContain('--a: #1f5f4a');
  });

  it('shows an invalid config as a small inert box and logs exactly one error naming each path', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const onError = vi.fn();
    const bad = config((c) => {
      c.product.name = `Aster ${MARKUP}`;
      (c.experiences[0] as { model: string }).model = 'javascript:alert(1)';
      (c.experiences[1] as { pages: { media?: string }[] }).pages[0]!.media = '//evil.example/x.png';
    });
    const s = await mount(bad, { onError });
    expect(error).toHaveBeenCalledTimes(1);
    expect(String(error.mock.calls[0]![0])).toContain('experiences[0].model');
    expect(String(error.mock.calls[0]![0])).toContain('experiences[1].pages[0].media');
    expect(s.root.textContent).toBe('This showroom is unavailable.');
    expect(s.root.querySelectorAll('canvas, img, button, a')).toHaveLength(0);
    expect(onError).toHaveBeenCalledWith(expect.arrayContaining([expect.objectContaining({ path: 'experiences[0].model' })]));
    expect(s.track).not.toHaveBeenCalled();
  });

  it('shows the config without an arm\'s breaking patch and logs the patch\'s problems in words', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const s = await mount(
      config((c) => {
        c.experiments = [{ id: 'price-test', arms: [{ id: 'cheap', weight: 1, patch: { product: { price: 'cheap' } } }, { id: 'never', weight: 1e-9 }] }];
      }),
    );
    expect(error.mock.calls.map((call) => call[0])).toEqual([
      '[vitrine:invalid-experiment]\n- experiments[0].arms[0].patch makes the config invalid, so it was not applied: product.price must be a number',
    ]);
    expect(s.root.querySelector('[role=region]')).not.toBeNull();
  });

  it('renders markup in the config as literal text', async () => {
    const s = await mount(
      config((c) => {
        c.product.name = `Aster ${MARKUP}`;
        (c.experiences[1] as { pages: { title: string }[] }).pages[0]!.title = `Made by hand ${MARKUP}`;
      }),
    );
    expect(s.root.querySelector('img[src=x]')).toBeNull();
    expect(s.root.querySelector('h3')?.textContent).toBe(`Made by hand ${MARKUP}`);
    expect(s.root.querySelector('[role=region]')?.getAttribute('aria-label')).toBe(`Aster ${MARKUP} showroom`);
    expect('pwned' in window).toBe(false);
  });

  it('fetches a config given by id from the collector’s published configs', async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify(config())));
    vi.stubGlobal('fetch', fetch);
    const s = await mount('aster-lounge-chair', { endpoint: 'https://collector.example/v1/batch' });
    expect(fetch).toHaveBeenCalledWith('https://collector.example/v1/configs/aster-lounge-chair', expect.anything());
    expect(s.root.querySelector('[role=region]')).not.toBeNull();
  });

  it('reports a config that cannot be fetched once, in the error box', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.stubGlobal('fetch', async () => new Response('nope', { status: 404 }));
    const s = await mount('https://cdn.example/showroom.json');
    expect(error).toHaveBeenCalledTimes(1);
    expect(String(error.mock.calls[0]![0])).toContain('[vitrine:config-unavailable]');
    expect(s.root.textContent).toBe('This showroom is unavailable.');
  });

  it('puts the common properties on every event', async () => {
    const s = await mount();
    expect(s.names()[0]).toBe('Showroom Loaded');
    expect(s.names()).toContain('Showroom Viewed');
    for (const [, properties] of s.track.mock.calls) {
      expect(properties).toMatchObject({ showroom_id: 'aster-lounge-chair', config_version: 3, experiments: {} });
      expect(['sense', 'feel', 'think', 'act', 'relate']).toContain(properties.module);
    }
    expect(s.last('Showroom Loaded')).toMatchObject({ modules: ['sense', 'feel', 'think'], module: 'sense' });
  });

  it('applies the visitor’s experiment arm, reports its exposure once, and maps it on every event', async () => {
    const withExperiment = () =>
      config((c) => {
        c.experiments = [{ id: 'cta-wording', arms: [
              { id: 'try', weight: 1, patch: { product: { cta: { label: 'Try it at home' } } } },
              { id: 'control', weight: 1e-9 },
            ], }];
      });
    const s = await mount(withExperiment());
    expect(s.root.querySelector('[part=cta]')?.textContent).toBe('Try it at home');
    expect(s.last('Experiment Viewed')).toMatchObject({ experiment_id: 'cta-wording', arm_id: 'try', experiments: { 'cta-wording': 'try' } });
    expect(s.last('Model Loaded')).toMatchObject({ experiments: { 'cta-wording': 'try' } });
    const again = await mount(withExperiment());
    expect(again.names()).not.toContain('Experiment Viewed');
  });

  it('keeps a visitor in the arm they were shown when the marketer changes the weights', async () => {
    const weighted = (tryWeight: number) =>
      config((c) => {
        c.experiments = [{ id: 'cta-wording', arms: [
              { id: 'try', weight: tryWeight, patch: { product: { cta: { label: 'Try it at home' } } } },
              { id: 'control', weight: 1 - tryWeight },
            ], }];
      });
    const first = await mount(weighted(1 - 1e-9));
    expect(first.root.querySelector('[part=cta]')?.textContent).toBe('Try it at home');
    // Now almost everyone new goes to control; this visitor, exposed to "try", stays there.
    const later = await mount(weighted(1e-9));
    expect(later.root.querySelector('[part=cta]')?.textContent).toBe('Try it at home');
    expect(later.last('Model Loaded')).toMatchObject({ experiments: { 'cta-wording': 'try' } });
    localStorage.clear();
    const forgotten = await mount(weighted(1e-9));
    expect(forgotten.last('Model Loaded')).toMatchObject({ experiments: { 'cta-wording': 'control' } });
  });

  it('sends nothing in preview mode, and still renders everything', async () => {
    const s = await mount(config(), { preview: true });
    expect(s.root.querySelector('canvas')).not.toBeNull();
    expect(s.root.querySelector('[aria-roledescription=carousel]')).not.toBeNull();
    expect(s.track).not.toHaveBeenCalled();
  });

  it('waits for the delay of a "delay" trigger, keeping the space reserved', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const s = await mount(config((c) => (c.trigger = { type: 'delay', ms: 2_000 })));
      expect(s.root.querySelector('.placeholder')).not.toBeNull();
      await vi.advanceTimersByTimeAsync(2_000);
      await settle();
      expect(s.root.querySelector('[role=region]')).not.toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it('waits for a "scroll" trigger until the element comes into view', async () => {
    intersection.inView = false;
    const s = await mount(config((c) => (c.trigger = { type: 'scroll' })));
    expect(s.root.querySelector('[role=region]')).toBeNull();
    const observer = intersection.observers.find((o) => o.targets.includes(s.element))!;
    observer.cb([{ isIntersecting: true, intersectionRatio: 1, target: s.element } as unknown as IntersectionObserverEntry], observer as never);
    await settle();
    expect(s.root.querySelector('[role=region]')).not.toBeNull();
  });

  it('update() of a showroom already shown redraws in place, keeping its 3D view, whatever its trigger', async () => {
    const s = await mount(config((c) => (c.trigger = { type: 'scroll' })));
    await settle();
    const created = s.viewer.calls.length;
    intersection.inView = false;
    s.handle.update(config((c) => ((c.trigger = { type: 'scroll' }), (c.product.name = 'Aster II'))));
    await settle();
    expect(s.root.querySelector('.placeholder')).toBeNull();
    expect(s.root.querySelector('[role=region]')?.getAttribute('aria-label')).toBe('Aster II showroom');
    expect(s.viewer.calls.slice(created).filter((c) => c[0] === 'dispose')).toEqual([]);
  });

  it('update() shows another config in the same place; destroy() empties it and frees the 3D view', async () => {
    const s = await mount();
    s.handle.update(config((c) => (c.product.name = 'Aster II')));
    await settle();
    expect(s.root.querySelector('[role=region]')?.getAttribute('aria-label')).toBe('Aster II showroom');
    s.handle.destroy();
    await settle();
    expect(s.root.childNodes).toHaveLength(0);
    expect(s.viewer.calls.filter((c) => c[0] === 'dispose').length).toBeGreaterThanOrEqual(1);
  });
});

describe('mountShowroom at run time', () => {
  it('turns a failure inside the widget into the error box and one console error, never an uncaught error', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const viewer = fakeViewer();
    viewer.setAutoRotate = () => {
      throw new Error('GPU lost');
    };
    const s = await mount(config(), {}, viewer);
    expect(s.root.textContent).toBe('This showroom is unavailable.');
    expect(error).toHaveBeenCalledTimes(1);
    expect(String(error.mock.calls[0]![0])).toContain('[vitrine:showroom-failed]');
  });
});

describe('mountShowroom and window.vitrine', () => {
  it('starts a window.vitrine not yet initialised with its endpoint, write key and the config’s consent', async () => {
    const init = vi.fn();
    await mount(config((c) => (c.privacy = { consent: 'pending' })), {
      tracker: { track: vi.fn(), user: () => undefined, init },
      endpoint: 'https://collector.example/v1/batch',
      writeKey: 'shop',
    });
    expect(init).toHaveBeenCalledWith({ endpoint: 'https://collector.example/v1/batch', writeKey: 'shop', consent: 'pending' });
  });

  it('leaves a window.vitrine the page already started alone', async () => {
    const init = vi.fn();
    await mount(config(), { tracker: { track: vi.fn(), user: () => ({ anonymousId: 'a' }), init }, endpoint: 'https://collector.example/v1/batch' });
    expect(init).not.toHaveBeenCalled();
  });
});

describe('mountShowroom while the config loads', () => {
  it('holds the 3D view’s place at once, before the config has arrived', async () => {
    let answer: (r: Response) => void = () => {};
    vi.stubGlobal('fetch', () => new Promise<Response>((r) => (answer = r)));
    const element = document.createElement('div');
    document.body.append(element);
    const { mountShowroom } = await import('../../../packages/showroom/src/mount-showroom.js');
    mountShowroom(element, 'https://cdn.example/aster.json');
    expect(element.shadowRoot?.querySelector('.placeholder')).not.toBeNull();
    answer(new Response(JSON.stringify(config())));
    await settle();
    expect(element.shadowRoot?.querySelector('.placeholder')).toBeNull();
  });

  describe('hold-out arms and audiences', () => {
    const heldOut = (holdout: 'none' | 'poster', trigger?: ShowroomConfig['trigger']) =>
      config((c) => {
        // An experiment per kind: an exposure is reported once per visitor, experiment and arm.
        c.experiments = [{ id: `lift-${holdout}`, arms: [{ id: 'without', weight: 1, holdout }, { id: 'with', weight: 1e-9 }] }];
        if (trigger) c.trigger = trigger;
      });

    it('"none" draws nothing and keeps no space, reports the exposure alone, and tells the page', async () => {
      const heard = vi.fn();
      document.addEventListener('vitrine:holdout', heard);
      const s = await mount(heldOut('none'));
      document.removeEventListener('vitrine:holdout', heard);
      expect(s.root.childNodes).toHaveLength(0);
      expect(s.names()).toEqual(['Experiment Viewed']);
      expect(s.last('Experiment Viewed')).toMatchObject({ experiment_id: 'lift-none', arm_id: 'without', experiments: { 'lift-none': 'without' } });
      expect(heard.mock.calls[0]![0].detail).toEqual({ showroomId: 'aster-lounge-chair', experimentId: 'lift-none', armId: 'without', holdout: 'none' });
    });

    it('"none" keeps no space while a trigger waits either', async () => {
      intersection.inView = false;
      const s = await mount(heldOut('none', { type: 'scroll' }));
      expect(s.root.querySelector('.placeholder')).toBeNull();
    });

    it('"poster" shows the poster as a plain image, nothing else', async () => {
      const s = await mount(heldOut('poster'));
      const img = s.root.querySelector('img');
      expect(s.root.children).toHaveLength(1);
      expect(img?.getAttribute('part')).toBe('poster');
      expect(img?.getAttribute('alt')).toBeTruthy();
      expect(s.root.querySelectorAll('canvas, button, a, [role=region]')).toHaveLength(0);
      expect(s.names()).toEqual(['Experiment Viewed']);
    });

    it('the preview shows a hold-out arm as its visitors see it, sending nothing', async () => {
      const s = await mount(heldOut('poster'), { preview: true });
      expect(s.root.querySelector('img[part=poster]')).not.toBeNull();
      expect(s.track).not.toHaveBeenCalled();
    });

    it('leaves a visitor who cannot be told new or returning out of a "new visitors" experiment, and keeps one already shown an arm', async () => {
      const forNew = config((c) => {
        c.experiments = [{ id: 'cta-wording', audience: { visitors: 'new' }, arms: [
          { id: 'try', weight: 1, patch: { product: { cta: { label: 'Try it at home' } } } },
          { id: 'control', weight: 1e-9 },
        ] }];
      });
      const unknown = await mount(forNew);
      expect(unknown.root.querySelector('[part=cta]')?.textContent).not.toBe('Try it at home');
      expect(unknown.names()).not.toContain('Experiment Viewed');
      const visit = (returning: boolean) => ({ tracker: { track: vi.fn(), user: () => ({ anonymousId: 'visitor-1', visit: { returning } }) } });
      const first = await mount(forNew, visit(false));
      expect(first.root.querySelector('[part=cta]')?.textContent).toBe('Try it at home');
      // Back a day later: no longer new, still in the arm shown.
      const back = await mount(forNew, visit(true));
      expect(back.root.querySelector('[part=cta]')?.textContent).toBe('Try it at home');
      localStorage.clear();
      const returning = await mount(forNew, visit(true));
      expect(returning.root.querySelector('[part=cta]')?.textContent).not.toBe('Try it at home');
    });
  });
});
