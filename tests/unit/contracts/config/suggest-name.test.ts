import { describe, expect, it } from 'vitest';
import { suggestName } from '../../../../packages/contracts/src/config/suggest-name.js';

const THEME = ['accent', 'background', 'text', 'font', 'radius'];

describe('suggestName', () => {
  it.each<[string, string | undefined]>([
    ['accnt', 'accent'],
    ['Accent', 'accent'],
    ['backgroud', 'background'],
    ['radis', 'radius'],
    ['fnt', 'font'],
    ['colour', undefined],
    ['x', undefined],
    ['__proto__', undefined],
    ['a'.repeat(500), undefined],
  ])('suggests %j -> %j', (name, suggestion) => {
    expect(suggestName(name, THEME)).toBe(suggestion);
  });
});
