// @vitest-environment happy-dom
import { h, render, type VNode } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ExperimentReportView } from '../../../../packages/dashboard/src/components/experiment-report-view.js';
import { QuizReportView } from '../../../../packages/dashboard/src/components/quiz-report-view.js';
import { StoryReportView } from '../../../../packages/dashboard/src/components/story-report-view.js';
import { experimentFixture, indicatorsFixture, metricsFixture } from '../support/metrics-fixture.js';

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

  it('compares arms with the difference, its always-valid interval and the verdict, and warns of a sample-ratio mismatch', () => {
    const fine = mount(h(ExperimentReportView, { experiment: experimentFixture(), headingId: 'e0' }));
    expect(fine.querySelector('[data-warning=sample-ratio]')).toBeNull();
    expect(cells(fine, 'comparisons')).toEqual([['quiz', 'control', '+3.0 pp', '+0.1 pp to +5.9 pp', 'Better: converts more than the baseline']]);
    const early = experimentFixture({ comparisons: [{ arm_id: 'quiz', baseline_arm_id: 'control', difference: 0.5, interval: null, pValue: null, verdict: 'collecting' }] });
    expect(cells(mount(h(ExperimentReportView, { experiment: early, headingId: 'e3' })), 'comparisons')).toEqual([['quiz', 'control', '+50.0 pp', '—', 'Collecting: each arm needs 100 visitors']]);
    expect(cells(fine, 'arms').map((row) => [row[0], row[1], row[2], row.at(-1)])).toEqual([
      ['control', '500', '51% (50%)', '5%'],
      ['quiz', '480', '49% (50%)', '8%'],
    ]);

    const skewed = mount(h(ExperimentReportView, { experiment: experimentFixture({ sampleRatio: { chiSquare: 12.5, pValue: 0.0004, mismatch: true } }), headingId: 'e1' }));
    expect(skewed.querySelector('[data-warning=sample-ratio]')?.textContent).toMatch(/Sample ratio mismatch.*χ² = 12.50, p = 0.00040/);
  });

  it('renders ids and answers that look like markup as text, never as elements', () => {
    const experiment = experimentFixture({
      experiment_id: MARKUP,
      arms: [{ arm_id: `${MARKUP}arm`, exposures: 1, expectedShare: 1, indicators: indicatorsFixture() }],
      comparisons: [],
    });
    const quiz = { steps: [{ key: 'view', label: MARKUP, sessions: 1, dropOff: null }], questions: [{ question: 1, answered: 1, dropOff: null, answers: [{ question_id: MARKUP, answer_id: '<script>window.pwned=2</script>', count: 1 }] }] };
    const root = mount(h('div', null, h(ExperimentReportView, { experiment, headingId: 'e2' }), h(QuizReportView, quiz)));
    expect(root.querySelector('img, script')).toBeNull();
    expect(root.textContent).toContain(MARKUP);
    expect(root.textContent).toContain('<script>window.pwned=2</script>');
  });
});
