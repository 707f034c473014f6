// The tracker keeps its own message types (it depends on idb only); these checks, run by `tsc -b`,
// keep them the contract's, field for field, so the two cannot drift.
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Context, Json, Properties, SentBatch, SentMessage } from '../../../../packages/contracts/src/index.js';
import type * as tracker from '../../../../packages/tracker/src/index.js';

describe('SentBatch', () => {
  it('is the batch the tracker posts, message for message', () => {
    expectTypeOf<tracker.BatchBody>().toEqualTypeOf<SentBatch>();
    expectTypeOf<tracker.Message>().toEqualTypeOf<SentMessage>();
    expectTypeOf<tracker.Context>().toEqualTypeOf<Context>();
    expectTypeOf<tracker.Properties>().toEqualTypeOf<Properties>();
    expectTypeOf<tracker.Json>().toEqualTypeOf<Json>();
  });

  it('rejects what the wire does not carry, at compile time', () => {
    const context: Context = { library: { name: '@vitrine/tracker', version: '0.1.0' }, sessionId: 1 };
    // @ts-expect-error the tracker sends track, page and identify messages only
    const screen: SentMessage = { type: 'screen', messageId: 'm', anonymousId: 'a', timestamp: '2024-05-01T12:00:00.000Z', context };
    // @ts-expect-error properties are JSON: no Date
    const date: SentMessage = { type: 'track', messageId: 'm', anonymousId: 'a', timestamp: '2024-05-01T12:00:00.000Z', context, properties: { at: new Date() } };
    // @ts-expect-error every message says when its session started
    const noSession: Context = { library: { name: 'x', version: '1' } };
    expect([screen, date, noSession]).toHaveLength(3);
  });
});
