import { describe, expect, it } from 'vitest';
import type { EventRow } from '../../../../packages/collector/src/sql/event-row.js';
import type { MetricsQuery } from '../../../../packages/contracts/src/index.js';
import { at, showroomRow } from '../rollups/showroom-row.js';
import { SUBJECTS } from '../store/conformance/store-subjects.js';

const SHOP = 'https://shop.example/aster';
/** A visit's landing event: the page it opened and where from, as Segment's context carries them. */
const landed = (visitor: string, minute: number, page: { url?: string; referrer?: string }): EventRow => ({
  ...showroomRow('Showroom Loaded', at(minute), { visitor }),
  context: JSON.stringify({ page: { url: SHOP, referrer: '', ...page } }),
});

const context = { now: at(24 * 60), experimentDesign: () => undefined };

describe.each(SUBJECTS)('media of GET /api/metrics on $name', (subject) => {
  const open = async () => {
    const store = await subject.open();
    await store.insertMany([
      landed('mail', 0, { url: `${SHOP}?utm_source=newsletter&utm_medium=email&utm_campaign=spring` }),
      showroomRow('Showroom Viewed', at(1), { visitor: 'mail' }),
      showroomRow('CTA Clicked', at(2), { visitor: 'mail' }),
      landed('search', 5, { referrer: 'https://www.google.com/' }),
      landed('ad', 10, { url: `${SHOP}?gclid=Cj0KCQ` }),
      landed('typed', 15, {}),
      // The email visitor comes back two hours later, typing the address: a Direct visit.
      landed('mail', 120, {}),
    ]);
    const metrics = (query: Partial<MetricsQuery> = {}) => store.metrics({ from: '2024-05-01', to: '2024-05-01', tz: 'UTC', ...query }, context);
    return { store, metrics };
  };

  it('gives a row per channel with visits, most visits first, each with the indicators of its visits alone', async () => {
    const { store, metrics } = await open();
    try {
      const { media, indicators } = await metrics();
      expect(media.map((row) => [row.channel, row.indicators.visits, row.indicators.visitors])).toEqual([
        ['Direct', 2, 2],
        ['Email', 1, 1],
        ['Organic Search', 1, 1],
        ['Paid Search', 1, 1],
      ]);
      expect(media.find((row) => row.channel === 'Email')!.indicators).toMatchObject({ loads: 1, views: 1, ctaVisitors: 1, conversionRate: 1 });
      expect(indicators).toMatchObject({ visits: 5, visitors: 4 });
      // Three channels land in the first 15 minutes: the series counts each visit once, not a channel's.
      const { series } = await metrics();
      expect(series.visits.reduce((a, b) => a + b, 0)).toBe(5);
      expect(series.visitors.reduce((a, b) => a + b, 0)).toBe(4);
    } finally {
      await store.close();
    }
  });

  it('filters every figure by channel=Email to the email visit exactly', async () => {
    const { store, metrics } = await open();
    try {
      const email = await metrics({ channel: 'Email' });
      expect(email.indicators).toMatchObject({ visits: 1, visitors: 1, loads: 1, views: 1, ctaVisitors: 1, returningVisitors: 0 });
      expect(email.series.visits.reduce((a, b) => a + b, 0)).toBe(1);
      expect(email.series.visitors.reduce((a, b) => a + b, 0)).toBe(1);
      expect(email.counts.ctaClicked).toBe(1);
      expect(email.quiz.steps[0]).toMatchObject({ key: 'view', sessions: 1 });
      expect(email.media.map((row) => row.channel)).toEqual(['Email']);
      // Every event carries the arm cta-wording: control (showroomRow): its figures are filtered too.
      expect(email.experiments[0]!.arms.find((arm) => arm.arm_id === 'control')!.indicators).toMatchObject({ visits: 1, visitors: 1, ctaVisitors: 1 });
      expect((await metrics({ channel: 'Direct', experiment: 'cta-wording', arm: 'control' })).indicators).toMatchObject({ visits: 2, visitors: 2, returningVisitors: 0 });
      expect((await metrics({ channel: 'Direct' })).indicators).toMatchObject({ visits: 2, visitors: 2, views: 0, ctaVisitors: 0 });
      expect((await metrics({ channel: 'Paid Social' })).indicators).toMatchObject({ visits: 0, visitors: 0 });
    } finally {
      await store.close();
    }
  });

  it('drills a channel down to its sources, media and campaigns, and lists none without a channel filter', async () => {
    const { store, metrics } = await open();
    try {
      expect((await metrics({ channel: 'Email' })).campaigns).toEqual([
        { source: 'newsletter', medium: 'email', campaign: 'spring', visits: 1, ctaVisits: 1, conversionRate: 1 },
      ]);
      expect((await metrics({ channel: 'Paid Search' })).campaigns).toEqual([
        { source: 'google', medium: 'cpc', campaign: '', visits: 1, ctaVisits: 0, conversionRate: 0 },
      ]);
      expect((await metrics({ channel: 'Direct', experiment: 'cta-wording', arm: 'control' })).campaigns).toMatchObject([{ source: '(direct)', medium: '(none)', visits: 2, ctaVisits: 0 }]);
      expect((await metrics({ channel: 'Direct', experiment: 'cta-wording', arm: 'other' })).campaigns).toEqual([]);
      expect((await metrics()).campaigns).toEqual([]);
    } finally {
      await store.close();
    }
  });

  it('counts a visit from an excluded referrer, or from the shop itself, as Direct', async () => {
    const store = await subject.open({ referralExclusions: ['paypal.com'] });
    try {
      await store.insertMany([landed('paid', 0, { referrer: 'https://www.paypal.com/checkout' }), landed('self', 5, { referrer: `${SHOP}/other` }), landed('blog', 10, { referrer: 'https://blog.example/post' })]);
      const { media } = await store.metrics({ from: '2024-05-01', to: '2024-05-01', tz: 'UTC' }, context);
      expect(media.map((row) => [row.channel, row.indicators.visits])).toEqual([['Direct', 2], ['Referral', 1]]);
    } finally {
      await store.close();
    }
  });
});
