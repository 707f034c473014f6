import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { performance } from 'node:perf_hooks';

/** One request the proxy received, and what became of it. */
export interface ProxiedRequest {
  method: string;
  /** Path and query, e.g. `/v1/batch?writeKey=wk`. */
  url: string;
  contentType: string | undefined;
  authorization: string | undefined;
  body: string;
  /** The `messageId`s in the body: a `{batch: [...]}` or a single message. */
  messageIds: string[];
  /** What the proxy did: forwarded it, answered it with an injected status, cut it, or held it. */
  fate: 'forwarded' | 'failed' | 'cut' | 'held';
  /** The status the browser got; undefined when the connection was cut or is still held. */
  status: number | undefined;
  /** ms, monotonic (`performance.now()` in this process): when the body had been read. */
  receivedAt: number;
  /** ms, monotonic: when the answer was sent or the connection cut; undefined while held. */
  answeredAt: number | undefined;
}

/** A reverse proxy in front of the collector that records every request and injects faults. */
export interface FaultProxy {
  /** Origin of the proxy, e.g. `http://127.0.0.1:40123`. */
  url: string;
  /** Answer the next `n` requests with `status` and `headers`, without forwarding them. */
  failNext(n: number, status: number, headers?: Record<string, string>): void;
  /** Destroy the socket of the next `n` requests instead of answering them. */
  cutNext(n: number): void;
  /** Accept every request from now on and never answer it, until `release()`. */
  hold(): void;
  /** Cut the connections of the held requests, then forward normally again. */
  release(): void;
  /** Stop listening and cut open connections: the browser's next requests are refused (an outage). */
  refuse(): Promise<void>;
  /** Listen again on the same port after `refuse()`. */
  accept(): Promise<void>;
  /** The requests held right now. */
  held(): ProxiedRequest[];
  /** Every request received, preflights included, in arrival order. */
  requests(): ProxiedRequest[];
  /** Every POST received, in arrival order. */
  sends(): ProxiedRequest[];
  /** messageId -> number of POSTs carrying it that reached the collector and were answered 2xx. */
  sendsByMessageId(): Map<string, number>;
  /** messageId -> number of POSTs carrying it, whatever became of them. */
  allSendsByMessageId(): Map<string, number>;
  /** Number of CORS preflights (OPTIONS) received. */
  preflights(): number;
  /** Stop listening and destroy every open socket. */
  close(): Promise<void>;
}

/** Faults queued by failNext/cutNext, consumed one request at a time. */
type Fault = { kind: 'fail'; status: number; headers: Record<string, string> } | { kind: 'cut' };

/**
 * Starts a proxy on 127.0.0.1 (a free port) forwarding to `target` (the collector's origin).
 * Faults apply to the tracker's requests only, never to CORS preflights, so an injected status is
 * what the tracker sees rather than a CORS failure. Injected answers carry the CORS headers a real
 * server would send (Retry-After exposed), so the tracker can read them.
 */
