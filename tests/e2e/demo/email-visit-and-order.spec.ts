import type { MetricsResult } from '../../../packages/contracts/src/index.js';
import { formatCount } from '../../../packages/dashboard/src/format/format-count.js';
import { formatDecimal } from '../../../packages/dashboard/src/format/format-decimal.js';
import { formatDuration } from '../../../packages/dashboard/src/format/format-duration.js';
import { formatMoney } from '../../../packages/dashboard/src/format/format-money.js';
import { formatPercent } from '../../../packages/dashboard/src/format/format-percent.js';
import { expect, test } from '../support/demo-fixtures.js';
import { signIn } from '../support/sign-in.js';
import { takeTheQuiz } from '../support/take-the-quiz.js';

// Issue 12's loop, end to end on the demo: a shopper lands from the newsletter, takes the quiz,
// picks a colour in 3D and adds the chair to the basket; the shop's server then posts the order
// with her anonymousId. The dashboard's Media row for Email, and /api/metrics, show exactly that.
test.use({ reducedMotion: 'reduce', viewport: { width: 1280, height: 900 } });

test('a visit from the newsletter with a quiz, a colour and an order shows as one Email visit in the Media view', async ({ page, shop }) => {
  await page.goto(`${shop.url}/?utm_source=newsletter&utm_medium=email&utm_campaign=spring-edit`);
  const showroom = page.locator('vitrine-showroom');
  await expect(showroom.locator('[data-state=ready]')).toBeVisible({ timeout: 45_000 });

  await takeTheQuiz(showroom);
  // The quiz recommended rust; the shopper picks moss in the 3D view beside it.
  await showroom.getByRole('radio', { name: 'Moss wool' }).click();
  await expect(showroom.getByRole('radio', { name: 'Moss wool' })).toBeChecked();
  await page.getByRole('button', { name: 'Add to basket' }).click();

  const anonymousId = await page.evaluate(() => (window as unknown as { vitrine: { user(): { anonymousId: string } } }).vitrine.user().anonymousId);
  await page.evaluate(() => (window as unknown as { vitrine: { flush(): Promise<void> } }).vitrine.flush());
  await expect.poll(() => shop.rows('Product Added').length, { timeout: 20_000 }).toBe(1);
  expect(shop.rows('Product Added')[0]!.properties).toMatchObject({ product_id: 'aster-chair', variant: 'moss', quantity: 1, price: 649 });
  expect(shop.rows('Product Added')[0]!.context).toMatchObject({ campaign: { source: 'newsletter', medium: 'email', name: 'spring-edit' } });

  // The shop's server confirms the order with the shopper's anonymousId, as its webhook would.
  const order = {
    type: 'track',
    event: 'Order Completed',
    anonymousId,
    messageId: 'order-1001',
    timestamp: new Date().toISOString(),
    properties: { order_id: '1001', revenue: 649, currency: 'EUR', products: [{ product_id: 'aster-chair', sku: 'NH-AST-001', variant: 'moss', price: 649, quantity: 1 }] },
  };
  const posted = await page.request.post(`${shop.url}/v1/batch`, { data: { batch: [order], writeKey: 'demo' } });
  expect(posted.status()).toBe(200);
  await page.goto('about:blank');

  const metrics = async (search = ''): Promise<MetricsResult> => {
    const res = await page.request.get(`${shop.url}/api/metrics${search}`, { headers: { Authorization: `Bearer ${shop.adminToken}` } });
    expect(res.status()).toBe(200);
    return (await res.json()) as MetricsResult;
  };
  const all = await metrics();
  expect(all.media.map((row) => [row.channel, row.indicators.visits, row.indicators.visitors])).toEqual([['Email', 1, 1]]);
  const email = await metrics('?channel=Email');
  expect(email.indicators).toMatchObject({ visits: 1, visitors: 1 });
  // The order, credited to her last showroom touch: the Email visit, with moss chosen in 3D.
  expect(email.outcomes).toMatchObject({ visitors: 1, cartVisitors: 1, orderVisitors: 1, orders: 1, currency: 'EUR', revenue: 649, revenuePerVisitor: 649, averageOrderValue: 649 });
  expect(email.outcomes.variantMatch).toMatchObject({ orders: 1, matched: 1, share: 1 });
  expect(all.outcomes.channels).toEqual([{ channel: 'Email', orders: 1, revenue: 649 }]);
  expect((await metrics('?channel=Direct')).outcomes).toMatchObject({ orders: 0, revenue: 0 });
  expect(email.campaigns).toEqual([{ source: 'newsletter', medium: 'email', campaign: 'spring-edit', visits: 1, ctaVisits: 0, conversionRate: 0 }]);
  // The Media row of Email: its outcomes always, its modules and funnels with view=media, each what channel=Email says.
  const [row1] = (await metrics('?view=media')).media;
  const { visitors, cartVisitors, orderVisitors, addToCartRate, orderConversion, orders, currency, revenue, revenuePerVisitor, averageOrderValue } = email.outcomes;
  expect(row1).toEqual({
    channel: 'Email',
    indicators: email.indicators,
    outcomes: { visitors, cartVisitors, orderVisitors, addToCartRate, orderConversion, orders, currency, revenue, revenuePerVisitor, averageOrderValue },
    modules: email.modules,
    quiz: { steps: email.quiz.steps },
    story: email.story,
  });
  expect(all.media[0]!.outcomes).toEqual(row1!.outcomes);
  expect(row1!.quiz!.steps.find((step) => step.key === 'complete')!.sessions).toBe(1);

  await signIn(page, shop);
  await page.goto(`${shop.url}/admin/dashboard/`);
  const row = page.locator('[data-table=media] tbody tr[data-channel=Email]');
  const [i, o] = [row1!.indicators, row1!.outcomes];
  await expect(row.locator('td')).toHaveText([
    formatCount(i.visits),
    formatPercent(i.onlineRate),
    formatDuration(i.visitTimeMs),
    formatPercent(i.repeatBrowsingRate),
    formatDecimal(i.interactionFrequency),
    formatPercent(i.conversionRate),
    '100%',
    '100%',
    '€649.00',
    formatMoney(o.averageOrderValue, o.currency),
  ]);
  const outcomes = page.locator('section:has(#outcomes-heading)');
  await expect(outcomes.locator('.card')).toHaveText([
    /Add-to-cart rate\s*100%/,
    /Order conversion\s*100%/,
    /Revenue per visitor\s*€649\.00/,
    /Average order value\s*€649\.00/,
    /Orders\s*1 \(€649\.00\)/,
  ]);
  await expect(outcomes).toContainText('Shoppers who picked Moss wool in 3D bought it 100% of the time (1 of 1).');
  await page.getByRole('link', { name: "Show each channel's modules and funnels" }).click();
  await expect(page).toHaveURL(/\?view=media$/);
  const details = page.locator('details[data-channel=Email]');
  await details.getByText('Email: modules and funnels').click();
  const [modules, quiz] = [details.locator('table').nth(0), details.locator('table').nth(1)];
  await expect(modules.locator('tbody tr')).toHaveCount(row1!.modules!.length);
  await expect(modules.locator('tbody tr').first().locator('td')).toHaveText([
    formatDuration(row1!.modules![0]!.interactionMs),
    formatDecimal(row1!.modules![0]!.interactionFrequency),
  ]);
  await expect(quiz.locator('tbody tr').locator('th, td')).toHaveText(row1!.quiz!.steps.flatMap((step) => [step.label, formatCount(step.sessions), formatPercent(step.dropOff)]));
  await row.getByRole('link', { name: 'Email' }).click();
  await expect(page).toHaveURL(/\?channel=Email&view=media$/);
  await expect(page.locator('[data-table=campaigns] tbody tr').locator('th, td')).toHaveText(['newsletter', 'email', 'spring-edit', '1', '0', '0%']);
});
