import { describe, expect, it } from 'vitest';
import { redact, REDACTED } from '../../../packages/tracker/src/redact.js';

const R = REDACTED;

/** Real-world ways people and pages write an email address or a phone number, and what must remain. */
const PERSONAL: Array<[string, string]> = [
  // Email addresses.
  ['jane.doe+shop@example.co.uk', R],
  ['write to jane@example.com today', `write to ${R} today`],
  ['JOHN.SMITH@EXAMPLE.COM', R],
  ['john_doe-99@mail.example.org', R],
  ['li.wei@163.com', R],
  ['josé.garcía@example.es', R],
  ['mailto:john@example.com', `mailto:${R}`],
  ['"John Smith" <john@example.com>', `"John Smith" <${R}>`],
  ['a@example.com, b@example.org', `${R}, ${R}`],
  ['john%40example.com', R],
  ['john%2Bshop%40example.com', R],
  ['john%2540example.com', R],
  ['john＠example.com', R],
  ['お問い合わせ john＠example.jp', `お問い合わせ ${R}`],
  // Phone numbers.
  ['+1/555/123/4567', R],
  ['555 123 4567', R],
  ['(555) 123-4567', R],
  ['call (415) 555-2671 now', `call ${R} now`],
  ['555-123-4567', R],
  ['555.123.4567', R],
  ['415.555.2671', R],
  ['+1 (555) 123-4567', R],
  ['+1-555-123-4567', R],
  ['+1.555.123.4567', R],
  ['1-800-555-0199', R],
  ['555-123-4567 ext. 89', `${R} ext. 89`],
  ['555-123-4567x89', `${R}x89`],
  ['+44 20 7946 0958', R],
  ['0044 20 7946 0958', R],
  ['+33 6 12 34 56 78', R],
  ['06 12 34 56 78', R],
  ['06.12.34.56.78', R],
  ['+33612345678', R],
  ['+49 30 12345678', R],
  ['+49 (0)30 1234 5678', R],
  ['0151 12345678', R],
  ['+81 3-1234-5678', R],
  ['+61 2 9876 5432', R],
  ['(02) 9876 5432', R],
  ['+7 (495) 123-45-67', R],
  ['+86 138 0013 8000', R],
  ['+91 98765 43210', R],
  ['+1 555 123–4567', R],
  ['tel:+15551234567', `tel:${R}`],
  ['Tel.: 555 123 4567', `Tel.: ${R}`],
  ['4155552671', R],
];

/** Page URLs, paths, queries, hashes and referrers: only the offending value goes. */
const IN_URLS: Array<[string, string]> = [
  ['https://shop.example/p/42?e=john@example.com&step=2', `https://shop.example/p/42?e=${R}&step=2`],
  ['https://shop.example/p/42#contact=bob@example.com', `https://shop.example/p/42#contact=${R}`],
  ['?email=john%40example.com&utm_source=mail', `?email=${R}&utm_source=mail`],
  ['?to=%22John%22%20%3Cjohn%40example.com%3E', `?to=${R}%3E`],
  ['?phone=%2B15551234567&ok=1', `?phone=${R}&ok=1`],
  ['?phone=555+123+4567', `?phone=${R}`],
  ['?tel=555%20123%204567', `?tel=${R}`],
  ['?q=call%20555%20123%204567', `?q=call%20${R}`],
  ['/account/john@example.com/orders', `/account/${R}/orders`],
  ['https://mail.example/?ref=newsletter#u=john%40example.com', `https://mail.example/?ref=newsletter#u=${R}`],
];

/** What is not personal data and must survive, character for character. */
const KEPT: string[] = [
  // Order numbers and invoices.
  'Order #1001',
  'Order #123456789',
  'ORD-2024-000123',
  '114-3941689-8772232',
  'INV-2026-000123',
  // Prices.
  'price 1299.00 EUR',
  '$1,299.99',
  '1.299,00 €',
  '1 299,00 €',
  'USD 12,345,678.90',
  '₹1,23,456.00',
  // Dates and times.
  '2026-11-23',
  '23/11/2026',
  '11/23/2026 10:45 AM',
  '23.11.2026 14:30',
  '2026-11-23 10:45:00',
  '1.12.2026 - 5.12.2026',
  '14:30-16:00',
  // ISO timestamps.
  '2026-11-23T10:00:00.000Z',
  '2026-11-23T10:00:00+01:00',
  // SKUs and product codes.
  'SKU-1234',
  'SKU-1234-5678-90',
  'ABC123456789',
  '123456789-XL',
  // UUIDs.
  '123e4567-e89b-12d3-a456-426614174000',
  '550e8400-e29b-41d4-a716-446655440000',
  '12345678-1234-1234-1234-123456789012',
  // Versions.
  '10.0.19045.3693',
  'Chrome/120.0.6099.109',
  'react@18.2.0',
  'v2.14.1',
  // Quantities, sizes, decimals.
  '12345678',
  'qty 3',
  '2 x 500 g',
  '120 x 60 x 75 cm',
  '48.8566140',
  '1 000 000 units',
  // Not addresses.
  '@vitrine',
  'a@b',
  'user@localhost',
  'https://cdn.shop.example/img/hero@2x.jpg',
  'https://shop.example/p/42?variant=7&color=blue#reviews',
];

describe('redact', () => {
  it.each(PERSONAL)('turns %j into %j', (input, output) => {
    expect(redact(input)).toBe(output);
  });

  it.each(IN_URLS)('redacts only the offending value of the URL %j', (input, output) => {
    expect(redact(input)).toBe(output);
  });

  it.each(KEPT)('keeps %j', (input) => {
    expect(redact(input)).toBe(input);
  });

  it('has no false positives among the values that must survive', () => {
    const falsePositives = KEPT.filter((text) => redact(text) !== text);
    expect(falsePositives, `${falsePositives.length} of ${KEPT.length} kept values redacted`).toEqual([]);
  });

  it('redacts at any depth, leaving keys, numbers and booleans', () => {
    const input = { email: 'a@example.com', n: 4155552671, ok: true, list: ['x', { phone: '+1 415 555 2671' }] };
    expect(redact(input)).toEqual({ email: R, n: 4155552671, ok: true, list: ['x', { phone: R }] });
  });

  it('returns the same object when nothing needed redacting, and never changes its input', () => {
    const clean = { a: 'hello', b: [1, 'two'] };
    expect(redact(clean)).toBe(clean);
    const dirty = { a: 'a@example.com' };
    redact(dirty);
    expect(dirty.a).toBe('a@example.com');
  });
});
