import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the fake upstream does with one request, in arrival order; past the script it answers 200. */
export type Reply = { status: number; retryAfter?: string } | 'hang';

export interface ReceivedRequest {
  path: string;
  headers: IncomingMessage['headers'];
  body: Buffer;
  /** The status the upstream answered (0 when it hung up without one). */
  status: number;
  /** When it arrived (ms since the epoch). */
  at: number;
}

/** A Segment-like batch endpoint on 127.0.0.1 that fails as scripted, then accepts. */
export async function startFakeUpstream(script: Reply[] = []): Promise<{ url: string; received: ReceivedRequest[]; close(): Promise<void> }> {
  const received: ReceivedRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const reply = script.shift() ?? { status: 200 };
      const request: ReceivedRequest = { path: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks), status: 0, at: Date.now() };
      received.push(request);
      if (reply === 'hang') return; // the forwarder's timeout ends it
      request.status = reply.status;
      res.writeHead(reply.status, { 'Content-Type': 'application/json', ...(reply.retryAfter ? { 'Retry-After': reply.retryAfter } : {}) });
      res.end(JSON.stringify(reply.status < 300 ? { success: true } : { error: 'scripted failure' }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1/batch`,
    received,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
