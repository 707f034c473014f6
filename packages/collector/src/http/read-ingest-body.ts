import type { IncomingMessage, ServerResponse } from 'node:http';
import { bodyEncoding } from './body-encoding.js';
import { readBody } from './read-body.js';
import { readDecodedBody } from './read-decoded-body.js';
import { sendJson } from './send-json.js';

// The rest of a refused body stays unread; closing the connection is the only way to drop it.
const CLOSE = { Connection: 'close' };

/**
 * Reads an ingest request's body, inflating `Content-Encoding: gzip` or `deflate`, with `max`
 * bytes as the cap on what arrives and on what it inflates to. On failure it has answered the
 * client (or the client is gone) and returns undefined.
 */
export async function readIngestBody(req: IncomingMessage, res: ServerResponse, max: number): Promise<Buffer | undefined> {
  const coding = bodyEncoding(req.headers['content-encoding']);
  if (!coding.ok) {
    const error = `Content-Encoding ${coding.encoding} is not supported; send gzip, deflate or no encoding`;
    return void sendJson(res, 415, { error, accepted: ['gzip', 'deflate', 'identity'] }, { ...CLOSE, 'Accept-Encoding': 'gzip, deflate' });
  }
  const declared = Number(req.headers['content-length'] ?? 0);
  const body =
    declared > max
      ? ({ ok: false, reason: 'too-large' } as const)
      : coding.encoding === 'identity'
        ? await readBody(req, max)
        : await readDecodedBody(req, coding.encoding, max);
  if (body.ok) return body.body;
  switch (body.reason) {
    case 'aborted':
      return undefined; // nobody left to answer
    case 'too-large': {
      const error = `request body is larger than ${max} bytes; send fewer messages per batch`;
      return void sendJson(res, 400, { error, limit: max }, CLOSE);
    }
    case 'inflated-too-large': {
      const error = `request body inflates to more than ${max} bytes; send fewer messages per batch`;
      return void sendJson(res, 413, { error, limit: max }, CLOSE);
    }
    case 'corrupt': {
      const error = `body is not valid ${coding.encoding} (Content-Encoding: ${coding.encoding}): ${body.message}`;
      return void sendJson(res, 400, { error }, CLOSE);
    }
  }
}
