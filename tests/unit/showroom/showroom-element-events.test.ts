// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { VitrineShowroomEventMap } from '../../../packages/showroom/src/index.js';
import { byRole, click, config, fakeViewer, mount, settle } from './support/showroom-harness.js';

type Name = keyof VitrineShowroomEventMap;
const NAMES: Name[] = ['vitrine:ready', 'vitrine:error', 'vitrine:variant', 'vitrine:quiz-result', 'vitrine:cta'];

/** Every showroom event that reaches the document, as the page sees it. */
function listen() {
  const seen: { type: Name; event: CustomEvent; target: EventTarget | null; detail: Record<string, unknown> }[] = [];
  const record = (event: Event) => void seen.push({ type: event.type as Name, event: event as CustomEvent, target: event.target, detail: (event as CustomEvent).detail });
  for (const name of NAMES) document.addEventListener(name, record);
  return {
    seen,
    of: (type: Name) => seen.filter((e) => e.type === type),
    stop: () => NAMES.forEach((name) => document.removeEventListener(name, record)),
  };
}

let events = listen();
afterEach(() => {
  events.stop();
  events = listen();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

/** Clicks `el` with a cancelable click, as a browser's is; returns whether its default action (following the link) was prevented. */
async function clickLink(el: Element): Promise<boolean> {
  let prevented = false;
  // Read at the document, after the widget's own handler; then cancelled, so that happy-dom does not navigate.
  const look = (e: Event) => ((prevented = e.defaultPrevented), e.preventDefault());
  document.addEventListener('click', look);
  await act(() => void el.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, detail: 1 })));
  document.removeEventListener('click', look);
  await settle(2);
  return prevented;
}

/** Takes the quiz to the result that `answers` lead to. */
async function takeQuiz(s: Awaited<ReturnType<typeof mount>>, answers: [role: 'radio' | 'checkbox', label: string][], last: string) {
  await click(s.get('tab', 'Find your match'));
  await click(s.get('button', 'Start the quiz'));
  const panel = () => s.root.querySelector<HTMLElement>('[part=quiz]')!;
  for (const [i, [role, label]] of answers.entries()) {
    await click(byRole(panel(), role, label));
    await click(byRole(panel(), 'button', i === answers.length - 1 ? last : 'Next'));
  }
  return panel();
}

