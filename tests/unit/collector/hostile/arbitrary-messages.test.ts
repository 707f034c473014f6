import fc from 'fast-check';
import { expect, it } from 'vitest';
import { describeOnBothDatabases, type HostileCollector } from './hostile-collector.js';

/**
 * Arbitrary Segment messages — numbers at the edges of JSON, NUL and lone surrogates, huge ids and
 * maps, odd types — posted at the same moment as well-formed ones, so that they share group-commit
 * transactions. Whatever the mix: no well-formed request fails, no request gets a 5xx, every
 * well-formed event is stored exactly once, the metrics still answer, and the rollup tables grow
 * no faster than the events that were accepted.
 */

const EVENTS = ['Showroom Loaded', 'Showroom Viewed', 'Model Rotated', 'Quiz Answered', 'Story Page Viewed', 'Engaged Time', 'CTA Clicked', 'Experiment Viewed'];
const MODULES = ['sense', 'feel', 'think', 'act', 'relate'];
const ROLLUP_TABLES = ['rollup_visits', 'rollup_visit_arms', 'rollup_visit_answers', 'rollup_cube', 'rollup_step_cube', 'rollup_answer_cube', 'rollup_exposures'];
/** Rows a single accepted event may add across the rollup tables, at most (generous: parts × arms × steps). */
const ROWS_PER_EVENT = 200;

const now = Date.now();

/** A message the tracker could have sent; `id` keeps messageIds unique across runs. */
const wellFormed = (id: () => string) =>
  fc
    .record({
      event: fc.constantFrom(...EVENTS),
      visitor: fc.constantFrom('v-1', 'v-2', 'v-3', 'v-4'),
      minutes: fc.integer({ min: -600, max: 5 }),
      module: fc.constantFrom(...MODULES),
      position: fc.integer({ min: 1, max: 5 }),
      ms: fc.integer({ min: 1, max: 60_000 }),
      arm: fc.constantFrom('control', 'bold'),
    })
    .map(({ event, visitor, minutes, module, position, ms, arm }) => ({
      messageId: id(),
      type: 'track',
      event,
      anonymousId: visitor,
      timestamp: new Date(now + minutes * 60_000).toISOString(),
      properties: { showroom_id: 'chair', module, question: position, page: position, ms, experiments: { 'cta-wording': arm } },
      context: { sessionId: `s-${visitor}` },
    }));

const edgeNumber = fc.constantFrom(0, -0, -1, 1e308, -1e308, 9_223_372_036_854_775_807, 2 ** 53 + 1, 1e-320, 100_000, 2 ** 31, 0.5);
const oddString = fc.oneof(
  fc.constantFrom('a\u0000b', '\u0000', '\ud800', 'x\udfffy', '\ufeff', '', ' ', '<script>alert(1)</script>', '𝒱'),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.integer({ min: 200, max: 20_000 }).map((n) => 'x'.repeat(n)),
);
const hugeMap = fc.integer({ min: 50, max: 1_500 }).map((n) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`e${i}`, `a${i}`])));
const deep = fc.integer({ min: 50, max: 3_000 }).map((n) => {
  let value: unknown = 1;
  for (let i = 0; i < n; i++) value = [value];
  return value;
});
const oddValue = fc.oneof(edgeNumber, oddString, hugeMap, deep, fc.constantFrom(null, true, [], {}, [1, 'a']), fc.double());
const FIELDS = ['messageId', 'type', 'event', 'anonymousId', 'userId', 'timestamp', 'properties', 'context'];
const PROPERTIES = ['question', 'page', 'ms', 'experiments', 'showroom_id', 'module', 'answer_ids', 'question_id'];

/** A well-formed message with one to four fields or properties replaced by odd values. */
const mutated = (id: () => string) =>
  fc
    .tuple(
      wellFormed(id),
      fc.array(fc.tuple(fc.constantFrom(...FIELDS.map((f) => ['field', f] as const), ...PROPERTIES.map((p) => ['property', p] as const)), oddValue), {
        minLength: 1,
        maxLength: 4,
      }),
    )
    .map(([message, changes]) => {
      const out: Record<string, unknown> = { ...message, properties: { ...message.properties } };
      for (const [[where, key], value] of changes) {
        if (where === 'field') out[key] = value;
        else if (out['properties'] && typeof out['properties'] === 'object') (out['properties'] as Record<string, unknown>)[key] = value;
      }
      return out;
    });

const bigNumber = fc.oneof(fc.constantFrom(100_000, 1e308, 9_223_372_036_854_775_807, 2 ** 53 + 1), fc.integer({ min: 1_000, max: 2 ** 31 }));
const unstorable = fc.constantFrom('a\u0000b', '\u0000', '\ud800', 'x\udfffy');

