import { describe, expect, it } from 'vitest';
import { indicatorCards } from '../../../../packages/dashboard/src/metrics/indicator-cards.js';
import { indicatorsFixture } from '../support/metrics-fixture.js';

describe('indicatorCards', () => {
  it('shows the six indicators of PRODUCT.md §4 and the conversion, with their units', () => {
    const cards = indicatorCards(indicatorsFixture());
    expect(cards.map((card) => [card.title, card.value, card.detail])).toEqual([
      ['Visits', '1,234', '987 visitors'],
      ['Online rate', '75%', '7 live now (last 5 min)'],
      ['Visit time', '42 s', 'engaged, per visit'],
      ['Repeat browsing rate', '12.5%', '123 returning of 987'],
      ['Interaction time', '1 h 2 min', 'in 900 engaged sessions'],
      ['Interaction frequency', '4.8', 'interactions per engaged session (4,321 in all)'],
      ['CTA conversion', '5.6%', '55 visitors clicked the call to action'],
    ]);
    for (const card of cards) expect(card.hint).not.toBe('');
  });

  it('shows a dash, not 0 or NaN, for a rate whose denominator was 0', () => {
    const cards = indicatorCards(
      indicatorsFixture({ visits: 0, visitors: 0, onlineRate: null, visitTimeMs: null, repeatBrowsingRate: null, interactionFrequency: null, conversionRate: null }),
    );
    expect(cards.filter((card) => card.value === '—').map((card) => card.id)).toEqual(['online-rate', 'visit-time', 'repeat-rate', 'interaction-frequency', 'conversion']);
  });

  it('says one visitor, not one visitors', () => {
    expect(indicatorCards(indicatorsFixture({ visitors: 1 }))[0]?.detail).toBe('1 visitor');
  });
});
