import { describe, expect, it } from 'vitest';
import { formatString } from '../../../../packages/showroom/src/config/format-string.js';

describe('formatString', () => {
  it.each<[string, Record<string, string | number>, string]>([
    ['Page {n} of {total}', { n: 2, total: 4 }, 'Page 2 of 4'],
    ['Question {n} of {total}', { n: 1, total: 3 }, 'Question 1 of 3'],
    ['{label} selected', { label: 'Sage wool' }, 'Sage wool selected'],
    ['Loading {percent}%', {}, 'Loading {percent}%'],
    ['{a}{a}', { a: 'x' }, 'xx'],
    ['No placeholders', { n: 1 }, 'No placeholders'],
    ['{constructor} and {__proto__}', {}, '{constructor} and {__proto__}'],
    ['Your code: {code}', { code: '<b>$&</b>' }, 'Your code: <b>$&</b>'],
  ])('fills %j with %j', (template, values, text) => {
    expect(formatString(template, values)).toBe(text);
  });
});