/** The attacks of issue 9, aimed (so every run tries several), and random mutations. */
const hostile = (id: () => string) =>
  fc.oneof(
    mutated(id),
    fc.tuple(wellFormed(id), bigNumber).map(([m, n]) => ({ ...m, event: 'Quiz Answered', properties: { ...m.properties, question: n, question_id: 'q', answer_ids: ['a'] } })),
    fc.tuple(wellFormed(id), bigNumber).map(([m, n]) => ({ ...m, event: 'Story Page Viewed', properties: { ...m.properties, page: n } })),
    fc.tuple(wellFormed(id), bigNumber).map(([m, n]) => ({ ...m, event: 'Engaged Time', properties: { ...m.properties, ms: n } })),
    fc.tuple(wellFormed(id), hugeMap).map(([m, experiments]) => ({ ...m, properties: { ...m.properties, experiments, showroom_id: Object.keys(experiments).join('') } })),
    fc
      .tuple(wellFormed(id), fc.constantFrom('messageId', 'event', 'anonymousId', 'userId', 'type'), unstorable)
      .map(([m, field, value]) => ({ ...m, [field]: field === 'messageId' ? `${m.messageId}${value}` : value })),
    fc.tuple(wellFormed(id), unstorable).map(([m, value]) => ({ ...m, properties: { ...m.properties, showroom_id: value, [value]: value } })),
    wellFormed(id).map((m) => ({ ...m, timestamp: '9999-12-31T23:59:59.999Z' })),
    fc.tuple(wellFormed(id), deep).map(([m, value]) => ({ ...m, properties: { ...m.properties, nested: value } })),
  );

async function storedCount(collector: HostileCollector, ids: string[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (let first = 0; first < ids.length; first += 200) {
    const chunk = ids.slice(first, first + 200);
    const rows = await collector.query<{ message_id: string; n: number }>(
      `SELECT message_id, count(*) AS n FROM events WHERE message_id IN (${chunk.map(() => '?').join(', ')}) GROUP BY message_id`,
      chunk,
    );
    for (const row of rows) counts.set(row.message_id, Number(row.n));
  }
  return counts;
}

const countRows = async (collector: HostileCollector, table: string): Promise<number> =>
  Number((await collector.query<{ n: number }>(`SELECT count(*) AS n FROM ${table}`))[0]?.n);

/** Each rollup table holds at most ROWS_PER_EVENT rows per stored event. */
async function expectRollupsInBounds(collector: HostileCollector): Promise<void> {
  const events = await countRows(collector, 'events');
  for (const table of ROLLUP_TABLES) {
    expect(await countRows(collector, table), table).toBeLessThanOrEqual(ROWS_PER_EVENT * events);
  }
}

describeOnBothDatabases('arbitrary messages among well-formed ones', (start, database) => {
  it('fail only their own request, and every well-formed event is stored once with rollups in bounds', { timeout: 240_000 }, async () => {
    const collector = await start();
    let run = 0;
    let next = 0;
    const id = () => `p${run}-${next++}`;
    const request = fc.oneof(
      fc.array(wellFormed(id), { minLength: 1, maxLength: 6 }).map((batch) => ({ kind: 'good' as const, batch })),
      fc.array(hostile(id), { minLength: 1, maxLength: 3 }).map((batch) => ({ kind: 'hostile' as const, batch })),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(request, { minLength: 2, maxLength: 8 }), async (requests) => {
        run++;
        // All at once, so that they land in the same group-commit transactions.
        const answers = await Promise.all(requests.map((r) => collector.send({ batch: r.batch })));
        for (const [i, { status, body }] of answers.entries()) {
          expect(status, JSON.stringify(body)).toBeLessThan(500);
          if (requests[i]!.kind === 'good') expect(status, JSON.stringify(body)).toBe(200);
          else if (status !== 200) expect(body['error'], 'a refusal says what is wrong').toEqual(expect.any(String));
        }
        const good = requests.filter((r) => r.kind === 'good').flatMap((r) => r.batch.map((m) => m.messageId));
        const counts = await storedCount(collector, good);
        for (const messageId of good) expect(counts.get(messageId), messageId).toBe(1);
        await expectRollupsInBounds(collector);
      }),
      // No shrinking: each run costs real requests, and the first counterexample says enough.
      { numRuns: database === 'SQLite' ? 30 : 15, endOnFailure: true },
    );
    const day = new Date(now).toISOString().slice(0, 10);
    const yesterday = new Date(now - 86_400_000).toISOString().slice(0, 10);
    expect((await collector.metrics(`from=${yesterday}&to=${day}`)).status).toBe(200);
  });
});
