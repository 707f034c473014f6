// What one event costs to commit into a long visit: on time (it extends the visit) and late (it
// falls in the middle of it), each in its own transaction, as ingest commits a lone request.
// `node tests/bench/collector-late-event.mjs` prints a table; `benchLateEvent` is exported for
// tests/bench/run.mjs.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const SEED_BATCH = 1_000;
const START = Date.UTC(2024, 4, 1, 10);
const STEP_MS = 1_000;

/** A stored event of the one visitor, `ms` after START, as ingest makes its row. */
function row(messageId, ms, event = 'Model Rotated') {
  const properties = JSON.stringify({ showroom_id: 'trail-runner-42', module: 'sense', config_version: 7, experiments: { 'hero-copy': 'b' } });
  return {
    messageId, type: 'track', event, anonymousId: 'anon-long', userId: null, sessionId: 's', writeKey: 'bench',
    timestamp: START + ms, originalTimestamp: new Date(START + ms).toISOString(), sentAt: null, receivedAt: START + ms,
    properties, context: null, json: '{}',
  };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Seeds one visit of `visitEvents` events (one a second) in a fresh SQLite store, then commits
 * `repeats` on-time and `repeats` late events one at a time, alternately; resolves with the
 * median ms of each.
 */
export async function benchLateEvent({ visitEvents, repeats = 15 }) {
  const { createSqliteEventStore } = await import('../../packages/collector/dist/index.js');
  const dataDir = mkdtempSync(join(tmpdir(), 'vitrine-bench-late-'));
  const store = await createSqliteEventStore(join(dataDir, 'vitrine.sqlite'));
  try {
    for (let first = 0; first < visitEvents; first += SEED_BATCH) {
      const size = Math.min(SEED_BATCH, visitEvents - first);
      await store.insertMany(Array.from({ length: size }, (_, i) => row(`seed-${first + i}`, (first + i) * STEP_MS)));
    }
    const time = async (r) => {
      const started = performance.now();
      await store.insertMany([r]);
      return performance.now() - started;
    };
    const onTime = [];
    const late = [];
    const end = visitEvents * STEP_MS;
    for (let k = 0; k < repeats; k++) {
      onTime.push(await time(row(`on-time-${k}`, end + k * STEP_MS, 'Hotspot Opened')));
      // Halfway through the visit, between two seeded events.
      late.push(await time(row(`late-${k}`, Math.floor(visitEvents / 2) * STEP_MS + k + 1, 'Hotspot Opened')));
    }
    return { visitEvents, repeats, onTimeMs: median(onTime), lateMs: median(late) };
  } finally {
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const rows = [];
  for (const visitEvents of [10_000, 100_000]) rows.push(await benchLateEvent({ visitEvents }));
  console.table(rows.map((r) => ({ ...r, onTimeMs: r.onTimeMs.toFixed(2), lateMs: r.lateMs.toFixed(2), ratio: (r.lateMs / r.onTimeMs).toFixed(2) })));
}