describe('the showroom’s DOM events', () => {
  it('vitrine:ready: once the 3D view has drawn the model, bubbling and composed, from the showroom’s element', async () => {
    let loaded = () => {};
    const s = await mount(config(), {}, fakeViewer(() => new Promise<void>((resolve) => (loaded = resolve))));
    expect(events.of('vitrine:ready')).toEqual([]);
    loaded();
    await settle();
    const [ready] = events.of('vitrine:ready');
    expect(ready?.detail).toEqual({ showroomId: 'aster-lounge-chair' });
    expect(ready?.target).toBe(s.element);
    expect([ready?.event.bubbles, ready?.event.composed, ready?.event.cancelable]).toEqual([true, true, false]);
  });

  it('vitrine:ready: at once when the config has no 3D view', async () => {
    const storyOnly = config((c) => {
      const story = c.experiences.find((e) => e.type === 'story')!;
      // Its pages move a 3D view this config has not.
      c.experiences = [{ ...story, pages: story.pages.map(({ camera: _c, hotspot: _h, ...page }) => page) }];
    });
    await mount(storyOnly);
    expect(events.of('vitrine:error')).toEqual([]);
    expect(events.of('vitrine:ready').map((e) => e.detail)).toEqual([{ showroomId: 'aster-lounge-chair' }]);
  });

  it.each([
    ['model-failed', 'The 3D view could not load.', fakeViewer(async () => Promise.reject(new Error('404'))), undefined],
    ['no-webgl', 'Your browser cannot show the 3D view.', fakeViewer(), () => Promise.resolve(() => { throw new Error('no WebGL'); })],
  ] as const)('vitrine:error %s: the 3D view cannot show (the poster stays), and no vitrine:ready', async (code, message, viewer, loadViewer) => {
    await mount(config(), loadViewer ? { loadViewer } : {}, viewer);
    expect(events.of('vitrine:error').map((e) => e.detail)).toEqual([{ showroomId: 'aster-lounge-chair', code, message }]);
    expect(events.of('vitrine:ready')).toEqual([]);
  });

  it('vitrine:error invalid-config: the coded console message and each problem’s JSON path', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const s = await mount(config((c) => ((c.experiences[0] as { model: string }).model = 'javascript:alert(1)')));
    const [failed] = events.of('vitrine:error');
    expect(failed?.target).toBe(s.element);
    expect(failed?.detail).toMatchObject({ showroomId: 'aster-lounge-chair', code: 'invalid-config', problems: [expect.objectContaining({ path: 'experiences[0].model' })] });
    expect(failed?.detail['message']).toBe(error.mock.calls[0]![0]);
    expect(failed?.detail['message']).toMatch(/^\[vitrine:invalid-config\] The showroom config "aster-lounge-chair" is invalid/);
  });

  it('vitrine:error config-unavailable: a config that cannot be fetched, named as it was given', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.stubGlobal('fetch', async () => new Response('gone', { status: 404 }));
    await mount('/configs/gone.json');
    expect(events.of('vitrine:error').map((e) => e.detail)).toEqual([
      expect.objectContaining({ showroomId: '/configs/gone.json', code: 'config-unavailable', message: expect.stringContaining('HTTP 404') }),
    ]);
  });

  it('vitrine:variant: the variant the shopper chose, its label and how', async () => {
    const s = await mount();
    await click(s.get('radio', 'Terracotta wool'));
    expect(events.of('vitrine:variant').map((e) => e.detail)).toEqual([{ showroomId: 'aster-lounge-chair', variant: 'terracotta', label: 'Terracotta wool', method: 'tap' }]);
  });

  it('vitrine:quiz-result: the result, the variant it recommends and the answers taken, then vitrine:variant by the quiz', async () => {
    const s = await mount();
    await takeQuiz(s, [['radio', 'A reading nook'], ['checkbox', 'Cosy and earthy'], ['radio', 'Soft, indirect light']], 'Show my Aster');
    expect(events.of('vitrine:quiz-result').map((e) => e.detail)).toEqual([
      { showroomId: 'aster-lounge-chair', resultId: 'warm', title: 'Aster in terracotta wool', variant: 'terracotta', answers: { room: ['reading-nook'], style: ['cosy'], light: ['soft'] } },
    ]);
    expect(events.seen.map((e) => e.type).slice(-2)).toEqual(['vitrine:quiz-result', 'vitrine:variant']);
    expect(events.of('vitrine:variant').at(-1)?.detail).toMatchObject({ variant: 'terracotta', method: 'quiz' });
  });

  it('vitrine:cta: cancelable, naming the variant shown; the link is followed unless the page cancels it', async () => {
    const s = await mount();
    expect(await clickLink(s.get('link', 'Add to basket'))).toBe(false);
    const [cta] = events.of('vitrine:cta');
    expect(cta?.detail).toEqual({ showroomId: 'aster-lounge-chair', label: 'Add to basket', href: '/basket/add?sku=NH-AST-001', source: 'product', variant: 'sage' });
    expect(cta?.event.cancelable).toBe(true);
    expect(s.names()).toContain('CTA Clicked');
  });

  it('vitrine:cta with preventDefault(): the widget does not follow the link, and still tracks CTA Clicked', async () => {
    const s = await mount();
    await click(s.get('radio', 'Charcoal leather'));
    s.element.addEventListener('vitrine:cta', (e) => e.preventDefault());
    expect(await clickLink(s.get('link', 'Add to basket'))).toBe(true);
    expect(events.of('vitrine:cta').at(-1)?.detail).toMatchObject({ variant: 'charcoal' });
    expect(s.last('CTA Clicked')).toMatchObject({ label: 'Add to basket', source: 'product', module: 'act' });
  });

  it('vitrine:cta from the quiz result names the recommended variant, and is cancelable too', async () => {
    const s = await mount();
    const panel = await takeQuiz(s, [['radio', 'A home office or studio'], ['radio', 'Lots: it faces south']], 'Show my Aster');
    document.addEventListener('vitrine:cta', (e) => e.preventDefault(), { once: true });
    expect(await clickLink(byRole(panel, 'link', 'Order a leather sample'))).toBe(true);
    expect(events.of('vitrine:cta').map((e) => e.detail)).toEqual([
      { showroomId: 'aster-lounge-chair', label: 'Order a leather sample', href: 'https://samples.nordhavn.example/leather?model=aster', source: 'quiz', variant: 'charcoal' },
    ]);
    expect(s.last('CTA Clicked')).toMatchObject({ source: 'quiz' });
  });
});
