// `npm run seed -- --events 100000 [--url http://127.0.0.1:8787] [--data ./data] [--days 30] [--seed 42]`:
// posts a realistic data set (scripts/seed-events.mjs) through the real ingest path, POST /v1/batch,
// to a running collector (--url), or to one it starts on --data and stops when done.
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { seedEvents } from './seed-events.mjs';

/** Stays under the collector's 500 KB body limit with room to spare. */
const MAX_BATCH_BYTES = 400 * 1024;
const CONCURRENCY = 4;

/** Posts `events` seeded events to `url`; resolves with { events, seconds, eventsPerSecond }. */
export async function seed({ url, events, days = 30, seed: seedNumber = 42, now = Date.now() }) {
  const started = performance.now();
  const batches = batchesOf(seedEvents({ events, days, seed: seedNumber, now }));
  let sent = 0;
  const worker = async () => {
    for (let next = batches.next(); !next.done; next = batches.next()) {
      await post(`${url}/v1/batch`, `{"batch":[${next.value.join(',')}],"sentAt":"${new Date().toISOString()}","writeKey":"seed"}`);
      sent += next.value.length;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = (performance.now() - started) / 1000;
  return { events: sent, seconds: Number(seconds.toFixed(1)), eventsPerSecond: Math.round(sent / seconds) };
}

/** Groups serialised messages into batches of at most MAX_BATCH_BYTES. */
function* batchesOf(messages) {
  let batch = [];
  let bytes = 0;
  for (const message of messages) {
    const json = JSON.stringify(message);
    if (bytes + json.length > MAX_BATCH_BYTES) {
      yield batch;
      batch = [];
      bytes = 0;
    }
    batch.push(json);
    bytes += json.length + 1;
  }
  if (batch.length > 0) yield batch;
}

/**
 * POSTs, waiting out a 429 or 503 for as long as Retry-After says, and retrying a dropped
 * connection a few times (resending is safe: the collector dedupes by messageId); throws on any
 * other failure.
 */
async function post(url, body) {
  for (let attempt = 1; ; attempt++) {
    let res;
    try {
      res = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body });
    } catch (error) {
      if (attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 1000 * attempt));
      continue;
    }
    if (res.ok) return;
    if (res.status !== 429 && res.status !== 503) throw new Error(`POST ${url}: HTTP ${res.status} ${await res.text()}`);
    await new Promise((resolve) => setTimeout(resolve, 1000 * Number(res.headers.get('Retry-After') ?? 1)));
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: { events: { type: 'string' }, url: { type: 'string' }, data: { type: 'string', default: './data' }, days: { type: 'string', default: '30' }, seed: { type: 'string', default: '42' } },
  });
  const events = Number(values.events);
  if (!Number.isInteger(events) || events < 1) throw new Error(`--events must be a positive whole number, not ${values.events}`);
  const days = Number(values.days);
  if (!(days > 0)) throw new Error(`--days must be a positive number, not ${values.days}`);
  let collector;
  if (values.url === undefined) {
    const { startCollector } = await import('../packages/collector/dist/index.js');
    collector = await startCollector({ dataDir: values.data, port: 0, rateLimit: false });
  }
  try {
    const result = await seed({ url: values.url ?? collector.url, events, days, seed: Number(values.seed) });
    console.log(`Seeded ${result.events} events in ${result.seconds} s (${result.eventsPerSecond} events/s) to ${values.url ?? values.data}`);
  } finally {
    await collector?.close();
  }
}