export async function startFaultProxy(target: string): Promise<FaultProxy> {
  const upstream = new URL(target);
  const log: ProxiedRequest[] = [];
  const faults: Fault[] = [];
  const sockets = new Set<Socket>();
  const holding: Array<{ record: ProxiedRequest; res: http.ServerResponse }> = [];
  let isHolding = false;

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const record: ProxiedRequest = {
        method: req.method ?? 'GET',
        url: req.url ?? '/',
        contentType: req.headers['content-type'],
        authorization: req.headers.authorization,
        body: body.toString('utf8'),
        messageIds: messageIdsOf(body.toString('utf8')),
        fate: 'forwarded',
        status: undefined,
        receivedAt: performance.now(),
        answeredAt: undefined,
      };
      log.push(record);
      if (isHolding) {
        record.fate = 'held';
        holding.push({ record, res });
        return;
      }
      const fault = record.method === 'OPTIONS' ? undefined : faults.shift();
      if (fault?.kind === 'cut') {
        record.fate = 'cut';
        record.answeredAt = performance.now();
        req.socket.destroy();
      } else if (fault?.kind === 'fail') {
        record.fate = 'failed';
        record.status = fault.status;
        res.writeHead(fault.status, { ...corsHeaders(req), 'content-type': 'application/json', ...fault.headers });
        res.end(JSON.stringify({ error: 'injected by the fault proxy' }));
        record.answeredAt = performance.now();
      } else {
        forward(req, body, res, record);
      }
    });
  });

  function forward(req: http.IncomingMessage, body: Buffer, res: http.ServerResponse, record: ProxiedRequest): void {
    const headers = { ...req.headers, host: upstream.host, 'content-length': String(body.length) };
    delete headers['transfer-encoding'];
    const out = http.request(
      { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers, agent: false },
      (answer) => {
        const parts: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => parts.push(chunk));
        answer.on('end', () => {
          record.status = answer.statusCode ?? 502;
          const responseHeaders = { ...answer.headers };
          delete responseHeaders['transfer-encoding'];
          delete responseHeaders.connection;
          if (!res.destroyed) {
            res.writeHead(record.status, responseHeaders);
            res.end(Buffer.concat(parts));
          }
          record.answeredAt = performance.now();
        });
      },
    );
    out.on('error', (error) => {
      record.status = 502;
      record.answeredAt = performance.now();
      if (!res.headersSent && !res.destroyed) {
        res.writeHead(502, { ...corsHeaders(req), 'content-type': 'text/plain' });
        res.end(`fault proxy: collector unreachable: ${error.message}`);
      }
    });
    out.end(body);
  }

  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const posts = (): ProxiedRequest[] => log.filter((r) => r.method === 'POST');

  return {
    url: `http://127.0.0.1:${port}`,
    failNext(n, status, headers = {}) {
      for (let i = 0; i < n; i++) faults.push({ kind: 'fail', status, headers });
    },
    cutNext(n) {
      for (let i = 0; i < n; i++) faults.push({ kind: 'cut' });
    },
    hold() {
      isHolding = true;
    },
    release() {
      isHolding = false;
      for (const { record, res } of holding.splice(0)) {
        record.answeredAt = performance.now();
        res.socket?.destroy();
      }
    },
    async refuse() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const socket of sockets) socket.destroy();
      await closed;
    },
    async accept() {
      // The port is free since refuse(); another socket may have taken it meanwhile (rare): try a
      // few times, a little apart, then give up with the reason.
      for (let tries = 1; ; tries++) {
        try {
          return await new Promise<void>((resolve, reject) => {
            server.once('error', reject);
            server.listen(port, '127.0.0.1', () => {
              server.off('error', reject);
              resolve();
            });
          });
        } catch (error) {
          if (tries === 5) throw error;
          await new Promise((resolve) => setTimeout(resolve, 200));
        }
      }
    },
    held: () => holding.map((h) => h.record),
    requests: () => [...log],
    sends: posts,
    sendsByMessageId: () =>
      countIds(posts().filter((r) => r.fate === 'forwarded' && r.status !== undefined && r.status >= 200 && r.status < 300)),
    allSendsByMessageId: () => countIds(posts()),
    preflights: () => log.filter((r) => r.method === 'OPTIONS').length,
    async close() {
      isHolding = false;
      holding.length = 0;
      for (const socket of sockets) socket.destroy();
      if (server.listening) await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The CORS headers for an answer the proxy makes up itself. */
function corsHeaders(req: http.IncomingMessage): Record<string, string> {
  return {
    'access-control-allow-origin': req.headers.origin ?? '*',
    'access-control-expose-headers': 'Retry-After',
    vary: 'Origin',
  };
}

/** The messageIds of a Segment batch or single message; none when the body is not JSON. */
function messageIdsOf(body: string): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return [];
  }
  const messages = isObject(parsed) && Array.isArray(parsed['batch']) ? (parsed['batch'] as unknown[]) : [parsed];
  return messages.flatMap((m) => (isObject(m) && typeof m['messageId'] === 'string' ? [m['messageId']] : []));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function countIds(requests: ProxiedRequest[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of requests) for (const id of r.messageIds) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}
