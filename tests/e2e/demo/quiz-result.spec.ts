import { expect, test } from '../support/demo-fixtures.js';
import { tabTo } from '../support/tab-to.js';
import { takeTheQuiz } from '../support/take-the-quiz.js';

// Issue 13, "a result worth acting on": the quiz's result is the recommended variant in 3D and on a
// product card whose CTA adds that variant, an incentive card whose code is revealed, announced and
// copied with the keyboard alone, and a retake. Reduced motion: the story waits for the shopper.
test.use({ reducedMotion: 'reduce', viewport: { width: 1280, height: 900 } });

test('the result’s card adds the recommended variant; its code is revealed, said and copied, and the quiz retaken, by keyboard', async ({ page, context, shop }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: shop.url });
  await page.goto(`${shop.url}/`);
  const showroom = page.locator('vitrine-showroom');
  await expect(showroom.locator('[data-state=ready]')).toBeVisible({ timeout: 45_000 });
  await page.evaluate(() => {
    const w = window as unknown as { ctas: unknown[] };
    w.ctas = [];
    // The shop takes the CTA over, as a single-page basket would: the link is not followed.
    document.addEventListener('vitrine:cta', (e) => (w.ctas.push(e.detail), e.preventDefault()));
  });

  await takeTheQuiz(showroom);
  const result = showroom.locator('[part=quiz-result]');
  await expect(result.getByRole('heading', { name: 'Aster in rust wool' }), 'the result takes focus as it arrives').toBeFocused();
  await expect(showroom.getByRole('radio', { name: 'Rust wool' }), 'the 3D view shows the recommendation').toBeChecked();

  // The product card: the product, the variant, the price as the page's locale writes it, and its CTA.
  const card = result.locator('[part=quiz-product]');
  await expect(card.locator('p')).toHaveText(['Aster lounge chair', 'Rust wool', 'Price: €649.00']);
  const label = (await showroom.locator('[part=cta]').textContent())!.trim(); // the experiment's arm words both CTAs
  const cta = card.locator('[part=quiz-cta]');
  await expect(cta).toHaveText(label);
  await cta.click();
  expect(await page.evaluate(() => (window as unknown as { ctas: unknown[] }).ctas)).toEqual([{ showroomId: 'aster-chair', label, href: '#add-to-cart', source: 'quiz', variant: 'rust' }]);
  await expect.poll(() => shop.rows('CTA Clicked').map((r) => r.properties), { timeout: 20_000 }).toEqual([expect.objectContaining({ label, href: '#add-to-cart', source: 'quiz', module: 'act' })]);

  // The incentive card: what it gives and its terms; the code comes with the keyboard.
  const incentive = result.locator('[part=incentive]');
  await expect(incentive).toContainText('10% off your first Aster');
  await expect(incentive).toContainText('one code per household');
  const status = incentive.getByRole('status');
  await expect(status).toHaveText('');
  await tabTo(page, incentive.getByRole('button', { name: 'Reveal your code' }));
  await page.keyboard.press('Enter');
  const copy = incentive.getByRole('button', { name: 'Copy code' });
  await expect(copy, 'the reveal button hands focus to the copy button').toBeFocused();
  await expect(status, 'the code is said by the card’s status').toHaveText('Your code: ASTER10');
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe('ASTER10');
  await expect.poll(() => shop.rows('Incentive Revealed').map((r) => r.properties['result_id']), { timeout: 20_000 }).toEqual(['warm']);

  // Retake: back to the first question, focused, nothing chosen.
  await tabTo(page, showroom.getByRole('button', { name: 'Retake the quiz' }));
  await page.keyboard.press('Enter');
  await expect(showroom.locator('[part=quiz-progress]')).toBeFocused();
  await expect(showroom.locator('[part=quiz-progress]')).toHaveText('Question 1 of 3');
  await expect(showroom.getByRole('radio', { name: 'A reading nook' })).not.toBeChecked();
  await expect.poll(() => shop.rows('Quiz Started').length, { timeout: 20_000 }).toBe(2);
});
