import { describe, expect, it } from 'vitest';
import type { EventRow } from '../../../../packages/collector/src/sql/event-row.js';
import type { MediaRow, MetricsQuery, MetricsResult } from '../../../../packages/contracts/src/index.js';
import { at, showroomRow } from '../rollups/showroom-row.js';
import { SUBJECTS } from '../store/conformance/store-subjects.js';
import { shopRow } from './shop-row.js';

const SHOP = 'https://shop.example/aster';
/** A visit's landing event: the page it opened and where from, as Segment's context carries them. */
const landed = (visitor: string, minute: number, page: { url?: string; referrer?: string }): EventRow => ({
  ...showroomRow('Showroom Loaded', at(minute), { visitor }),
  context: JSON.stringify({ page: { url: SHOP, referrer: '', ...page } }),
});

const context = { now: at(24 * 60), experimentDesign: () => undefined };

/**
 * Four channels that each did something else: Email took the quiz to its CTA and ordered in EUR;
 * Organic Search read the story and added to cart; Paid Search opened a hotspot, answered two
 * questions and ordered in USD, then another visitor (the other arm, the lamp) ordered in GBP;
 * the email shopper came back typing the address (Direct), chose a variant and ordered again.
 */
const journeys = (): EventRow[] => {
  const mail = { visitor: 'mail' };
  const search = { visitor: 'search' };
  const ad = { visitor: 'ad', experiments: { 'cta-wording': 'try-at-home' } };
  const lamp = { visitor: 'lamp', showroom: 'lamp', experiments: {} };
  const order = (minute: number, visitor: string, order_id: string, revenue: number, currency: string): EventRow =>
    shopRow('Order Completed', at(minute), { visitor, order_id, revenue, currency, products: [{ product_id: 'chair', price: revenue, quantity: 1 }] });
  const cart = (minute: number, visitor: string): EventRow => shopRow('Product Added', at(minute), { visitor, product_id: 'chair', price: 1, quantity: 1 });
  return [
    landed('mail', 0, { url: `${SHOP}?utm_source=newsletter&utm_medium=email` }),
    showroomRow('Showroom Viewed', at(0), mail),
    showroomRow('Quiz Started', at(1), { ...mail, module: 'think' }),
    showroomRow('Quiz Answered', at(1), { ...mail, module: 'think', question: 1, question_id: 'room', answer_ids: ['nook'] }),
    showroomRow('Quiz Completed', at(2), { ...mail, module: 'think' }),
    showroomRow('Engaged Time', at(2), { ...mail, module: 'think', ms: 3_000 }),
    showroomRow('CTA Clicked', at(3), { ...mail, module: 'act', source: 'quiz' }),
    cart(4, 'mail'),
    order(6, 'mail', 'o-1', 120, 'EUR'),
    landed('search', 20, { referrer: 'https://www.google.com/' }),
    showroomRow('Showroom Viewed', at(20), search),
    showroomRow('Story Page Viewed', at(21), { ...search, module: 'feel', page: 1 }),
    showroomRow('Story Page Viewed', at(22), { ...search, module: 'feel', page: 2 }),
    showroomRow('Story Completed', at(22), { ...search, module: 'feel' }),
    showroomRow('Engaged Time', at(23), { ...search, module: 'feel', ms: 1_500 }),
    cart(24, 'search'),
    { ...landed('ad', 40, { url: `${SHOP}?gclid=Cj0KCQ` }), properties: JSON.stringify({ showroom_id: 'chair', config_version: 1, module: 'sense', experiments: ad.experiments }) },
    showroomRow('Showroom Viewed', at(40), ad),
    showroomRow('Hotspot Opened', at(41), ad),
    showroomRow('Engaged Time', at(41), { ...ad, ms: 2_000 }),
    showroomRow('Quiz Started', at(42), { ...ad, module: 'think' }),
    showroomRow('Quiz Answered', at(42), { ...ad, module: 'think', question: 1, question_id: 'room', answer_ids: ['desk'] }),
    showroomRow('Quiz Answered', at(43), { ...ad, module: 'think', question: 2, question_id: 'style', answer_ids: ['bright'] }),
    showroomRow('Engaged Time', at(43), { ...ad, module: 'think', ms: 500 }),
    order(45, 'ad', 'o-2', 30, 'USD'),
    { ...landed('lamp', 60, { url: `${SHOP}?gclid=Cj0KCQ` }), properties: JSON.stringify({ showroom_id: 'lamp', config_version: 1, module: 'sense', experiments: {} }) },
    showroomRow('Showroom Viewed', at(60), lamp),
    order(62, 'lamp', 'o-3', 50, 'GBP'),
    landed('typed', 80, {}),
    landed('mail', 180, {}),
    showroomRow('Showroom Viewed', at(180), mail),
    showroomRow('Variant Selected', at(181), { ...mail, variant: 'moss', label: 'Moss', method: 'tap' }),
    showroomRow('Engaged Time', at(182), { ...mail, ms: 1_000 }),
    order(185, 'mail', 'o-4', 80, 'EUR'),
  ];
};

