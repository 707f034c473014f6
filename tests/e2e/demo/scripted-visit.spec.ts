import { expect, test } from '../support/demo-fixtures.js';
import { visitEveryExperience } from '../support/visit-every-experience.js';

// A shopper's whole visit to the demo's product page, every experience used once, then the exact
// rows the collector stored for it. Reduced motion keeps the visit deterministic: the product does
// not auto-rotate and the story waits for the shopper instead of turning its pages on a timer.
test.use({ reducedMotion: 'reduce', viewport: { width: 1280, height: 900 } });

test('a scripted visit is stored as exactly the events of PRODUCT.md §3, in order', { tag: '@firefox' }, async ({ page, context, shop }) => {
  await visitEveryExperience(page, context, shop.url);

  // Leaving the page sends the last engaged time.
  await page.goto('about:blank');

  const expected: Array<[event: string, module: string, properties?: Record<string, unknown>]> = [
    ['Showroom Loaded', 'sense', { modules: ['sense', 'feel', 'think'] }],
    ['Experiment Viewed', 'sense', { experiment_id: 'cta-wording' }],
    ['Showroom Viewed', 'sense'],
    ['Story Page Viewed', 'feel', { page: 1, page_count: 4, method: 'auto' }],
    ['Model Loaded', 'sense'],
    ['Hotspot Opened', 'sense', { hotspot_id: 'cushion', method: 'tap' }],
    ['Model Rotated', 'sense', { method: 'drag' }],
    ['Model Zoomed', 'sense', { factor: 1.2, method: 'button' }],
    ['Variant Selected', 'sense', { variant: 'moss', label: 'Moss wool' }],
    ['Engaged Time', 'sense'],
    ['Story Page Viewed', 'feel', { page: 2, method: 'button' }],
    ['Story Page Viewed', 'feel', { page: 3, method: 'button' }],
    ['Story Page Viewed', 'feel', { page: 4, method: 'button' }],
    ['Story Completed', 'feel', { page_count: 4 }],
    ['Engaged Time', 'feel'],
    ['Quiz Started', 'think', { question_count: 3 }],
    ['Quiz Answered', 'think', { question_id: 'room', question: 1, answer_ids: ['reading-nook'] }],
    ['Quiz Answered', 'think', { question_id: 'style', question: 2, answer_ids: ['cosy'] }],
    ['Quiz Answered', 'think', { question_id: 'light', question: 3, answer_ids: ['soft'] }],
    ['Quiz Completed', 'think', { result_id: 'warm', variant: 'rust', answer_count: 3 }],
    ['Recommendation Viewed', 'think', { result_id: 'warm', variant: 'rust' }],
    ['Incentive Revealed', 'think', { result_id: 'warm' }],
    ['Engaged Time', 'think'],
    ['CTA Clicked', 'act', { href: '#add-to-cart', source: 'product' }],
    ['Engaged Time', 'act'],
    ['Shared', 'relate', { method: 'copy-link' }],
    ['Engaged Time', 'relate'],
  ];
  // The showroom's rows: those with a showroom_id (the tracker's own page-level rows have none).
  const showroomRows = () => shop.rows().filter((row) => row.properties['showroom_id'] !== undefined);
  await expect.poll(() => showroomRows().length, { timeout: 20_000 }).toBeGreaterThanOrEqual(expected.length);
  const rows = showroomRows();
  expect(rows.map((row) => [row.event, row.properties['module']])).toEqual(expected.map(([event, module]) => [event, module]));
  expected.forEach(([, , properties], i) => properties && expect(rows[i]!.properties).toMatchObject(properties));

  // Every row carries the showroom, the config version and the visitor's arm; gestures were sent once each.
  const arm = rows[1]!.properties['arm_id'] as string;
  expect(['control', 'try-at-home']).toContain(arm);
  for (const row of rows) {
    expect(row.properties).toMatchObject({ showroom_id: 'aster-chair', config_version: 1, experiments: { 'cta-wording': arm } });
  }
  expect(rows.find((row) => row.event === 'CTA Clicked')!.properties['label']).toBe(arm === 'control' ? 'Add to basket' : 'Try it at home for 30 days');
  for (const row of rows.filter((r) => r.event === 'Engaged Time')) expect(row.properties['ms']).toBeGreaterThan(0);
  expect(rows[6]!.properties['degrees'] as number).toBeGreaterThan(10);
});
