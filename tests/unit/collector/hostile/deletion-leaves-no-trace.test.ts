import { existsSync, readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { ROLLUP_TABLES } from '../../../../packages/collector/src/rollups/rollup-tables.js';
import { describeOnBothDatabases } from './hostile-collector.js';
import { figuresOf, wellFormed } from './well-formed-traffic.js';

const ANONYMOUS_ID = 'anon-7f3a9c2e-forget-me';
const EMAIL = 'jane.doe.forget@example.com';

/** The deleted visitor's whole story: a visit, an identify, traits, an experiment, a quiz answer. */
const visitorEvents = (): Record<string, unknown>[] =>
  Array.from({ length: 40 }, (_, i) => ({
    ...wellFormed(ANONYMOUS_ID, `forget-${i}`, i, i >= 20 ? { userId: EMAIL } : {}),
    event: ['Showroom Viewed', 'Quiz Answered', 'Experiment Viewed', 'CTA Clicked'][i % 4],
    properties: { showroom_id: 'chair', module: 'think', question: 1, question_id: 'fit', answer_ids: ['wide'], experiments: { 'cta-wording': 'bold' }, experiment_id: 'cta-wording', arm_id: 'bold' },
    context: { traits: { email: EMAIL }, page: { url: 'https://shop.example/p/chair' } },
  }));
const others = [wellFormed('v-keep', 'keep-1'), wellFormed('v-keep', 'keep-2', 3)];

/** Finding 7: a deleted visitor stayed readable in the SQLite file (secure_delete off, no checkpoint). */
describeOnBothDatabases('deleting a visitor', (start, database) => {
  it('leaves neither the anonymousId nor the email in any table, nor in the SQLite file, its WAL or shm', async () => {
    const collector = await start();
    for (let i = 0; i < 4; i++) expect((await collector.send({ batch: visitorEvents().slice(i * 10, i * 10 + 10) })).status).toBe(200);
    expect((await collector.send({ batch: others })).status).toBe(200);
    const files = database === 'SQLite' ? [collector.dbPath, `${collector.dbPath}-wal`, `${collector.dbPath}-shm`] : [];
    const holding = (): string[] =>
      files.filter(existsSync).flatMap((file) => [ANONYMOUS_ID, EMAIL].filter((text) => readFileSync(file).includes(text)).map((text) => `${file}: ${text}`));
    if (database === 'SQLite') expect(holding().length).toBeGreaterThan(0); // the scan finds them while they are there

    const res = await fetch(`${collector.url}/api/visitors/delete`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${collector.adminToken}` },
      body: JSON.stringify({ userId: EMAIL }),
    });
    expect([res.status, await res.json()]).toEqual([200, { deleted: 40 }]);

    for (const table of ['events', ...ROLLUP_TABLES]) {
      const rows = JSON.stringify(await collector.query(`SELECT * FROM ${table}`));
      expect(rows.includes(ANONYMOUS_ID) || rows.includes(EMAIL), `${table} still names the visitor`).toBe(false);
    }
    expect(holding()).toEqual([]);

    const baseline = await start();
    await baseline.send({ batch: others });
    expect(await figuresOf(collector)).toBe(await figuresOf(baseline));
  }, 30_000); // on PostgreSQL the erasure runs VACUUM on every table: seconds on a loaded machine
});
