import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readBody } from '../../../../packages/collector/src/http/read-body.js';

describe('readBody', () => {
  it.each<[string, string[], number, { ok: true; text: string } | { ok: false; reason: string }]>([
    // name, chunks, limit (bytes), result
    ['an empty body', [], 10, { ok: true, text: '' }],
    ['a body in one chunk', ['hello'], 10, { ok: true, text: 'hello' }],
    ['a body in many chunks', ['he', 'll', 'o'], 10, { ok: true, text: 'hello' }],
    ['a body of exactly the limit', ['12345', '67890'], 10, { ok: true, text: '1234567890' }],
    ['a body one byte over the limit', ['12345', '678901'], 10, { ok: false, reason: 'too-large' }],
    ['one chunk over the limit', ['x'.repeat(11)], 10, { ok: false, reason: 'too-large' }],
    ['bytes, not characters', ['ééééé', 'é'], 10, { ok: false, reason: 'too-large' }],
  ])('reads %s', async (_name, chunks, limit, expected) => {
    const result = await readBody(Readable.from(chunks.map((chunk) => Buffer.from(chunk))), limit);
    expect(result.ok ? { ok: true, text: result.body.toString() } : result).toEqual(expected);
  });

  it('stops reading an endless body soon after the limit', async () => {
    let pulled = 0;
    const endless = new Readable({
      read() {
        pulled++;
        this.push(Buffer.alloc(1024));
      },
    });
    expect(await readBody(endless, 10 * 1024)).toEqual({ ok: false, reason: 'too-large' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    // 11 chunks pass the limit; the stream's own read-ahead (16 KB by default) bounds the rest.
    expect(pulled).toBeLessThan(40);
  });

  it('reports a client that goes away mid-body', async () => {
    const stream = new Readable({ read() {} });
    const result = readBody(stream, 100);
    stream.push('partial');
    stream.destroy();
    expect(await result).toEqual({ ok: false, reason: 'aborted' });
  });
});
