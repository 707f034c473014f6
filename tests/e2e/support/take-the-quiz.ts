import type { Locator } from '@playwright/test';
import { expect } from './demo-fixtures.js';

/**
 * Takes the demo chair's quiz in `showroom` (a reading nook, cosy and earthy, soft indirect light)
 * to its result: Aster in rust wool.
 */
export async function takeTheQuiz(showroom: Locator): Promise<void> {
  await showroom.getByRole('tab', { name: 'Find your match' }).click();
  await showroom.getByRole('button', { name: 'Start the quiz' }).click();
  await showroom.getByRole('radio', { name: 'A reading nook' }).check();
  await showroom.getByRole('button', { name: 'Next' }).click();
  await showroom.getByRole('checkbox', { name: 'Cosy and earthy' }).check();
  await showroom.getByRole('button', { name: 'Next' }).click();
  await showroom.getByRole('radio', { name: 'Soft, indirect light' }).check();
  await showroom.getByRole('button', { name: 'Show my Aster' }).click();
  await expect(showroom.getByText('Aster in rust wool')).toBeVisible();
}
