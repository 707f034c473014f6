import { expect } from 'vitest';
import { ROLLUP_TABLES } from '../../../../packages/collector/src/rollups/rollup-tables.js';
import type { HostileCollector, StartHostile } from './hostile-collector.js';
import { DAY, saveChairConfig, wellFormedBatches } from './well-formed-traffic.js';

/** Two collectors a test, on PostgreSQL each with a database of its own: more than vitest's 5 s under load. */
export const ATTACK_TIMEOUT = 60_000;

/** A collector after an attack, and what the test reads of it. */
export interface Attacked {
  collector: HostileCollector;
  /** Statuses of the hostile bodies, in order. */
  hostile: number[];
  /** Statuses of the well-formed batches, in order. */
  wellFormed: number[];
  /** Log lines the collector wrote. */
  log: string[];
}

/**
 * Starts a collector (config `chair` saved) and sends it the well-formed batches and the
 * `hostile` bodies at once, so they share group commits; `sequential` sends the hostile ones
 * first and the well-formed ones after, each waiting for the one before.
 */
export async function runAttack(start: StartHostile, hostile: readonly unknown[], { sequential = false } = {}): Promise<Attacked> {
  const log: string[] = [];
  const collector = await start({ log: (line) => log.push(line) });
  await saveChairConfig(collector);
  const send = async (body: unknown): Promise<number> => (await collector.send(body)).status;
  const batches = wellFormedBatches().map((batch) => ({ batch }));
  if (sequential) {
    const statuses: number[] = [];
    for (const body of [...hostile, ...batches]) statuses.push(await send(body));
    return { collector, hostile: statuses.slice(0, hostile.length), wellFormed: statuses.slice(hostile.length), log };
  }
  const [h, w] = await Promise.all([Promise.all(hostile.map(send)), Promise.all(batches.map(send))]);
  return { collector, hostile: h, wellFormed: w, log };
}

/** Every row of every rollup table, sorted, as JSON lines. */
export async function rollupRows(collector: HostileCollector): Promise<Record<string, string[]>> {
  const tables: Record<string, string[]> = {};
  for (const table of ROLLUP_TABLES) tables[table] = (await collector.query(`SELECT * FROM ${table}`)).map((row) => JSON.stringify(row)).sort();
  return tables;
}

/**
 * What every hostile test asserts against a `twin` that got the same traffic with the hostile
 * values left out by hand (or none of it): every well-formed event stored, `/api/metrics`
 * answering the same figures and the same number of characters (but for the `unknown` counts),
 * and the rollup tables holding the same rows (`sameRows: false`: as many), so the attack cost
 * them nothing.
 */
export async function expectNoHarm(attacked: Attacked, twin: Attacked, { query = `from=${DAY}&to=${DAY}`, sameRows = true } = {}): Promise<void> {
  expect(attacked.wellFormed).toEqual(wellFormedBatches().map(() => 200));
  const ids = wellFormedBatches().flat().map((message) => message['messageId'] as string);
  const stored = await attacked.collector.query<{ message_id: string }>('SELECT message_id FROM events');
  expect(stored.map((row) => row.message_id).filter((id) => ids.includes(id)).sort()).toEqual([...ids].sort());

  const [mine, theirs] = [await attacked.collector.metrics(query), await twin.collector.metrics(query)];
  expect([mine.status, theirs.status]).toEqual([200, 200]);
  const figures = ({ generatedAt: _, unknown: __, ...rest }: Record<string, unknown>) => rest;
  expect(figures(mine.body)).toEqual(figures(theirs.body));
  const unknownLength = (body: Record<string, unknown>): number => JSON.stringify(body['unknown']).length;
  expect(mine.text.length - unknownLength(mine.body)).toBe(theirs.text.length - unknownLength(theirs.body));

  const [rows, twinRows] = [await rollupRows(attacked.collector), await rollupRows(twin.collector)];
  // Row for row where both got their events at the same times; else as many rows in each table.
  if (sameRows) expect(rows).toEqual(twinRows);
  else expect(counts(rows)).toEqual(counts(twinRows));
}

const counts = (tables: Record<string, string[]>): Record<string, number> => Object.fromEntries(Object.entries(tables).map(([table, rows]) => [table, rows.length]));

/** The `ingest.ignored` figure of `/health`. */
export async function ignoredCounts(collector: HostileCollector): Promise<Record<string, number>> {
  return ((await collector.health())['ingest'] as { ignored: Record<string, number> }).ignored;
}
