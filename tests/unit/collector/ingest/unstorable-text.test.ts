import { describe, expect, it } from 'vitest';
import { unstorableText } from '../../../../packages/collector/src/ingest/unstorable-text.js';

const NUL = 'must not contain a NUL character (\\u0000)';
const LONE = 'must not contain a lone UTF-16 surrogate (\\ud800-\\udfff without its pair)';

describe('unstorableText', () => {
  it.each<[string, string, string | undefined]>([
    ['plain ASCII', 'Quiz Answered', undefined],
    ['accents, CJK and an emoji (a surrogate pair)', 'Café 椅子 🪑', undefined],
    ['the replacement character itself', 'a\uFFFDb', undefined],
    ['other control characters, which both databases store', 'a\u0001\tb\u007f', undefined],
    ['a NUL in the middle', 'a\u0000b', NUL],
    ['a NUL alone', '\u0000', NUL],
    ['a lone high surrogate', 'a\uD800b', LONE],
    ['a high surrogate at the end', 'chair\uDBFF', LONE],
    ['a lone low surrogate', '\uDC00x', LONE],
    ['two high surrogates', '\uD83D\uD83D', LONE],
    ['a pair in the wrong order', '\uDE80\uD83D', LONE],
  ])('%s', (_name, text, reason) => {
    expect(unstorableText(text)).toBe(reason);
  });
});
