import type { Locator, Page } from '@playwright/test';

/**
 * Presses Tab until `target` has visible focus (at most 80 times): it is reachable by keyboard. The
 * short way: Shift+Tab when the focus is after it in the same root, never around the page. (After
 * Tab wraps through the browser's own UI, Firefox shows no focus ring on the next elements.)
 */
export async function tabTo(page: Page, target: Locator): Promise<void> {
  const backwards = await target.evaluate((el) => {
    const active = (el.getRootNode() as ShadowRoot | Document).activeElement;
    return !!active && active !== el && !!(el.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  for (let i = 0; i < 80; i++) {
    if (await target.evaluate((el) => el === (el.getRootNode() as ShadowRoot | Document).activeElement && el.matches(':focus-visible'))) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${target.toString()} never got visible focus by Tab`);
}
