import { afterAll, beforeAll, expect, it } from 'vitest';
import { runCliCommand } from '../../../packages/collector/src/run-cli-command.js';
import { createPostgresEventStore } from '../../../packages/collector/src/store/create-postgres-event-store.js';
import { createTestDatabase, describePostgres } from '../support/test-postgres.js';
import { at, showroomRow } from './rollups/showroom-row.js';

describePostgres('runCliCommand with --database', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeAll(async () => {
    database = await createTestDatabase();
    const store = await createPostgresEventStore(database.url);
    await store.insertMany([showroomRow('Showroom Loaded', at(0), { visitor: 'a' }), showroomRow('Hotspot Opened', at(1), { visitor: 'b' })]);
    await store.close();
  });
  afterAll(() => database.drop());

  it('works on the PostgreSQL database, not on SQLite in --data', async () => {
    const args = { data: '/nonexistent/vitrine-data', database: database.url, demo: false, help: false };
    expect(await runCliCommand('rebuild-rollups', args)).toMatch(/^Rebuilt the rollups of 2 events in \d+ ms$/);
    expect(await runCliCommand('delete-visitor', { ...args, anonymousId: 'a' })).toBe('Deleted 1 events and the rollups of anonymousId a');
    const store = await createPostgresEventStore(database.url);
    expect((await store.recent(10)).map((row) => row.anonymousId)).toEqual(['b']);
    await store.close();
  });
});
