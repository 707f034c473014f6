import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EventRow } from '../../../../packages/collector/src/store/event-row.js';
import { SCHEMA_VERSION } from '../../../../packages/collector/src/store/sqlite-db.js';
import { createSqliteEventStore } from '../../../../packages/collector/src/store/sqlite-event-store.js';

const row = (messageId: string, receivedAt = 1): EventRow => ({
  messageId,
  type: 'track',
  event: 'CTA Clicked',
  anonymousId: 'a-1',
  userId: 'u-1',
  sessionId: 's-1',
  writeKey: 'wk',
  timestamp: 1_000,
  originalTimestamp: '2024-05-01T12:00:00.000Z',
  sentAt: '2024-05-01T12:00:01.000Z',
  receivedAt,
  properties: '{"label":"Buy"}',
  context: '{"sessionId":"s-1"}',
  json: `{"messageId":"${messageId}"}`,
});

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'vitrine-store-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('createSqliteEventStore', () => {
  it('creates the events table with exactly the documented columns, in WAL mode', async () => {
    const path = join(dir, 'db.sqlite');
    await createSqliteEventStore(path).close();
    const db = new Database(path, { readonly: true });
    const columns = db.prepare<[], { name: string }>("SELECT name FROM pragma_table_info('events')").all().map((c) => c.name);
    expect(columns).toEqual([
      'message_id', 'type', 'event', 'anonymous_id', 'user_id', 'session_id', 'write_key',
      'timestamp', 'original_timestamp', 'sent_at', 'received_at', 'properties', 'context', 'json',
    ]);
    const indexes = db.prepare<[], { name: string }>("SELECT name FROM pragma_index_list('events')").all().map((i) => i.name);
    expect(indexes).toEqual(expect.arrayContaining(['events_timestamp', 'events_anonymous_id']));
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('stores rows once per messageId, counting only the new ones', async () => {
    const store = createSqliteEventStore(join(dir, 'db.sqlite'));
    expect(await store.insertMany([row('1'), row('2')])).toBe(2);
    expect(await store.insertMany([row('2'), row('3'), row('3')])).toBe(1);
    expect(await store.count()).toBe(3);
    await store.close();
  });

  it('reads back the most recently received rows first', async () => {
    const store = createSqliteEventStore(join(dir, 'db.sqlite'));
    await store.insertMany([row('old', 1), row('new', 3), row('mid', 2)]);
    expect((await store.recent(2)).map((r) => r.messageId)).toEqual(['new', 'mid']);
    expect((await store.recent(1))[0]).toEqual(row('new', 3));
    await store.close();
  });

  it('reopens an existing database, keeping its rows', async () => {
    const path = join(dir, 'db.sqlite');
    const first = createSqliteEventStore(path);
    await first.insertMany([row('1')]);
    await first.close();
    const second = createSqliteEventStore(path);
    expect(await second.count()).toBe(1);
    await second.close();
  });

  it('refuses a database from a newer collector', () => {
    const path = join(dir, 'db.sqlite');
    const db = new Database(path);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    expect(() => createSqliteEventStore(path)).toThrow(/schema version 2; this collector knows up to 1/);
  });
});
