import { describe, expect, it } from 'vitest';
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
});
