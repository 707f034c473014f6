import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../../../packages/collector/src/rate-limit/rate-limiter.js';

/** A clock the test moves by hand. */
const manualClock = () => {
  let time = 0;
  return { now: () => time, advance: (ms: number) => void (time += ms) };
};

describe('createRateLimiter', () => {
  it('keeps one bucket per key', () => {
    const clock = manualClock();
    const limiter = createRateLimiter({ rate: 1, burst: 1 }, { now: clock.now });
    expect(limiter.take('a')).toBe(0);
    expect(limiter.take('a')).toBe(1_000);
    expect(limiter.take('b')).toBe(0);
    clock.advance(1_000);
    expect(limiter.take('a')).toBe(0);
  });

  it('forgets buckets that have refilled, since they equal new ones', () => {
    const clock = manualClock();
    const limiter = createRateLimiter({ rate: 10, burst: 5 }, { now: clock.now });
    for (let i = 0; i < 100; i++) limiter.take(`ip-${i}`);
    expect(limiter.size).toBe(100);
    clock.advance(1_000);
    limiter.take('late');
    expect(limiter.size).toBe(1);
  });

  it('never remembers more than maxKeys, forgetting the least recently seen', () => {
    const clock = manualClock();
    const limiter = createRateLimiter({ rate: 1, burst: 1 }, { now: clock.now, maxKeys: 3 });
    for (const key of ['a', 'b', 'c']) limiter.take(key);
    limiter.take('a'); // refused, and now the most recent
    limiter.take('d'); // evicts 'b'
    expect(limiter.size).toBe(3);
    expect(limiter.take('a')).toBeGreaterThan(0);
    expect(limiter.take('b')).toBe(0); // forgotten, so a fresh bucket
  });

  it('tells how long a key must wait without taking a token or remembering the key', () => {
    const clock = manualClock();
    const limiter = createRateLimiter({ rate: 0.5, burst: 2 }, { now: clock.now });
    expect(limiter.wait('a')).toBe(0);
    expect(limiter.size).toBe(0);
    limiter.take('a');
    expect(limiter.wait('a')).toBe(0);
    expect(limiter.wait('a')).toBe(0); // waiting twice takes nothing either
    limiter.take('a');
    expect(limiter.wait('a')).toBe(2_000);
    clock.advance(1_500);
    expect(limiter.wait('a')).toBe(500);
    clock.advance(500);
    expect(limiter.wait('a')).toBe(0);
  });
});
