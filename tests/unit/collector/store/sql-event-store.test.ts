import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EventRow } from '../../../../packages/collector/src/sql/event-row.js';
import { createSqliteEventStore } from '../../../../packages/collector/src/store/create-sqlite-event-store.js';
import { SCHEMA_VERSION } from '../../../../packages/collector/src/sql/migrations.js';
import { at, showroomRow } from '../rollups/showroom-row.js';

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

/** The database of the version-1 collector (events only, version in PRAGMA user_version). */
const V1_SCHEMA = `
CREATE TABLE events (message_id TEXT PRIMARY KEY, type TEXT NOT NULL, event TEXT, anonymous_id TEXT, user_id TEXT,
  session_id TEXT, write_key TEXT, timestamp INTEGER NOT NULL, original_timestamp TEXT, sent_at TEXT,
  received_at INTEGER NOT NULL, properties TEXT, context TEXT, json TEXT NOT NULL);
CREATE INDEX events_timestamp ON events (timestamp);
CREATE INDEX events_anonymous_id ON events (anonymous_id);
PRAGMA user_version = 1;`;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'vitrine-store-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('createSqliteEventStore', () => {
  it('creates the events table with exactly the documented columns, in WAL mode, at the current version', async () => {
    const path = join(dir, 'db.sqlite');
    await (await createSqliteEventStore(path)).close();
    const db = new Database(path, { readonly: true });
    const columns = db.prepare<[], { name: string }>("SELECT name FROM pragma_table_info('events')").all().map((c) => c.name);
    expect(columns).toEqual([
      'message_id', 'type', 'event', 'anonymous_id', 'user_id', 'session_id', 'write_key',
      'timestamp', 'original_timestamp', 'sent_at', 'received_at', 'properties', 'context', 'json',
    ]);
    const indexes = db.prepare<[], { name: string }>("SELECT name FROM pragma_index_list('events')").all().map((i) => i.name);
    expect(indexes).toEqual(expect.arrayContaining(['events_timestamp', 'events_anonymous_id', 'events_visitor_time', 'events_user_id']));
    expect(db.prepare('SELECT version FROM vitrine_schema').all()).toEqual([{ version: SCHEMA_VERSION }]);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('stores rows once per messageId, counting only the new ones', async () => {
    const store = await createSqliteEventStore(join(dir, 'db.sqlite'));
    expect(await store.insertMany([row('1'), row('2')])).toBe(2);
    expect(await store.insertMany([row('2'), row('3'), row('3')])).toBe(1);
    expect(await store.count()).toBe(3);
    await store.close();
  });

  it('reads back the most recently received rows first', async () => {
    const store = await createSqliteEventStore(join(dir, 'db.sqlite'));
    await store.insertMany([row('old', 1), row('new', 3), row('mid', 2)]);
    expect((await store.recent(2)).map((r) => r.messageId)).toEqual(['new', 'mid']);
    expect((await store.recent(1))[0]).toEqual(row('new', 3));
    await store.close();
  });

  it('reopens an existing database, keeping its rows', async () => {
    const path = join(dir, 'db.sqlite');
    const first = await createSqliteEventStore(path);
    await first.insertMany([row('1')]);
    await first.close();
    const second = await createSqliteEventStore(path);
    expect(await second.count()).toBe(1);
    await second.close();
  });

  it('refuses a database from a newer collector', async () => {
    const path = join(dir, 'db.sqlite');
    const db = new Database(path);
    db.exec(`CREATE TABLE vitrine_schema (version INTEGER NOT NULL); INSERT INTO vitrine_schema VALUES (${SCHEMA_VERSION + 1})`);
    db.close();
    await expect(createSqliteEventStore(path)).rejects.toThrow(`schema version ${SCHEMA_VERSION + 1}; this collector knows up to ${SCHEMA_VERSION}`);
  });

  it('migrates a version-1 database: its events stay and the rollups are built from them', async () => {
    const path = join(dir, 'db.sqlite');
    const db = new Database(path);
    db.exec(V1_SCHEMA);
    const insert = db.prepare(`INSERT INTO events VALUES (@messageId, @type, @event, @anonymousId, @userId, @sessionId, @writeKey,
      @timestamp, @originalTimestamp, @sentAt, @receivedAt, @properties, @context, @json)`);
    for (const old of [showroomRow('Showroom Loaded', at(0)), showroomRow('Showroom Viewed', at(1)), showroomRow('Showroom Loaded', at(90))]) insert.run(old);
    db.close();

    const store = await createSqliteEventStore(path);
    expect(await store.count()).toBe(3);
    const { indicators } = await store.metrics({ from: '2024-05-01', to: '2024-05-01', tz: 'UTC' }, { now: at(100), experimentDesign: () => undefined });
    expect(indicators).toMatchObject({ visits: 2, visitors: 1, loads: 2, views: 1 });
    await store.close();
  });
});
