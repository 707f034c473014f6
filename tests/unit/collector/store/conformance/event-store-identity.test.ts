import { beforeAll, describe, expect, it } from 'vitest';
import type { EventRow } from '../../../../../packages/collector/src/sql/event-row.js';
import type { EventStore } from '../../../../../packages/collector/src/store/event-store.js';
import { describePostgres } from '../../../support/test-postgres.js';
import { at, showroomRow } from '../../rollups/showroom-row.js';
import { postgres, sqlite, SUBJECTS, type Subject } from './store-subjects.js';

/** What identifies a stored event, and text no database may change, alike on SQLite and PostgreSQL. */

const keyed = (messageId: string, writeKey: string | null, minute: number): EventRow => ({ ...showroomRow('Shared', at(minute), { messageId }), writeKey, receivedAt: at(minute) });

// JSON.stringify writes NUL and lone surrogates as \u escapes: plain ASCII in the JSON columns.
const odd = { note: 'a\u0000b', lone: 'x\ud800y\udc00', pair: '🪑' };
const ODD: EventRow = {
  ...keyed('odd', 'k', 10),
  properties: JSON.stringify({ showroom_id: 'chair', module: 'sense', ...odd }),
  context: JSON.stringify({ page: { title: odd.note }, traits: odd }),
  json: JSON.stringify({ messageId: 'odd', properties: odd }),
};

/** Feeds `subject` the same rows; resolves with what it answered and read back. */
async function feed(subject: Subject): Promise<{ added: number[]; count: number; recent: EventRow[] }> {
  const store: EventStore = await subject.open();
  try {
    const added = [
      // One messageId under two keys and under none, each twice in the group.
      await store.insertMany([keyed('m-1', 'site-a', 1), keyed('m-1', 'site-b', 2), keyed('m-1', null, 3), keyed('m-1', 'site-a', 4), keyed('m-1', null, 5)]),
      // A resend under each: nothing new.
      await store.insertMany([keyed('m-1', 'site-b', 6), keyed('m-1', null, 7), keyed('m-1', 'site-a', 8)]),
      await store.insertMany([ODD]),
    ];
    return { added, count: await store.count(), recent: await store.recent(10) };
  } finally {
    await store.close();
  }
}

describe.each(SUBJECTS)('the event store on $name', (subject) => {
  let result: Awaited<ReturnType<typeof feed>>;
  beforeAll(async () => {
    result = await feed(subject);
  });

  it('keeps a messageId once per write key (no key being one), deduping within each', () => {
    expect(result.added).toEqual([3, 0, 1]);
    expect(result.count).toBe(4);
    // The first copy of each is the one kept.
    expect(result.recent.slice(1).map((row) => [row.messageId, row.writeKey, row.timestamp])).toEqual([
      ['m-1', null, at(3)],
      ['m-1', 'site-b', at(2)],
      ['m-1', 'site-a', at(1)],
    ]);
  });

  it('keeps NUL and lone surrogates inside properties, context and json exactly', () => {
    const [stored] = result.recent;
    expect(stored).toEqual(ODD);
    expect(JSON.parse(stored!.properties!)).toMatchObject(odd);
    expect(JSON.parse(stored!.context!)).toEqual({ page: { title: 'a\u0000b' }, traits: odd });
  });
});

describePostgres('the event store on SQLite and on PostgreSQL', () => {
  const results: Awaited<ReturnType<typeof feed>>[] = [];
  beforeAll(async () => {
    for (const subject of [sqlite, postgres]) results.push(await feed(subject));
  });

  it('read back the same rows, byte for byte', () => {
    expect(results[1]).toEqual(results[0]);
  });
});
