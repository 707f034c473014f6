import type { Readable } from 'node:stream';

export type BodyResult = { ok: true; body: Buffer } | { ok: false; reason: 'too-large' | 'aborted' };

/**
 * Reads a request body of at most `limit` bytes. Past the limit it stops listening and pauses
 * the stream at once, so a client cannot make the server buffer (or even read) more than
 * `limit` bytes plus one chunk; the caller answers and closes the connection.
 */
export function readBody(stream: Readable, limit: number): Promise<BodyResult> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (result: BodyResult): void => {
      stream.off('data', onData).off('end', onEnd).off('error', onAbort).off('close', onAbort);
      resolve(result);
    };
    const onData = (chunk: Buffer | string): void => {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      size += buffer.length;
      if (size > limit) {
        stream.pause();
        finish({ ok: false, reason: 'too-large' });
      } else chunks.push(buffer);
    };
    const onEnd = (): void => finish({ ok: true, body: Buffer.concat(chunks, size) });
    // 'close' before 'end' means the client went away mid-body.
    const onAbort = (): void => finish({ ok: false, reason: 'aborted' });
    stream.on('data', onData).on('end', onEnd).on('error', onAbort).on('close', onAbort);
  });
}
