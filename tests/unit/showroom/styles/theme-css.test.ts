import { describe, expect, it } from 'vitest';
import { themeCss } from '../../../../packages/showroom/src/styles/theme-css.js';

describe('themeCss', () => {
  it('turns the theme tokens into custom properties, with a readable button text colour', () => {
    expect(themeCss({ accent: '#1f5f4a', background: '#fbf8f3', text: '#2b2620', font: 'serif', radius: 12 })).toBe(
      ':host{--a:#1f5f4a;--on:#ffffff;--bg:#fbf8f3;--fg:#2b2620;--f:Georgia,"Times New Roman",serif;--r:12px}',
    );
  });

  it('fills in defaults that pass WCAG AA', () => {
    expect(themeCss()).toContain('--a:#1d4ed8;--on:#ffffff;--bg:#ffffff;--fg:#1f2328');
  });
});
