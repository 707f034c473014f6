import { describe, expect, it } from 'vitest';
import { CUBE_COLUMNS } from '../../../../packages/collector/src/rollups/fact-columns.js';
import { OUTCOME_TABLES, ROLLUP_TABLES } from '../../../../packages/collector/src/rollups/rollup-tables.js';
import { EVENT_COLUMNS } from '../../../../packages/collector/src/sql/event-columns.js';
import type { EventRow } from '../../../../packages/collector/src/sql/event-row.js';
import { MIGRATIONS, SCHEMA_VERSION } from '../../../../packages/collector/src/sql/migrations.js';
import type { SqlClient } from '../../../../packages/collector/src/sql/sql-client.js';
import { createSqlEventStore } from '../../../../packages/collector/src/store/sql-event-store.js';
import { shopRow } from '../metrics/shop-row.js';
import { at, showroomRow } from '../rollups/showroom-row.js';
import { SUBJECTS } from '../store/conformance/store-subjects.js';

const columns = Object.keys(EVENT_COLUMNS) as (keyof typeof EVENT_COLUMNS)[];

/** Writes the database a collector of schema `version` left: its migrations and `rows`. */
async function databaseAtVersion(client: SqlClient, version: number, rows: readonly EventRow[]): Promise<void> {
  await client.transaction(async (tx) => {
    await tx.run('CREATE TABLE vitrine_schema (version INTEGER NOT NULL)');
    for (const migration of MIGRATIONS.filter((m) => m.version <= version)) {
      const own = client.dialect === 'sqlite' ? migration.sqliteStatements : migration.postgresStatements;
      for (const statement of [...migration.statements, ...(own ?? [])]) await tx.run(statement);
    }
    await tx.run('INSERT INTO vitrine_schema (version) VALUES (?)', [version]);
    for (const row of rows) {
      await tx.run(`INSERT INTO events (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`, columns.map((column) => row[EVENT_COLUMNS[column]]));
    }
    // Its rollups are left empty: today's rollup code cannot write an older shape, and every
    // upgrade from before version 10 rebuilds them from the events anyway.
  });
}

const query = { from: '2024-05-01', to: '2024-05-01', tz: 'UTC' };
const context = { now: at(600), experimentDesign: () => undefined };

