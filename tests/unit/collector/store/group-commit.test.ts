import { describe, expect, it } from 'vitest';
import type { EventRow } from '../../../../packages/collector/src/store/event-row.js';
import type { EventStore } from '../../../../packages/collector/src/store/event-store.js';
import { createGroupCommit } from '../../../../packages/collector/src/store/group-commit.js';

const row = (messageId: string): EventRow => ({
  messageId,
  type: 'track',
  event: 'Shared',
  anonymousId: 'a',
  userId: null,
  sessionId: null,
  writeKey: null,
  timestamp: 0,
  originalTimestamp: null,
  sentAt: null,
  receivedAt: 0,
  properties: null,
  context: null,
  json: '{}',
});

/** A store that records each insertMany call (one call = one transaction). */
const recordingStore = (fail = false) => {
  const transactions: string[][] = [];
  const store: Pick<EventStore, 'insertMany' | 'count' | 'recent' | 'close'> = {
    insertMany: async (rows) => {
      if (fail) throw new Error('disk full');
      transactions.push(rows.map((r) => r.messageId));
      return rows.length;
    },
    count: async () => transactions.flat().length,
    recent: async () => [],
    close: async () => {},
  };
  return { store, transactions };
};

describe('createGroupCommit', () => {
  it('writes the rows of requests added in the same tick in one transaction', async () => {
    const { store, transactions } = recordingStore();
    const commit = createGroupCommit(store);
    await Promise.all([commit.add([row('1'), row('2')]), commit.add([row('3')]), commit.add([row('4')])]);
    expect(transactions).toEqual([['1', '2', '3', '4']]);
  });

  it('resolves a request only after its transaction', async () => {
    const { store, transactions } = recordingStore();
    const commit = createGroupCommit(store);
    let seen: string[][] = [];
    await commit.add([row('1')]).then(() => (seen = transactions.map((t) => [...t])));
    expect(seen).toEqual([['1']]);
  });

  it('starts a new transaction for rows added after a flush', async () => {
    const { store, transactions } = recordingStore();
    const commit = createGroupCommit(store);
    await commit.add([row('1')]);
    await commit.add([row('2')]);
    expect(transactions).toEqual([['1'], ['2']]);
  });

  it('takes rows that arrive while an async store is writing into the next transaction', async () => {
    const transactions: string[][] = [];
    let release = (): void => {};
    const slow: Pick<EventStore, 'insertMany' | 'count' | 'recent' | 'close'> = {
      insertMany: (rows) =>
        new Promise((resolve) => {
          transactions.push(rows.map((r) => r.messageId));
          release = () => resolve(rows.length);
        }),
      count: async () => 0,
      recent: async () => [],
      close: async () => {},
    };
    const commit = createGroupCommit(slow);
    const first = commit.add([row('1')]);
    await new Promise((resolve) => setImmediate(resolve));
    const later = [commit.add([row('2')]), commit.add([row('3')])];
    await new Promise((resolve) => setImmediate(resolve));
    expect(transactions).toEqual([['1']]);
    release();
    await first;
    await new Promise((resolve) => setImmediate(resolve));
    release();
    await Promise.all(later);
    expect(transactions).toEqual([['1'], ['2', '3']]);
  });

  it('rejects every request of a failed transaction', async () => {
    const commit = createGroupCommit(recordingStore(true).store);
    const results = await Promise.allSettled([commit.add([row('1')]), commit.add([row('2')])]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
  });

  it('resolves an empty add at once, and drain when idle', async () => {
    const { store, transactions } = recordingStore();
    const commit = createGroupCommit(store);
    await commit.add([]);
    const pending = commit.add([row('1')]);
    await commit.drain();
    expect(transactions).toEqual([['1']]);
    await pending;
  });
});
