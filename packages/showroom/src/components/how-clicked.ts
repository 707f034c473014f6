import type { Method } from '@vitrine/contracts';

/** A click the keyboard made (Enter or Space on a button) has no pointer position: `detail` is 0. */
export const howClicked = (e: MouseEvent): Method => (e.detail === 0 ? 'keyboard' : 'tap');
