// @vitest-environment happy-dom
import { h, render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { MediaTable } from '../../../../packages/dashboard/src/components/media-table.js';
import { indicatorsFixture, metricsFixture } from '../support/metrics-fixture.js';

function mount(media: Parameters<typeof MediaTable>[0]['media']): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  render(h(MediaTable, { media }), root);
  return root;
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
