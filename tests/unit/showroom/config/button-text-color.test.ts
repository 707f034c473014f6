import { describe, expect, it } from 'vitest';
import { buttonTextColor } from '../../../../packages/showroom/src/config/button-text-color.js';
import { contrastRatio } from '../../../../packages/contracts/src/index.js';

describe('buttonTextColor', () => {
  it.each([
    ['#1f5f4a', '#ffffff'],
    ['#000000', '#ffffff'],
    ['#ffcc00', '#000000'],
    ['#ffffff', '#000000'],
    ['#e0457b', '#000000'],
  ])('puts %s buttons in %s text', (accent, text) => {
    expect(buttonTextColor(accent)).toBe(text);
  });

  it('always reaches WCAG AA (4.5:1), whatever the accent', () => {
    for (let grey = 0; grey < 256; grey++) {
      const hex = grey.toString(16).padStart(2, '0');
      for (const accent of [`#${hex}${hex}${hex}`, `#${hex}0000`, `#00${hex}00`, `#0000${hex}`, `#ff${hex}00`]) {
        expect(contrastRatio(buttonTextColor(accent), accent)).toBeGreaterThanOrEqual(4.5);
      }
    }
  });
});
