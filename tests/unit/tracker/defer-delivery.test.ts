import { describe, expect, it, vi } from 'vitest';
import { deferDelivery } from '../../../packages/tracker/src/defer-delivery.js';
import type { DeliveryContext } from '../../../packages/tracker/src/delivery.js';
import { createStats } from '../../../packages/tracker/src/stats.js';
import type { StoredEvent } from '../../../packages/tracker/src/store/event-store.js';

const calls: unknown[][] = [];
vi.mock('../../../packages/tracker/src/delivery.js', () => ({
  createDelivery: (_context: unknown, queueName: string) => {
    calls.push(['create', queueName]);
    return {
      flush: async () => void calls.push(['flush']),
      schedule: (ms: number) => void calls.push(['schedule', ms]),
      online: () => void calls.push(['online']),
      sendBeforeHide: (events: StoredEvent[]) => void calls.push(['sendBeforeHide', events.length]),
      stop: () => void calls.push(['stop']),
    };
  },
}));

const context = () => ({ stats: createStats(), log: () => {} }) as unknown as DeliveryContext;
const event: StoredEvent = { id: 'm1', json: '{}', bytes: 2, at: 0 };
const settle = () => new Promise((resolve) => setTimeout(resolve));

describe('deferDelivery', () => {
  it('creates the delivery only once `after` resolves, then makes the calls that waited, in order', async () => {
    calls.length = 0;
    let go!: () => void;
    const delivery = deferDelivery(new Promise<void>((resolve) => (go = resolve)))(context(), 'q');
    delivery.schedule(5_000);
    const flushed = delivery.flush();
    await settle();
    expect(calls).toEqual([]);
    go();
    await flushed;
    expect(calls).toEqual([['create', 'q'], ['schedule', 5_000], ['flush']]);
  });

  it('sends nothing at a page hide before its code has arrived (the events wait in the store), and sends after', async () => {
    calls.length = 0;
    let go!: () => void;
    const delivery = deferDelivery(new Promise<void>((resolve) => (go = resolve)))(context(), 'q');
    delivery.sendBeforeHide([event]);
    delivery.online();
    go();
    await settle();
    delivery.sendBeforeHide([event]);
    expect(calls).toEqual([['create', 'q'], ['sendBeforeHide', 1]]);
  });

  it('stops the delivery as soon as it arrives when the tracker was destroyed before', async () => {
    calls.length = 0;
    const delivery = deferDelivery(Promise.resolve())(context(), 'q');
    delivery.stop();
    await settle();
    expect(calls).toEqual([['create', 'q'], ['stop']]);
  });

  it('counts a failure to fetch its code as an error, and its flush still resolves', async () => {
    calls.length = 0;
    const c = context();
    const delivery = deferDelivery(Promise.reject(new Error('chunk unavailable')))(c, 'q');
    await expect(delivery.flush()).resolves.toBeUndefined();
    await settle();
    expect(c.stats.errors).toBe(1);
    expect(calls).toEqual([]);
  });
});
