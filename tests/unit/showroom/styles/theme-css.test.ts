import { describe, expect, it } from 'vitest';
import { themeCss } from '../../../../packages/showroom/src/styles/theme-css.js';

describe('themeCss', () => {
  it('turns the theme tokens into custom properties, with a readable button text colour', () => {
    expect(themeCss({ accent: '#1f5f4a', background: '#fbf8f3', text: '#2b2620', font: 'serif', radius: 12 })).toBe(
      ':host{--vs-a:#1f5f4a;--vs-on-a:#ffffff;--vs-bg:#fbf8f3;--vs-fg:#2b2620;--vs-font:Georgia,"Times New Roman",serif;--vs-r:12px}',
    );
  });

  it('fills in defaults that pass WCAG AA', () => {
    expect(themeCss()).toContain('--vs-a:#1d4ed8;--vs-on-a:#ffffff;--vs-bg:#ffffff;--vs-fg:#1f2328');
  });
});
