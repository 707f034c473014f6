import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCliCommand } from '../../../packages/collector/src/run-cli-command.js';
import { createSqliteEventStore } from '../../../packages/collector/src/store/create-sqlite-event-store.js';
import { DB_FILE_NAME } from '../../../packages/collector/src/store/db-file-name.js';
import { rollupTables } from './rollups/rollup-tables.js';
import { at, showroomRow } from './rollups/showroom-row.js';

let data: string;
beforeEach(async () => {
  data = mkdtempSync(join(tmpdir(), 'vitrine-cli-'));
  const store = await createSqliteEventStore(join(data, DB_FILE_NAME));
  await store.insertMany([showroomRow('Showroom Loaded', at(0), { visitor: 'a' }), showroomRow('Hotspot Opened', at(1), { visitor: 'b', userId: 'u-b' })]);
  await store.close();
});
afterEach(() => rmSync(data, { recursive: true, force: true }));

const args = () => ({ data, demo: false, help: false });

describe('runCliCommand', () => {
  it('rebuild-rollups builds the rollups again from the events', async () => {
    const path = join(data, DB_FILE_NAME);
    const before = rollupTables(path);
    const db = new Database(path);
    db.exec('DELETE FROM rollup_step_cube; UPDATE rollup_cube SET loads = 99');
    db.close();
    expect(await runCliCommand('rebuild-rollups', args())).toMatch(/^Rebuilt the rollups of 2 events in \d+ ms$/);
    expect(rollupTables(path)).toEqual(before);
  });

  it('rebuild-rollups classifies the visits again with --referral-exclusions', async () => {
    const path = join(data, DB_FILE_NAME);
    const store = await createSqliteEventStore(path);
    await store.insertMany([{ ...showroomRow('Showroom Loaded', at(0), { visitor: 'paid' }), context: JSON.stringify({ page: { url: 'https://shop.example/', referrer: 'https://www.paypal.com/' } }) }]);
    await store.close();
    const channel = (): unknown => {
      const db = new Database(path, { readonly: true });
      const row = db.prepare("SELECT channel FROM rollup_visits WHERE visitor = 'paid' AND showroom_id = '*'").get() as { channel: string };
      db.close();
      return row.channel;
    };
    expect(channel()).toBe('Referral');
    await runCliCommand('rebuild-rollups', { ...args(), referralExclusions: ['paypal.com'] });
    expect(channel()).toBe('Direct');
  });

  it('rebuild-rollups credits the orders again with --attribution-window-days', async () => {
    const path = join(data, DB_FILE_NAME);
    const store = await createSqliteEventStore(path);
    await store.insertMany([
      showroomRow('Showroom Loaded', at(0), { visitor: 'buyer' }),
      { ...showroomRow('Order Completed', at(3 * 24 * 60), { visitor: 'buyer' }), properties: JSON.stringify({ order_id: 'o-1', revenue: 10 }) },
    ]);
    await store.close();
    const credited = (): unknown => {
      const db = new Database(path, { readonly: true });
      const row = db.prepare("SELECT showroom_id FROM rollup_orders WHERE order_id = 'o-1'").get() as { showroom_id: string };
      db.close();
      return row.showroom_id;
    };
    expect(credited()).toBe('chair');
    await runCliCommand('rebuild-rollups', { ...args(), attributionWindowDays: 2 });
    expect(credited()).toBe('');
  });

  it('delete-visitor deletes by anonymousId or by userId', async () => {
    expect(await runCliCommand('delete-visitor', { ...args(), anonymousId: 'a' })).toBe('Deleted 1 events and the rollups of anonymousId a');
    expect(await runCliCommand('delete-visitor', { ...args(), userId: 'u-b' })).toBe('Deleted 1 events and the rollups of userId u-b');
    expect(Object.values(rollupTables(join(data, DB_FILE_NAME))).flat()).toEqual([]);
  });
});
