// @vitest-environment happy-dom
import { h, render, type VNode } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ExperimentReportView } from '../../../../packages/dashboard/src/components/experiment-report-view.js';
import { QuizReportView } from '../../../../packages/dashboard/src/components/quiz-report-view.js';
import { StoryReportView } from '../../../../packages/dashboard/src/components/story-report-view.js';
import { armFixture, experimentFixture, metricsFixture } from '../support/metrics-fixture.js';

const MARKUP = '<img src=x onerror="window.pwned=1">';

function mount(vnode: VNode<any>): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  render(vnode, root);
  return root;
}

const cells = (root: HTMLElement, table: string) =>
  [...root.querySelectorAll(`table[data-table=${table}] tbody tr`)].map((row) => [...row.children].map((cell) => cell.textContent?.trim()));

describe('the report views', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('draws the quiz funnel as bars as wide as each step is of the first, set through the CSSOM', () => {
    const { quiz } = metricsFixture();
    const root = mount(h(QuizReportView, quiz));
    expect(cells(root, 'quiz-funnel')).toEqual([
      ['Viewed', '100', '100%', '—'],
      ['Started', '40', '40%', '60%'],
      ['Question 1', '30', '30%', '25%'],
      ['Completed', '20', '20%', '33.3%'],
      ['CTA', '5', '5%', '75%'],
    ]);
    const widths = [...root.querySelectorAll<HTMLElement>('[data-table=quiz-funnel] .bar-fill')].map((bar) => bar.style.width);
    expect(widths).toEqual(['100.0%', '40.0%', '30.0%', '20.0%', '5.0%']);
  });

  it('lists the answers chosen at each position', () => {
    const root = mount(h(QuizReportView, metricsFixture().quiz));
    expect(cells(root, 'quiz-answers')).toEqual([
      ['Question 1: 30 answered, drop-off 25%'],
      ['1', 'room', 'living', '20'],
      ['1', 'room', 'office', '10'],
    ]);
  });

  it('shows story reach per page and completion', () => {
    const root = mount(h(StoryReportView, { story: metricsFixture().story }));
    expect(cells(root, 'story-reach')).toEqual([
      ['Page 1', '50', '100%'],
      ['Page 2', '25', '50%'],
    ]);
    expect(root.querySelector('[data-figure=story-completion]')?.textContent).toMatch(/10 sessions completed the story: 20% of those that viewed page 1/);
  });

  it('compares each metric with the baseline, the primary metric first, then the guardrails, with interval and verdict, and warns of a sample-ratio mismatch', () => {
    const fine = mount(h(ExperimentReportView, { experiment: experimentFixture(), headingId: 'e0' }));
    expect(fine.querySelector('[data-warning=sample-ratio]')).toBeNull();
    expect(fine.querySelector('[data-figure=decision]')?.textContent).toBe('Decided on Order conversion, guarded by CTA conversion: not enough data yet, keep it running.');
    expect(cells(fine, 'comparisons')).toEqual([
      ['Order conversion (primary)', 'quiz', 'control', '+3.0 pp', '+0.4 pp to +5.6 pp', 'Better than the baseline'],
      ['CTA conversion (guardrail)', 'quiz', 'control', '+3.0 pp', '-2.0 pp to +5.9 pp', 'Not worse so far, but harm is not ruled out: keep watching'],
      ['Add-to-cart rate', 'quiz', 'control', '+2.0 pp', '—', 'Collecting: each arm needs 100 visitors'],
      ['Revenue per visitor', 'quiz', 'control', '+€3.60', '-€1.25 to +€8.45', 'Not decided yet: keep it running'],
    ]);
    expect(fine.querySelector('[data-role=primary] [data-verdict]')?.getAttribute('data-verdict')).toBe('better');
    // Every arm's CTA conversion, add-to-cart rate, order conversion and revenue per visitor.
    expect(cells(fine, 'arms').map((row) => [row[0], row[1], row[2], ...row.slice(-4)])).toEqual([
      ['control', '500', '51% (50%)', '5%', '8%', '4%', '€4.80'],
      ['quiz', '480', '49% (50%)', '8%', '10%', '7%', '€8.40'],
    ]);
    const decided = mount(h(ExperimentReportView, { experiment: experimentFixture({ guardrails: [], enoughData: true }), headingId: 'e3' }));
    expect(decided.querySelector('[data-figure=decision]')?.textContent).toBe('Decided on Order conversion: enough data to decide.');

    const skewed = mount(h(ExperimentReportView, { experiment: experimentFixture({ sampleRatio: { chiSquare: 12.5, pValue: 0.0004, mismatch: true } }), headingId: 'e1' }));
    expect(skewed.querySelector('[data-warning=sample-ratio]')?.textContent).toMatch(/Sample ratio mismatch.*χ² = 12.50, p = 0.00040/);
  });

  it("shows the showroom's effect of a hold-out experiment, absolute and relative, as causal", () => {
    const on = (shown: number, heldOut: number, interval: [number, number], verdict: 'better' | 'undecided') => ({
      shown,
      heldOut,
      difference: shown - heldOut,
      interval,
      relative: (shown - heldOut) / heldOut,
      relativeInterval: [interval[0] / heldOut, interval[1] / heldOut] as [number, number],
      pValue: 0.01,
      verdict,
    });
    const experiment = experimentFixture({
      arms: [armFixture('held', [0, 10, 20, 2_000], { holdout: 'poster' }), armFixture('quiz', [40, 50, 28, 3_000])],
      showroomEffect: { holdout_arm_id: 'held', holdout: 'poster', order: on(0.056, 0.04, [0.002, 0.03], 'better'), revenuePerVisitor: on(6, 4, [-1, 5], 'undecided') },
    });
    const root = mount(h(ExperimentReportView, { experiment, headingId: 'e4' }));
    expect(cells(root, 'arms')[0]![0]).toBe('held (held out: poster only)');
    expect(root.querySelector('[data-table=showroom-effect] caption')?.textContent).toBe("The showroom's effect: causal, as visitors were held out at random (arm held: poster only)");
    expect(cells(root, 'showroom-effect')).toEqual([
      ['Order conversion', '5.6%', '4%', '+1.6 pp', '+40%', '+0.2 pp to +3.0 pp (+5% to +75%)', 'Better than the baseline'],
      ['Revenue per visitor', '€6.00', '€4.00', '+€2.00', '+50%', '-€1.00 to +€5.00 (-25% to +125%)', 'Not decided yet: keep it running'],
    ]);
    expect(mount(h(ExperimentReportView, { experiment: experimentFixture(), headingId: 'e5' })).querySelector('[data-table=showroom-effect]')).toBeNull();
  });

  it('renders ids and answers that look like markup as text, never as elements', () => {
    const experiment = experimentFixture({
      experiment_id: MARKUP,
      arms: [armFixture(`${MARKUP}arm`, [1, 1, 1, 1])],
      comparisons: [],
    });
    const quiz = { steps: [{ key: 'view', label: MARKUP, sessions: 1, dropOff: null }], questions: [{ question: 1, answered: 1, dropOff: null, answers: [{ question_id: MARKUP, answer_id: '<script>window.pwned=2</script>', count: 1 }] }] };
    const root = mount(h('div', null, h(ExperimentReportView, { experiment, headingId: 'e2' }), h(QuizReportView, quiz)));
    expect(root.querySelector('img, script')).toBeNull();
    expect(root.textContent).toContain(MARKUP);
    expect(root.textContent).toContain('<script>window.pwned=2</script>');
  });
});
