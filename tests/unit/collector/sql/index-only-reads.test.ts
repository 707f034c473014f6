import { expect, it } from 'vitest';
import type { SqlClient, SqlReader, SqlValue } from '../../../../packages/collector/src/sql/sql-client.js';
import { createSqlEventStore } from '../../../../packages/collector/src/store/sql-event-store.js';
import { at, showroomRow } from '../rollups/showroom-row.js';
import { postgres } from '../store/conformance/store-subjects.js';
import { describePostgres } from '../../support/test-postgres.js';

type Statement = { sql: string; params: readonly SqlValue[] };

/** The rollup_cube statements of one default-view /api/metrics, on a store over `client` with a few visits in an experiment. */
async function cubeStatementsOf(client: SqlClient): Promise<Statement[]> {
  const statements: Statement[] = [];
  const record = (sql: string, params: readonly SqlValue[] = []) => void statements.push({ sql, params });
  const reader: SqlReader = {
    all: (sql, params) => (record(sql, params), client.reader.all(sql, params)),
    get: (sql, params) => (record(sql, params), client.reader.get(sql, params)),
  };
  const store = await createSqlEventStore(Object.assign(Object.create(client) as SqlClient, { reader }));
  await store.insertMany([
    showroomRow('Showroom Loaded', at(0), { visitor: 'a' }),
    showroomRow('Experiment Viewed', at(1), { visitor: 'a', experiment_id: 'cta-wording', arm_id: 'control' }),
    showroomRow('Showroom Loaded', at(30), { visitor: 'b', experiments: { 'cta-wording': 'try-at-home' } }),
  ]);
  const result = await store.metrics({ from: '2024-05-01', to: '2024-05-01', tz: 'UTC' }, { now: at(60), experimentDesign: () => undefined });
  expect(result.indicators.visits, 'the store counted the visits').toBe(2);
  return statements.filter((s) => /\bFROM rollup_cube\b/.test(s.sql));
}

describePostgres('PostgreSQL reads the cube from its indexes', () => {
  it('sums the indicators, series, visits per channel and per arm, and exposures without reading the table; only the all-column totals do', async () => {
    const client = await postgres.client();
    try {
      const statements = await cubeStatementsOf(client);
      // As autovacuum leaves it (migration 13 asks for that after 1 % of the rows changed): an index
      // is read alone only where the visibility map says its pages are all-visible.
      await client.exec('VACUUM ANALYZE rollup_cube');
      expect(statements.length).toBeGreaterThan(5);
      const fromTable: string[] = [];
      for (const { sql, params } of statements) {
        // A table of a few rows is read whole: forbid that, so that the plan is a large table's.
        const plan = await client.transaction(async (tx) => {
          for (const scan of ['seqscan', 'bitmapscan']) await tx.run(`SET LOCAL enable_${scan} = off`);
          return (await tx.all<{ 'QUERY PLAN': unknown }>(`EXPLAIN (FORMAT JSON) ${sql}`, params))[0]!['QUERY PLAN'];
        });
        if (/"Node Type":"(Seq Scan|Index Scan|Bitmap Heap Scan)"/.test(JSON.stringify(plan))) fromTable.push(sql.replace(/\s+/g, ' ').slice(0, 80));
      }
      expect(fromTable).toEqual([expect.stringMatching(/^SELECT '' AS "key", sum\(visits\)/)]);
    } finally {
      await client.close();
    }
  });
});
