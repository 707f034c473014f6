// Ingest throughput of the built collector: realistic Segment track batches, posted by 8
// concurrent clients over keep-alive connections. `node tests/bench/collector-ingest.mjs`
// prints a table; `benchIngest` is exported for tests/bench/run.mjs.
//
// The collector runs in a process of its own, as it does in production: clients sharing its
// event loop would take the CPU it is being measured on (a third of it, profiled on 2 cores).
import { fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const CONCURRENCY = 8;
const MAX_SECONDS = 5;

const EVENTS = [
  ['Model Rotated', 'sense', { angle: 87 }],
  ['Variant Selected', 'sense', { variant: 'ocean-blue' }],
  ['Story Page Viewed', 'feel', { page: 2, page_count: 5 }],
  ['Quiz Answered', 'think', { question_id: 'fit', answer_id: 'wide' }],
  ['CTA Clicked', 'act', { label: 'Buy now', href: '/cart/add?sku=SHOE-42' }],
  ['Engaged Time', 'think', { ms: 5000 }],
];

/** One track message as the tracker sends it (about 800 bytes of JSON), with placeholders. */
function trackEvent([event, module, extra]) {
  return {
    messageId: '@ID@',
    type: 'track',
    event,
    anonymousId: '@ANON@',
    userId: null,
    timestamp: '@TS@',
    properties: {
      showroom_id: 'trail-runner-42',
      config_version: 7,
      module,
      experiments: { 'hero-copy': 'b' },
      ...extra,
    },
    context: {
      sessionId: '@SESS@',
      library: { name: '@vitrine/tracker', version: '0.1.0' },
      page: { path: '/products/trail-runner', url: 'https://shop.example/products/trail-runner', title: 'Trail Runner 42 – Shop', referrer: 'https://www.google.com/' },
      userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
      locale: 'en-GB',
      screen: { width: 1512, height: 982 },
    },
  };
}

// Serialised once: the client's own JSON work would otherwise eat the CPU it is measuring.
const TEMPLATES = EVENTS.map((spec) => JSON.stringify(trackEvent(spec)));

/** A batch body of `size` distinct events (fresh messageIds) from one visitor. */
function batchBody(size, visitor, first) {
  const now = new Date().toISOString();
  const events = Array.from({ length: size }, (_, i) =>
    TEMPLATES[(first + i) % TEMPLATES.length]
      .replace('@ID@', randomUUID())
      .replace('@ANON@', `anon-${visitor}`)
      .replace('@TS@', now)
      .replace('@SESS@', `sess-${visitor}`),
  );
  return `{"batch":[${events.join(',')}],"sentAt":"${now}","writeKey":"bench"}`;
}

function post(agent, url, body) {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', agent, headers: { 'Content-Type': 'text/plain', 'Content-Length': Buffer.byteLength(body) } }, (res) => {
      res.resume();
      res.on('end', () => (res.statusCode === 200 ? resolve() : reject(new Error(`HTTP ${res.statusCode}`))));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * Posts batches of `batchSize` events for `seconds` (at most 5) to a fresh collector on a free
 * port, rate limits off, and counts the events acknowledged (i.e. committed). `database`, an empty
 * PostgreSQL database's URL, measures PostgreSQL instead of SQLite.
 */
export async function benchIngest({ batchSize, seconds, database }) {
  const { createSqliteEventStore, createPostgresEventStore } = await import('../../packages/collector/dist/index.js');
  const duration = Math.min(seconds, MAX_SECONDS) * 1000;
  const dataDir = mkdtempSync(join(tmpdir(), 'vitrine-bench-'));
  const server = fork(fileURLToPath(import.meta.url), ['--serve', dataDir, database ?? ''], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  try {
    const [{ url: base, dbPath }] = await Promise.race([once(server, 'message'), once(server, 'exit').then(() => Promise.reject(new Error('the collector exited before listening')))]);
    const url = `${base}/v1/batch`;
    let events = 0;
    const started = performance.now();
    const deadline = started + duration;
    const client = async (id) => {
      let n = 0;
      while (performance.now() < deadline) {
        await post(agent, url, batchBody(batchSize, `${id}-${n % 50}`, n++));
        events += batchSize;
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, (_, id) => client(id)));
    const elapsed = (performance.now() - started) / 1000;
    agent.destroy();
    server.send('close');
    await once(server, 'exit');
    // A 200 promises the events are committed: a benchmark that lost some would be measuring a bug.
    const store = database ? await createPostgresEventStore(database) : await createSqliteEventStore(dbPath);
    const stored = await store.count();
    await store.close();
    if (stored !== events) throw new Error(`acknowledged ${events} events but stored ${stored}`);
    return { batchSize, events, seconds: Number(elapsed.toFixed(2)), eventsPerSecond: Math.round(events / elapsed) };
  } finally {
    agent.destroy();
    if (server.exitCode === null) server.kill();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The collector's process: started on a free port, rate limits off; closes when told to. */
async function serve(dataDir, database) {
  const { startCollector } = await import('../../packages/collector/dist/index.js');
  const collector = await startCollector({ dataDir, port: 0, rateLimit: false, ...(database ? { database } : {}) });
  process.send({ url: collector.url, dbPath: collector.dbPath });
  process.once('message', () => void collector.close().then(() => process.exit(0)));
}

if (process.argv[2] === '--serve') await serve(process.argv[3], process.argv[4]);
else if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const rows = [];
  for (const batchSize of [20, 100]) rows.push(await benchIngest({ batchSize, seconds: 5 }));
  console.table(rows);
}
