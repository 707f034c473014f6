import { describe, expect, it } from 'vitest';
import { byteLength } from '../../../packages/tracker/src/byte-length.js';

describe('byteLength', () => {
  it.each(['', 'abc', 'é', 'Grüße', '€', '漢字', '😀', 'a😀b€c', '\u{10FFFF}'])('counts %j as UTF-8 does', (text) => {
    expect(byteLength(text)).toBe(Buffer.byteLength(text, 'utf8'));
  });
});
