import type { Readable } from 'node:stream';
import { createGunzip, createInflate } from 'node:zlib';

export type DecodedBodyResult =
  | { ok: true; body: Buffer }
  | { ok: false; reason: 'too-large' | 'inflated-too-large' | 'aborted' }
  | { ok: false; reason: 'corrupt'; message: string };

/**
 * Reads a gzip or deflate (zlib) request body and inflates it as it arrives. Both the bytes
 * received and the bytes inflated are capped at `limit`: past either cap the inflater is destroyed
 * at once, so a zip bomb costs at most `limit` bytes plus one zlib chunk (16 KB) of memory, and a
 * stream of empty gzip members cannot keep the CPU busy for ever.
 */
export function readDecodedBody(stream: Readable, encoding: 'gzip' | 'deflate', limit: number): Promise<DecodedBodyResult> {
  return new Promise((resolve) => {
    const inflater = encoding === 'gzip' ? createGunzip() : createInflate();
    const chunks: Buffer[] = [];
    let received = 0;
    let inflated = 0;
    let ended = false;
    let done = false;
    const finish = (result: DecodedBodyResult): void => {
      if (done) return;
      done = true;
      stream.off('data', onData).off('end', onEnd).off('error', onAbort).off('close', onAbort);
      if (!ended) stream.pause();
      inflater.destroy();
      resolve(result);
    };
    const onData = (chunk: Buffer | string): void => {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      received += buffer.length;
      if (received > limit) return finish({ ok: false, reason: 'too-large' });
      // Back-pressure: a body arriving faster than it inflates waits in the socket, not here.
      if (!inflater.write(buffer)) {
        stream.pause();
        inflater.once('drain', () => done || stream.resume());
      }
    };
    const onEnd = (): void => {
      ended = true;
      inflater.end();
    };
    // 'close' before 'end' means the client went away mid-body; after it, the inflater still works.
    const onAbort = (): void => {
      if (!ended) finish({ ok: false, reason: 'aborted' });
    };
    inflater.on('data', (out: Buffer) => {
      inflated += out.length;
      if (inflated > limit) finish({ ok: false, reason: 'inflated-too-large' });
      else chunks.push(out);
    });
    inflater.on('end', () => finish({ ok: true, body: Buffer.concat(chunks, inflated) }));
    inflater.on('error', (error: Error) => finish({ ok: false, reason: 'corrupt', message: error.message }));
    stream.on('data', onData).on('end', onEnd).on('error', onAbort).on('close', onAbort);
  });
}
