import { contrastRatio, type Color } from '@vitrine/contracts';

/**
 * The text colour for a button filled with `accent`: white or black, whichever contrasts more.
 * One of the two always reaches at least 4.58:1 (where both are equal, at a luminance of about
 * 0.18), so button text always meets WCAG AA whatever the accent.
 */
export function buttonTextColor(accent: Color): '#ffffff' | '#000000' {
  return contrastRatio('#ffffff', accent) >= contrastRatio('#000000', accent) ? '#ffffff' : '#000000';
}
