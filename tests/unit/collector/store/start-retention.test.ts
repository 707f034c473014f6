import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSqliteEventStore } from '../../../../packages/collector/src/store/create-sqlite-event-store.js';
import { startRetention } from '../../../../packages/collector/src/store/start-retention.js';
import type { EventStore } from '../../../../packages/collector/src/store/event-store.js';
import { showroomRow } from '../rollups/showroom-row.js';

const DAY = 86_400_000;
const NOW = Date.UTC(2024, 5, 10, 12);
let dir: string;
let store: EventStore;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'vitrine-retention-'));
  store = await createSqliteEventStore(join(dir, 'db.sqlite'));
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('startRetention', () => {
  it('deletes events older than the retention at start, and their share of the figures', async () => {
    await store.insertMany([
      showroomRow('Showroom Loaded', NOW - 10 * DAY, { visitor: 'old' }),
      showroomRow('Showroom Loaded', NOW - 10 * DAY, { visitor: 'both' }),
      showroomRow('Showroom Loaded', NOW - DAY, { visitor: 'both' }),
      showroomRow('Showroom Loaded', NOW - DAY, { visitor: 'new' }),
    ]);
    const lines: string[] = [];
    await startRetention(store, 7, (line) => lines.push(line), () => NOW).stop();

    expect(await store.count()).toBe(2);
    expect(lines).toEqual(['retention: deleted 2 events older than 7 days']);
    const { indicators } = await store.metrics({ from: '2024-05-01', to: '2024-06-10', tz: 'UTC' }, { now: NOW, experimentDesign: () => undefined });
    // "both" no longer has a visit before its latest: it is not a returning visitor any more.
    expect(indicators).toMatchObject({ visits: 2, visitors: 2, loads: 2, returningVisitors: 0 });
  });

  it('logs a failed pass instead of throwing', async () => {
    const lines: string[] = [];
    const broken = { ...store, deleteOlderThan: () => Promise.reject(new Error('disk I/O error')) };
    await startRetention(broken, 7, (line) => lines.push(line), () => NOW).stop();
    expect(lines).toEqual(['retention: failed, will retry in an hour: disk I/O error']);
  });
});
