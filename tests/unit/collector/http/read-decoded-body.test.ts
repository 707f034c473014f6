import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { deflateSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readDecodedBody } from '../../../../packages/collector/src/http/read-decoded-body.js';

const chunked = (bytes: Buffer, size = 7): Readable =>
  Readable.from(Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) => bytes.subarray(i * size, (i + 1) * size)));

describe('readDecodedBody', () => {
  it.each([
    ['gzip', gzipSync],
    ['deflate', deflateSync],
  ] as const)('inflates a %s body that arrives in pieces', async (encoding, compress) => {
    const text = JSON.stringify({ batch: [{ event: 'é'.repeat(300) }] });
    const result = await readDecodedBody(chunked(compress(text)), encoding, 10_000);
    expect(result.ok && result.body.toString()).toBe(text);
  });

  it.each<[string, Buffer, number, string]>([
    // name, gzip body, limit (bytes), reason
    ['inflates to one byte over the limit', gzipSync('x'.repeat(1001)), 1000, 'inflated-too-large'],
    ['is a zip bomb (10 MB of zeros in a few KB)', gzipSync(Buffer.alloc(10 * 1024 * 1024)), 500 * 1024, 'inflated-too-large'],
    ['arrives larger than the limit', gzipSync(randomBytes(3000)), 1000, 'too-large'],
  ])('refuses a body that %s', async (_name, body, limit, reason) => {
    expect(await readDecodedBody(chunked(body, 1024), 'gzip', limit)).toEqual({ ok: false, reason });
  });

  it('stops reading and inflating a zip bomb soon after the limit', async () => {
    // 100 gzip members of 1 MB of zeros each, about 1 KB apiece: one valid gzip of 100 MB.
    const member = gzipSync(Buffer.alloc(1024 * 1024));
    let pulled = 0;
    const body = Readable.from(
      (function* () {
        for (let i = 0; i < 100; i++, pulled++) yield member;
      })(),
    );
    expect(await readDecodedBody(body, 'gzip', 500 * 1024)).toEqual({ ok: false, reason: 'inflated-too-large' });
    // The cap is passed inside the first member; the stream's read-ahead (16 chunks) bounds the rest.
    expect(pulled).toBeLessThan(30);
  });

  it.each<[string, Buffer, 'gzip' | 'deflate', RegExp]>([
    ['not gzip at all', Buffer.from('{"batch":[]}'), 'gzip', /incorrect header check/],
    ['a truncated gzip', gzipSync('x'.repeat(5000)).subarray(0, 20), 'gzip', /unexpected end of file/],
    ['gzip sent as deflate', gzipSync('{}'), 'deflate', /incorrect header check/],
  ])('reports %s as corrupt, naming the problem', async (_name, body, encoding, message) => {
    const result = await readDecodedBody(chunked(body), encoding, 10_000);
    expect(result).toEqual({ ok: false, reason: 'corrupt', message: expect.stringMatching(message) });
  });

  it('reports a client that goes away mid-body', async () => {
    const stream = new Readable({ read() {} });
    const result = readDecodedBody(stream, 'gzip', 10_000);
    stream.push(gzipSync('x'.repeat(5000)).subarray(0, 10));
    stream.destroy();
    expect(await result).toEqual({ ok: false, reason: 'aborted' });
  });
});
