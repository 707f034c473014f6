import { describe, expect, it } from 'vitest';
import type { EventRow } from '../../../../packages/collector/src/sql/event-row.js';
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

/**
 * A store that records each committed insertMany call (one call = one transaction); it fails every
 * call when `fail` is true, or a call holding a row whose messageId `fail` names.
 */
const recordingStore = (fail: boolean | string = false) => {
  const transactions: string[][] = [];
  const store: Pick<EventStore, 'insertMany' | 'count' | 'recent' | 'close'> = {
    insertMany: async (rows) => {
      if (fail === true) throw new Error('disk full');
      if (rows.some((r) => r.messageId === fail)) throw new Error(`cannot store ${String(fail)}`);
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

  it('rejects every request when the database fails them all, even apart', async () => {
    const commit = createGroupCommit(recordingStore(true).store);
    const results = await Promise.allSettled([commit.add([row('1')]), commit.add([row('2')])]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
  });

  it('retries the requests of a failed group apart, so only the one at fault is rejected', async () => {
    const { store, transactions } = recordingStore('bad');
    const lines: string[] = [];
    const commit = createGroupCommit(store, { log: (line) => lines.push(line) });
    const results = await Promise.allSettled([commit.add([row('1'), row('2')]), commit.add([row('3'), row('bad')]), commit.add([row('4')])]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((results[1] as PromiseRejectedResult).reason).toEqual(new Error('cannot store bad'));
    // Nothing of the guilty request is stored, all of the others is, each in its own transaction.
    expect(transactions).toEqual([['1', '2'], ['4']]);
    expect(lines).toEqual(['group commit: a transaction of 3 requests failed, retrying each apart: cannot store bad']);
  });

  it('does not retry a group of one request', async () => {
    let calls = 0;
    const commit = createGroupCommit({ insertMany: async () => Promise.reject(new Error(`failure ${++calls}`)) });
    await expect(commit.add([row('1')])).rejects.toThrow('failure 1');
    expect(calls).toBe(1);
  });

  it('commits the next group normally after a retried one', async () => {
    const { store, transactions } = recordingStore('bad');
    const commit = createGroupCommit(store);
    await Promise.allSettled([commit.add([row('bad')]), commit.add([row('1')])]);
    await Promise.all([commit.add([row('2')]), commit.add([row('3')])]);
    expect(transactions).toEqual([['1'], ['2', '3']]);
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
