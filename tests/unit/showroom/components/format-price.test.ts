import { describe, expect, it } from 'vitest';
import { formatPrice } from '../../../../packages/showroom/src/components/format-price.js';

describe('formatPrice', () => {
  it.each([
    [649, 'EUR', 'en-GB', '€649.00'],
    [649, 'EUR', 'de-DE', '649,00\u00a0€'],
    [1299.5, 'GBP', 'en-GB', '£1,299.50'],
    [12.5, undefined, 'en', '12.5'],
    [649, 'EUR', undefined, '€649.00'],
  ])('writes %d %s in %s as %j', (price, currency, locale, text) => {
    expect(formatPrice(price, currency, locale)).toBe(text);
  });

  it('falls back to the plain number for a currency Intl refuses', () => {
    expect(formatPrice(5, 'EURO', 'en')).toBe('5');
  });
});
