// @vitest-environment happy-dom
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ShipArmAnswer } from '../../../../packages/contracts/src/index.js';
import { ExperimentReportView } from '../../../../packages/dashboard/src/components/experiment-report-view.js';
import { experimentFixture } from '../support/metrics-fixture.js';

const preview: ShipArmAnswer = {
  id: 'aster-chair',
  base: 4,
  version: 6,
  published: false,
  experiment: 'quiz-first',
  arm: 'quiz',
  patch: { product: { cta: { label: 'Take the quiz' } } },
  text: '{\n  "id": "aster-chair",\n  "version": 6\n}',
  experimentsLeft: 0,
  label: 'Shipped arm quiz of experiment quiz-first: order conversion 7% against 4% for control, +3.0 pp',
};

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
/** Lets the fetch promises and the renders they cause settle. */
const settle = () => act(async () => new Promise((resolve) => setTimeout(resolve, 0)));

async function mountReport(answers: Response[], onShipped = vi.fn()) {
  const fetch = vi.fn(async () => answers.shift()!);
  vi.stubGlobal('fetch', fetch);
  const root = document.createElement('div');
  document.body.append(root);
  render(h(ExperimentReportView, { experiment: experimentFixture({ live: [{ config: 'aster-chair', version: 4 }] }), headingId: 'e0', onShipped }), root);
  return { root, fetch, onShipped };
}

const button = (root: HTMLElement, text: string) => [...root.querySelectorAll('button')].find((b) => b.textContent?.startsWith(text))!;
const bodyOf = (fetch: ReturnType<typeof vi.fn>, call: number) => JSON.parse((fetch.mock.calls[call] as [string, RequestInit])[1].body as string);

describe('Ship this arm', () => {
  afterEach(() => {
    render(null, document.body);
    document.body.replaceChildren();
    vi.unstubAllGlobals();
  });

  it('offers to keep the baseline or ship each other arm of a running experiment, and nothing once it no longer runs', () => {
    const root = document.createElement('div');
    render(h(ExperimentReportView, { experiment: experimentFixture({ live: [{ config: 'aster-chair', version: 4 }] }), headingId: 'e0' }), root);
    expect([...root.querySelectorAll('[data-ship] button')].map((b) => b.textContent)).toEqual(['Keep control…', 'Ship quiz…']);
    render(h(ExperimentReportView, { experiment: experimentFixture({ live: [] }), headingId: 'e0' }), root);
    expect(root.querySelector('[data-ship]')).toBeNull();
  });

  it('previews by a dry run what will be published, then publishes the version previewed', async () => {
    const { root, fetch, onShipped } = await mountReport([json(200, preview), json(201, { ...preview, published: true })]);
    await act(() => button(root, 'Ship quiz').click());
    await settle();
    const dialog = root.querySelector('dialog')!;
    expect(dialog.open).toBe(true);
    expect(dialog.getAttribute('aria-labelledby')).toBe('ship-title');
    expect(fetch).toHaveBeenCalledWith('/api/configs/aster-chair/ship', expect.objectContaining({ method: 'POST', credentials: 'same-origin' }));
    expect(bodyOf(fetch, 0)).toEqual({
      experiment: 'quiz-first',
      arm: 'quiz',
      dryRun: true,
      figures: {
        visitors: { control: 500, quiz: 480 },
        baseline: 'control',
        metric: 'order',
        value: 0.07,
        baselineValue: 0.04,
        difference: 0.03,
        interval: [0.004, 0.056],
        verdict: 'better',
        guardrails: [{ metric: 'cta', verdict: 'not-worse-yet' }],
      },
    });
    expect(dialog.textContent).toContain('Visitorscontrol 500, quiz 480');
    expect(dialog.textContent).toContain('Order conversion, the primary metric');
    expect(dialog.querySelector('[data-figure=ship-primary]')?.textContent).toBe('quiz 7% against control 4%: +3.0 pp, 95 % interval +0.4 pp to +5.6 pp');
    expect(dialog.querySelector('[data-verdict]')?.textContent).toBe('Better than the baseline');
    expect(dialog.querySelector('[data-figure=ship-guardrails]')?.textContent).toBe('CTA conversion: Not worse so far, but harm is not ruled out: keep watching');
    expect(dialog.querySelector('[data-figure=ship-plan]')?.textContent).toMatch(/Config aster-chair: published version 4 .* becomes version 6, published at once/);
    expect(JSON.parse(dialog.querySelector('[data-figure=ship-patch]')!.textContent!)).toEqual(preview.patch);
    expect(dialog.querySelector('[data-figure=ship-label]')?.textContent).toBe(preview.label);
    expect(fetch).toHaveBeenCalledTimes(1); // nothing saved before the confirmation

    await act(() => button(root, 'Publish version 6').click());
    await settle();
    expect(bodyOf(fetch, 1)).toMatchObject({ experiment: 'quiz-first', arm: 'quiz', expectedVersion: 4 });
    expect(bodyOf(fetch, 1)).not.toHaveProperty('dryRun');
    expect(onShipped).toHaveBeenCalledWith({ ...preview, published: true });
    expect(root.querySelector('dialog')).toBeNull();
  });

  it('says why when the collector refuses, and offers no publish button then', async () => {
    const { root, fetch } = await mountReport([json(200, preview), json(409, { error: 'config "aster-chair" now has version 5 published, not 4' })]);
    await act(() => button(root, 'Ship quiz').click());
    await settle();
    await act(() => button(root, 'Publish version 6').click());
    await settle();
    expect(root.querySelector('[role=alert]')?.textContent).toBe('The collector answered 409: config "aster-chair" now has version 5 published, not 4');
    expect(button(root, 'Publish')).toBeUndefined();
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('closes on Cancel without saving anything', async () => {
    const { root, fetch, onShipped } = await mountReport([json(200, preview)]);
    await act(() => button(root, 'Keep control').click());
    await settle();
    expect(bodyOf(fetch, 0)).toMatchObject({ arm: 'control', figures: { verdict: 'baseline', guardrails: [] } });
    expect(root.querySelector('[data-figure=ship-primary]')?.textContent).toBe('control 4%');
    expect(root.querySelector('[data-figure=ship-guardrails]')).toBeNull();
    await act(() => button(root, 'Cancel').click());
    await settle();
    expect(root.querySelector('dialog')).toBeNull();
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(onShipped).not.toHaveBeenCalled();
  });
});
