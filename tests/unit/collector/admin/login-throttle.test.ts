import { describe, expect, it } from 'vitest';
import { createLoginThrottle } from '../../../../packages/collector/src/admin/login-throttle.js';
import { createRateLimiter } from '../../../../packages/collector/src/rate-limit/rate-limiter.js';

/** A throttle allowing `burst` wrong tokens, then one every 10 s, on a clock the test moves. */
const throttleOf = (burst: number, maxKeys?: number) => {
  let time = 0;
  const failures = createRateLimiter({ rate: 0.1, burst }, { now: () => time, ...(maxKeys && { maxKeys }) });
  const lines: string[] = [];
  const throttle = createLoginThrottle(failures, (line) => lines.push(line), () => time);
  return { throttle, failures, lines, advance: (ms: number) => void (time += ms) };
};

const wrong = async (): Promise<boolean> => false;
const right = async (): Promise<boolean> => true;

describe('createLoginThrottle', () => {
  it('lets a client fail `burst` times, then refuses its next try unchecked, with the wait', async () => {
    const { throttle, advance } = throttleOf(3);
    for (let i = 0; i < 3; i++) expect(await throttle.attempt('1.2.3.4', wrong)).toEqual({ result: false });
    let checked = false;
    expect(await throttle.attempt('1.2.3.4', async () => (checked = true))).toEqual({ retryAfterMs: 10_000 });
    expect(checked).toBe(false);
    advance(10_000);
    expect(await throttle.attempt('1.2.3.4', wrong)).toEqual({ result: false });
    expect(await throttle.attempt('1.2.3.4', wrong)).toEqual({ retryAfterMs: 10_000 });
  });

  it('logs the first address to run out of tries at once, then at most a line a minute with a count', async () => {
    const { throttle, advance, lines } = throttleOf(1);
    await throttle.attempt('1.2.3.4', wrong);
    expect(lines).toEqual(['admin login: too many wrong tokens from 1.2.3.4; refusing its tries for 10 s']);
    for (let i = 0; i < 20; i++) await throttle.attempt(`10.0.0.${i}`, wrong);
    expect(lines).toHaveLength(1);
    advance(60_000);
    await throttle.attempt('10.0.1.1', wrong);
    expect(lines[1]).toBe('admin login: too many wrong tokens from 10.0.1.1 (and 20 more since the last line); refusing its tries for 10 s');
  });

  it('never counts a right token, however often it is sent', async () => {
    const { throttle } = throttleOf(2);
    for (let i = 0; i < 100; i++) expect(await throttle.attempt('1.2.3.4', right)).toEqual({ result: true });
    expect(await throttle.attempt('1.2.3.4', wrong)).toEqual({ result: false });
  });

  it("lets the right token through from another client while one is refused", async () => {
    const { throttle } = throttleOf(2);
    for (let i = 0; i < 5; i++) await throttle.attempt('6.6.6.6', wrong);
    expect(await throttle.attempt('6.6.6.6', right)).toHaveProperty('retryAfterMs');
    expect(await throttle.attempt('10.0.0.1', right)).toEqual({ result: true });
  });

  it('checks concurrent tries of one client one at a time, so a burst of guesses gets only `burst` checks', async () => {
    const { throttle } = throttleOf(3);
    let checks = 0;
    const slowWrong = async (): Promise<boolean> => {
      checks += 1;
      await new Promise((resolve) => setTimeout(resolve, 1));
      return false;
    };
    const outcomes = await Promise.all(Array.from({ length: 50 }, () => throttle.attempt('1.2.3.4', slowWrong)));
    expect(checks).toBe(3);
    expect(outcomes.filter((outcome) => 'retryAfterMs' in outcome)).toHaveLength(47);
  });

  it('passes on a failing check without counting it as a wrong token', async () => {
    const { throttle } = throttleOf(1);
    await expect(throttle.attempt('1.2.3.4', () => Promise.reject(new Error('database is locked')))).rejects.toThrow('database is locked');
    expect(await throttle.attempt('1.2.3.4', right)).toEqual({ result: true });
  });

  it('remembers a bounded number of clients, however many fail', async () => {
    const { throttle, failures } = throttleOf(1, 100);
    for (let i = 0; i < 5_000; i++) await throttle.attempt(`10.0.${i >> 8}.${i & 255}`, wrong);
    expect(failures.size).toBe(100);
  });

  it('never refuses without a limiter', async () => {
    const throttle = createLoginThrottle(undefined);
    for (let i = 0; i < 100; i++) expect(await throttle.attempt('1.2.3.4', wrong)).toEqual({ result: false });
  });
});
