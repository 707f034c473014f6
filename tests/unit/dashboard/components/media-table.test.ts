// @vitest-environment happy-dom
import { h, render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { MediaTable } from '../../../../packages/dashboard/src/components/media-table.js';
import type { Filters } from '../../../../packages/dashboard/src/filters/filters.js';
import type { CampaignRow } from '../../../../packages/contracts/src/index.js';
import { indicatorsFixture, metricsFixture, outcomeSummaryFixture } from '../support/metrics-fixture.js';

function mount(media: Parameters<typeof MediaTable>[0]['media'], { campaigns = [] as CampaignRow[], filters = {} as Filters } = {}) {
  const root = document.createElement('div');
  document.body.append(root);
  const applied: Filters[] = [];
  render(h(MediaTable, { media, campaigns, filters, onApply: (next) => applied.push(next) }), root);
  return Object.assign(root, { applied });
}

const cells = (root: HTMLElement) =>
  [...root.querySelectorAll('table[data-table=media] tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent?.trim()));

describe('MediaTable', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('shows a row per channel with its six indicators and its outcomes, each in its own currency', () => {
    const root = mount(metricsFixture().media);
    expect([...root.querySelectorAll('table[data-table=media] thead th')].map((cell) => cell.textContent)).toEqual([
      'Channel', 'Visits', 'Online rate', 'Visit time', 'Repeat browsing', 'Interactions per engaged session', 'CTA conversion',
      'Add-to-cart rate', 'Order conversion', 'Revenue per visitor', 'Average order value',
    ]);
    expect(cells(root)).toEqual([
      ['Email', '700', '75%', '42 s', '12.5%', '4.8', '9%', '5%', '2%', '€3.00', '€120.00'],
      ['Paid Social', '534', '75%', '42 s', '12.5%', '4.8', '—', '0%', '0%', '$0.00', '—'],
    ]);
    expect(root.querySelector('[data-channel="Paid Social"] th')?.getAttribute('scope')).toBe('row');
  });

  it('links each channel to the dashboard filtered to it, keeping the other filters, and applies it without reloading', () => {
    const root = mount(metricsFixture().media, { filters: { showroom: 'aster-chair' } });
    const link = root.querySelector<HTMLAnchorElement>('[data-channel="Paid Social"] th a')!;
    expect(link.getAttribute('href')).toBe('?showroom=aster-chair&channel=Paid+Social');
    link.click();
    expect(root.applied).toEqual([{ showroom: 'aster-chair', channel: 'Paid Social' }]);
  });

  it("drills the filter's channel down to its sources, media and campaigns, naming an empty field (none)", () => {
    const campaigns: CampaignRow[] = [
      { source: 'newsletter', medium: 'email', campaign: 'spring-edit', visits: 1200, ctaVisits: 108, conversionRate: 0.09 },
      { source: 'crm', medium: 'email', campaign: '', visits: 3, ctaVisits: 0, conversionRate: 0 },
    ];
    const root = mount(metricsFixture().media.slice(0, 1), { campaigns, filters: { channel: 'Email' } });
    expect(root.querySelector('[data-channel="Email"] th a')).toBeNull();
    expect(root.querySelector('table[data-table=campaigns] caption')?.textContent).toBe('Email visits by source, medium and campaign');
    expect([...root.querySelectorAll('table[data-table=campaigns] tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent))).toEqual([
      ['newsletter', 'email', 'spring-edit', '1,200', '108', '9%'],
      ['crm', 'email', '(none)', '3', '0', '0%'],
    ]);
  });

  it("asks for each channel's modules and funnels (view=media) only when wanted, keeping the other filters", () => {
    const root = mount(metricsFixture().media, { filters: { channel: 'Email' } });
    const show = [...root.querySelectorAll('a')].find((link) => link.textContent === "Show each channel's modules and funnels")!;
    expect(show.getAttribute('href')).toBe('?channel=Email&view=media');
    show.click();
    expect(root.applied).toEqual([{ channel: 'Email', view: 'media' }]);
    expect(root.querySelector('details')).toBeNull();
  });

  it("with view=media, folds each channel's module time and frequency and its quiz and story funnels under its name", () => {
    const { media, modules, quiz, story } = metricsFixture();
    const root = mount([{ ...media[0]!, modules, quiz: { steps: quiz.steps }, story }, media[1]!], { filters: { view: 'media' } });
    // Paid Social's figures are still on their way: no empty tables meanwhile.
    expect([...root.querySelectorAll('details summary')].map((summary) => summary.textContent)).toEqual(['Email: modules and funnels']);
    const tables = [...root.querySelectorAll('details table')].map((table) => [...table.querySelectorAll('caption, tr')].map((row) => row.textContent));
    expect(tables[0]![0]).toBe('Email: interaction time and frequency per module');
    expect(tables[0]![1]).toBe('ModuleInteraction timeInteractions per engaged session');
    expect(tables[1]).toEqual(['Email: quiz funnel', 'StepSessionsDrop-off', 'Viewed100—', 'Started4060%', 'Question 13025%', 'Completed2033.3%', 'CTA575%']);
    expect(tables[2]).toEqual(['Email: story reach, 10 completed (20%)', 'PageSessions', 'Page 150', 'Page 225']);
    const hide = [...root.querySelectorAll('a')].find((link) => link.textContent === "Hide each channel's modules and funnels")!;
    expect(hide.getAttribute('href')).toBe('?');
    hide.click();
    expect(root.applied).toEqual([{}]);
  });

  it('says so when no channel had visits, instead of an empty table', () => {
    const root = mount([]);
    expect(root.querySelector('table')).toBeNull();
    expect(root.textContent).toBe('No visits in this period.');
  });

  it('keeps a figure of zero visits as 0, and a rate without a denominator as a dash', () => {
    const indicators = indicatorsFixture({ visits: 0, onlineRate: null, visitTimeMs: null, repeatBrowsingRate: null, interactionFrequency: null, conversionRate: null });
    const outcomes = outcomeSummaryFixture({ visitors: 0, addToCartRate: null, orderConversion: null, revenuePerVisitor: null, averageOrderValue: null });
    const root = mount([{ channel: 'Direct', indicators, outcomes }]);
    expect(cells(root)).toEqual([['Direct', '0', '—', '—', '—', '—', '—', '—', '—', '—', '—']]);
  });
});
