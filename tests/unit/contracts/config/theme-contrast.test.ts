import { describe, expect, it } from 'vitest';
import type { Theme } from '../../../../packages/contracts/src/config/showroom-config.js';
import { themeContrast } from '../../../../packages/contracts/src/config/theme-contrast.js';

describe('themeContrast', () => {
  it.each<[string, Theme | undefined]>([
    ['no theme', undefined],
    ['an empty theme', {}],
    ['dark text on a light background', { text: '#2b2620', background: '#fbf8f3' }],
    ['text without a background (the default background passes)', { text: '#777777' }],
    ['an accent without a background', { accent: '#ffcc00' }],
    ['a dark accent on a light background', { accent: '#1f5f4a', background: '#fbf8f3' }],
  ])('says nothing for %s', (_, theme) => {
    expect(themeContrast(theme)).toEqual([]);
  });

  it.each<[string, Theme, { path: string; message: string }[]]>([
    ['grey text on white, just under AA', { text: '#777', background: '#fff' }, [
      { path: 'theme.text', message: 'theme.text (#777) on theme.background (#fff) has a contrast ratio of 4.48:1; WCAG AA asks for at least 4.5:1 for text: darken one or lighten the other' },
    ]],
    ['a pale accent on white', { accent: '#ffcc00', background: '#ffffff' }, [
      { path: 'theme.accent', message: 'theme.accent (#ffcc00) on theme.background (#ffffff) has a contrast ratio of 1.51:1; WCAG AA asks for at least 3:1 for buttons and focus rings: darken one or lighten the other' },
    ]],
    ['both', { text: '#999999', background: '#ffffff', accent: '#cccccc' }, [
      { path: 'theme.text', message: 'theme.text (#999999) on theme.background (#ffffff) has a contrast ratio of 2.85:1; WCAG AA asks for at least 4.5:1 for text: darken one or lighten the other' },
      { path: 'theme.accent', message: 'theme.accent (#cccccc) on theme.background (#ffffff) has a contrast ratio of 1.61:1; WCAG AA asks for at least 3:1 for buttons and focus rings: darken one or lighten the other' },
    ]],
  ])('warns about %s, naming both tokens and the ratio', (_, theme, warnings) => {
    expect(themeContrast(theme)).toEqual(warnings);
  });
});
