// @vitest-environment happy-dom
import { h, render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { MediaTable } from '../../../../packages/dashboard/src/components/media-table.js';
import type { Filters } from '../../../../packages/dashboard/src/filters/filters.js';
import type { CampaignRow } from '../../../../packages/contracts/src/index.js';
import { indicatorsFixture, metricsFixture } from '../support/metrics-fixture.js';

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

  it('shows a row per channel with its visits, online rate, visit time, repeat browsing, interaction frequency and CTA conversion', () => {
    const root = mount(metricsFixture().media);
    expect([...root.querySelectorAll('table[data-table=media] thead th')].map((cell) => cell.textContent)).toEqual([
      'Channel', 'Visits', 'Online rate', 'Visit time', 'Repeat browsing', 'Interactions per engaged session', 'CTA conversion',
    ]);
    expect(cells(root)).toEqual([
      ['Email', '700', '75%', '42 s', '12.5%', '4.8', '9%'],
      ['Paid Social', '534', '75%', '42 s', '12.5%', '4.8', '—'],
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

  it('says so when no channel had visits, instead of an empty table', () => {
    const root = mount([]);
    expect(root.querySelector('table')).toBeNull();
    expect(root.textContent).toBe('No visits in this period.');
  });

  it('keeps a figure of zero visits as 0, and a rate without a denominator as a dash', () => {
    const root = mount([{ channel: 'Direct', indicators: indicatorsFixture({ visits: 0, onlineRate: null, visitTimeMs: null, repeatBrowsingRate: null, interactionFrequency: null, conversionRate: null }) }]);
    expect(cells(root)).toEqual([['Direct', '0', '—', '—', '—', '—', '—']]);
  });
});