/** What the query filtered to the row's channel says of that channel's visits: the row it must equal. */
const filteredRow = (row: MediaRow, filtered: MetricsResult): MediaRow => {
  const { visitors, cartVisitors, orderVisitors, addToCartRate, orderConversion, orders, currency, revenue, revenuePerVisitor, averageOrderValue } = filtered.outcomes;
  return {
    channel: row.channel,
    indicators: filtered.indicators,
    outcomes: { visitors, cartVisitors, orderVisitors, addToCartRate, orderConversion, orders, currency, revenue, revenuePerVisitor, averageOrderValue },
    modules: filtered.modules,
    quiz: { steps: filtered.quiz.steps },
    story: filtered.story,
  };
};

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

  it.each<[string, Partial<MetricsQuery>]>([
    ['every visit', {}],
    ['a module', { module: 'think' }],
    ['a showroom', { showroom: 'chair' }],
    ['an arm', { experiment: 'cta-wording', arm: 'try-at-home' }],
    ['a time zone', { tz: 'Europe/Paris' }],
  ])('with view=media, gives each channel of %s the modules, funnels and outcomes that the query filtered to it gives', async (_, asked) => {
    const store = await subject.open();
    try {
      await store.insertMany(journeys());
      const metrics = (query: Partial<MetricsQuery>) => store.metrics({ from: '2024-05-01', to: '2024-05-01', tz: 'UTC', ...asked, ...query, view: 'media' }, context);
      const all = await metrics({});
      expect(all.media.length).toBeGreaterThan(0);
      // Every visit has one channel: the rows share out the visits.
      expect(all.media.reduce((sum, row) => sum + row.indicators.visits, 0)).toBe(all.indicators.visits);
      for (const row of all.media) {
        const filtered = await metrics({ channel: row.channel });
        expect(row, row.channel).toEqual(filteredRow(row, filtered));
        expect(filtered.media, row.channel).toEqual([row]);
      }
    } finally {
      await store.close();
    }
  });

  it('with view=media, shows what each channel did; without, only its indicators and outcomes', async () => {
    const store = await subject.open();
    try {
      await store.insertMany(journeys());
      const metrics = (query: Partial<MetricsQuery> = {}) => store.metrics({ from: '2024-05-01', to: '2024-05-01', tz: 'UTC', ...query }, context);
      const { media } = await metrics({ view: 'media' });
      const row = (channel: MediaRow['channel']): MediaRow => media.find((each) => each.channel === channel)!;
      expect(media.map((each) => [each.channel, each.indicators.visits])).toEqual([['Direct', 2], ['Paid Search', 2], ['Email', 1], ['Organic Search', 1]]);
      expect(row('Email').quiz!.steps.map((step) => step.sessions)).toEqual([1, 1, 1, 1, 1]);
      expect(row('Email').modules!.find((each) => each.module === 'think')).toMatchObject({ interactionMs: 3_000, engagedSessions: 1 });
      expect(row('Email').outcomes).toMatchObject({ visitors: 1, cartVisitors: 1, orderVisitors: 1, orders: 1, currency: 'EUR', revenue: 120, revenuePerVisitor: 120, averageOrderValue: 120 });
      expect(row('Organic Search').story).toEqual({ pages: [{ page: 1, sessions: 1 }, { page: 2, sessions: 1 }], completed: 1, completionRate: 1 });
      expect(row('Organic Search').outcomes).toMatchObject({ cartVisitors: 1, addToCartRate: 1, orders: 0, revenue: 0, averageOrderValue: null });
      // Two orders of two visitors, one in USD, one in GBP: revenue is in the first alphabetically, never summed.
      expect(row('Paid Search').quiz!.steps.map((step) => step.key)).toEqual(['view', 'start', 'q1', 'q2', 'complete', 'cta']);
      expect(row('Paid Search').outcomes).toMatchObject({ visitors: 2, orderVisitors: 2, orders: 2, currency: 'GBP', revenue: 50, revenuePerVisitor: 25, averageOrderValue: 50 });
      // The email shopper's second order is credited to her last touch, the Direct visit.
      expect(row('Direct').outcomes).toMatchObject({ visitors: 2, orderVisitors: 1, orders: 1, revenue: 80, orderConversion: 0.5 });

      const plain = await metrics();
      expect(plain.media).toEqual(media.map(({ channel, indicators, outcomes }) => ({ channel, indicators, outcomes })));
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
