import { describe, expect, it } from 'vitest';
import { INGEST_LIMITS } from '../../../../packages/collector/src/ingest/ingest-limits.js';
import { parseJsonBody } from '../../../../packages/collector/src/ingest/parse-json-body.js';

describe('parseJsonBody', () => {
  it.each<[string, string, unknown]>([
    ['an object', '{"batch":[]}', { batch: [] }],
    ['UTF-8 text', '{"event":"Quiz Answered ✓"}', { event: 'Quiz Answered ✓' }],
    ['a bare value (refused later, by shape)', '3', 3],
  ])('parses %s', (_name, text, value) => {
    expect(parseJsonBody(Buffer.from(text))).toEqual({ ok: true, value });
  });

  it.each<[string, string, RegExp]>([
    ['an empty body', '', /^body is empty; send a JSON object$/],
    ['truncated JSON', '{"batch":[', /^body is not valid JSON: /],
    ['a form post', 'a=1&b=2', /^body is not valid JSON: /],
  ])('refuses %s, saying why', (_name, text, error) => {
    const result = parseJsonBody(Buffer.from(text));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem.error).toMatch(error);
  });

  it('refuses nesting past the limit before parsing, naming where', () => {
    const levels = 5_000;
    const text = `{"batch":[{"properties":{"a":${'['.repeat(levels)}${']'.repeat(levels)}}}]}`;
    const inside = '[0]'.repeat(INGEST_LIMITS.maxJsonDepth - 4);
    expect(parseJsonBody(Buffer.from(text))).toEqual({
      ok: false,
      problem: { error: `batch[0].properties.a${inside} is nested deeper than 64 levels of objects and arrays`, path: `batch[0].properties.a${inside}`, limit: 64 },
    });
  });

  it('parses nesting up to the limit', () => {
    const levels = INGEST_LIMITS.maxJsonDepth;
    expect(parseJsonBody(Buffer.from('['.repeat(levels) + ']'.repeat(levels))).ok).toBe(true);
  });
});