describe.each(SUBJECTS)('migrations on $name', (subject) => {
  it('upgrade a version-6 database to messageIds unique per write key, keeping its events and figures', async () => {
    expect(SCHEMA_VERSION).toBeGreaterThanOrEqual(7);
    const old = [
      { ...showroomRow('Showroom Loaded', at(0), { messageId: 'shared-id', visitor: 'a' }), writeKey: 'site-a' },
      { ...showroomRow('Showroom Viewed', at(1), { messageId: 'a-2', visitor: 'a' }), writeKey: 'site-a' },
      showroomRow('Showroom Loaded', at(90), { messageId: 'b-1', visitor: 'b' }),
    ];
    const client = await subject.client();
    await databaseAtVersion(client, 6, old);
    const store = await createSqlEventStore(client);
    try {
      expect(await client.all('SELECT version FROM vitrine_schema')).toEqual([{ version: SCHEMA_VERSION }]);
      expect(await store.count()).toBe(3);
      expect((await store.recent(3)).map((row) => [row.messageId, row.writeKey])).toEqual([['b-1', null], ['a-2', 'site-a'], ['shared-id', 'site-a']]);
      const before = await store.metrics(query, context);
      expect(before.indicators).toMatchObject({ visits: 2, visitors: 2, loads: 2, views: 1 });

      // The id site-a used is free for site-b; resends under either key, or under none, are not.
      const reused = { ...showroomRow('Showroom Loaded', at(200), { messageId: 'shared-id', visitor: 'c' }), writeKey: 'site-b' };
      expect(await store.insertMany([reused])).toBe(1);
      expect(await store.insertMany([reused, old[0]!, old[2]!])).toBe(0);
      expect((await store.metrics(query, context)).indicators).toMatchObject({ visits: 3, visitors: 3, loads: 3 });
    } finally {
      await store.close();
    }
  });

  it('upgrade a version-7 database to count the visitors it stored with a userId only', async () => {
    const client = await subject.client();
    const onlyUser = { visitor: null, userId: '42' };
    await databaseAtVersion(client, 7, [showroomRow('Showroom Loaded', at(0), { ...onlyUser, messageId: 'u-1' }), showroomRow('Showroom Viewed', at(1), { ...onlyUser, messageId: 'u-2' })]);
    // A version-7 collector counted none of them.
    await client.transaction(async (tx) => {
      // (The campaign cube came with version 10, the outcome tables with version 11.)
      const later: readonly string[] = [...OUTCOME_TABLES, 'rollup_campaign_cube'];
      for (const table of ROLLUP_TABLES) if (!later.includes(table)) await tx.run(`DELETE FROM ${table}`);
    });
    const store = await createSqlEventStore(client);
    try {
      expect((await store.metrics(query, context)).indicators).toMatchObject({ visits: 1, visitors: 1, loads: 1, views: 1 });
    } finally {
      await store.close();
    }
  });

  it('upgrade a version-8 database, whose admin and config tables were made outside the schema, keeping their rows', async () => {
    const client = await subject.client();
    await databaseAtVersion(client, 8, []);
    // As a version-8 collector made them at start, beside the versioned schema.
    await client.exec('CREATE TABLE admin_token (name TEXT PRIMARY KEY, token_hash TEXT NOT NULL, created_at BIGINT NOT NULL)');
    await client.exec('CREATE TABLE configs (id TEXT PRIMARY KEY, latest_version INTEGER NOT NULL, published_version INTEGER, updated_at BIGINT NOT NULL)');
    await client.run('INSERT INTO admin_token (name, token_hash, created_at) VALUES (?, ?, ?)', ['admin', 'hash', 1]);
    await client.run('INSERT INTO configs (id, latest_version, published_version, updated_at) VALUES (?, ?, ?, ?)', ['chair', 3, 2, 1]);
    const store = await createSqlEventStore(client);
    try {
      expect(await client.all('SELECT name, token_hash FROM admin_token')).toEqual([{ name: 'admin', token_hash: 'hash' }]);
      expect(await client.all('SELECT id, latest_version FROM configs')).toEqual([{ id: 'chair', latest_version: 3 }]);
      // The tables it lacked are made.
      expect(await client.all('SELECT count(*) AS n FROM admin_sessions')).toEqual([{ n: 0 }]);
      expect(await client.all('SELECT count(*) AS n FROM config_versions')).toEqual([{ n: 0 }]);
    } finally {
      await store.close();
    }
  });

  it('upgrade a version-9 database to give every visit stored before its channel', async () => {
    const landed = (visitor: string, page: Record<string, string>): EventRow => ({
      ...showroomRow('Showroom Loaded', at(0), { visitor, messageId: `${visitor}-1` }),
      context: JSON.stringify({ page: { url: 'https://shop.example/', ...page } }),
    });
    const client = await subject.client();
    await databaseAtVersion(client, 9, [
      landed('mail', { url: 'https://shop.example/?utm_source=news&utm_medium=email&utm_campaign=spring' }),
      landed('search', { referrer: 'https://www.google.de/' }),
      landed('ad', { url: 'https://shop.example/?gclid=abc' }),
      landed('typed', {}),
    ]);
    // As a version-9 collector kept it: one cube row, without a channel.
    await client.run(`INSERT INTO rollup_cube (showroom_id, experiment_id, arm_id, bucket, ${CUBE_COLUMNS.join(', ')}) VALUES ('*', '', '', ?, ${CUBE_COLUMNS.map((column) => (column === 'visits' ? 4 : 0)).join(', ')})`, [at(0) - (at(0) % 900_000)]);
    const store = await createSqlEventStore(client);
    try {
      expect(await client.all("SELECT visitor, channel, source, medium, campaign FROM rollup_visits WHERE showroom_id = '*' ORDER BY visitor")).toEqual([
        { visitor: 'ad', channel: 'Paid Search', source: 'google', medium: 'cpc', campaign: '' },
        { visitor: 'mail', channel: 'Email', source: 'news', medium: 'email', campaign: 'spring' },
        { visitor: 'search', channel: 'Organic Search', source: 'google', medium: 'organic', campaign: '' },
        { visitor: 'typed', channel: 'Direct', source: '(direct)', medium: '(none)', campaign: '' },
      ]);
      expect(await client.all("SELECT channel, visits FROM rollup_cube WHERE showroom_id = '*' AND experiment_id = '' AND channel <> '*' ORDER BY channel")).toEqual(
        ['Direct', 'Email', 'Organic Search', 'Paid Search'].map((channel) => ({ channel, visits: 1 })),
      );
    } finally {
      await store.close();
    }
  });

  it('upgrade a version-10 database to count and credit the orders it stored', async () => {
    const client = await subject.client();
    await databaseAtVersion(client, 10, [
      showroomRow('Showroom Loaded', at(0), { visitor: 'a', messageId: 'a-1' }),
      shopRow('Order Completed', at(5), { visitor: 'a', messageId: 'a-2', order_id: 'o-1', revenue: 120, currency: 'EUR' }),
      shopRow('Order Completed', at(6), { userId: '42', messageId: 's-2', order_id: 'o-1', revenue: 120, currency: 'EUR' }),
    ]);
    const store = await createSqlEventStore(client);
    try {
      expect(await client.all('SELECT order_id, visitor, showroom_id, touch_visitor FROM rollup_orders')).toEqual([{ order_id: 'o-1', visitor: 'a', showroom_id: 'chair', touch_visitor: 'a' }]);
      expect((await store.metrics(query, context)).outcomes).toMatchObject({ orders: 1, orderVisitors: 1, revenue: 120, currency: 'EUR' });
    } finally {
      await store.close();
    }
  });

  it("upgrade a version-11 database to give each cart add its credited visit's arms", async () => {
    const client = await subject.client();
    await databaseAtVersion(client, 11, []);
    // As a version-11 collector kept them: a visit in two experiments, a cart credited to it, one credited to none.
    for (const [experiment, arm] of [['cta-wording', 'control'], ['layout', 'holdout']] as const) {
      await client.run('INSERT INTO rollup_visit_arms (visitor, start_ts, experiment_id, arm_id, bucket, end_ts, cta) VALUES (?, ?, ?, ?, ?, ?, 0)', ['a', at(0), experiment, arm, at(0), at(1)]);
    }
    const cart = "INSERT INTO rollup_cart_adds (visitor, message_id, ts, product_id, variant, showroom_id, touch_visitor, touch_start) VALUES (?, ?, ?, 'chair', '', ?, ?, ?)";
    await client.run(cart, ['a', 'a-cart', at(2), 'chair', 'a', at(0)]);
    await client.run(cart, ['b', 'b-cart', at(2), '', null, null]);
    const store = await createSqlEventStore(client);
    try {
      const rows = await client.all<{ message_id: string; arms: string }>('SELECT message_id, arms FROM rollup_cart_adds ORDER BY message_id');
      expect(rows.map((row) => [row.message_id, JSON.parse(row.arms)])).toEqual([
        ['a-cart', { 'cta-wording': 'control', layout: 'holdout' }],
        ['b-cart', {}],
      ]);
    } finally {
      await store.close();
    }
  });

  it('give a version-1 database every table, admin and configs included', async () => {
    const client = await subject.client();
    // A version-1 collector had the events table only (and no rollups to rebuild).
    for (const statement of MIGRATIONS[0]!.statements) await client.exec(statement);
    await client.exec('CREATE TABLE vitrine_schema (version INTEGER NOT NULL)');
    await client.run('INSERT INTO vitrine_schema (version) VALUES (1)');
    await client.run("INSERT INTO events (message_id, type, timestamp, received_at, json) VALUES ('v1-1', 'track', 1, 1, '{}')");
    const store = await createSqlEventStore(client);
    try {
      for (const table of ['admin_token', 'admin_sessions', 'configs', 'config_versions']) expect(await client.all(`SELECT count(*) AS n FROM ${table}`)).toEqual([{ n: 0 }]);
      expect(await store.count()).toBe(1);
    } finally {
      await store.close();
    }
  });
});
