import { describe, expect, it } from 'vitest';
import { mayTry, PROBE_GAP, type RetryState } from '../../../packages/tracker/src/may-try.js';

const now = 100_000;
const none: RetryState = [0, 0, 0];
const ours: RetryState = [now + 4_000, 3, 0]; // a backoff after a network error or a 5xx
const theirs: RetryState = [now + 4_000, 3, 1]; // the server's Retry-After, or a 429
const over: RetryState = [now - 1, 3, 1];

describe('mayTry', () => {
  it.each<[string, RetryState, number, boolean]>([
    // what asks, the backoff, `probed`, may it go
    ['the timer, no backoff', none, now, true],
    ['the timer, the wait over', over, now, true],
    ['the timer, our backoff', ours, now, false],
    ['a first probe, our backoff', ours, 0, true],
    [`a probe ${PROBE_GAP} ms after the last, our backoff`, ours, now - PROBE_GAP, true],
    [`a probe ${PROBE_GAP - 1} ms after the last, our backoff`, ours, now - PROBE_GAP + 1, false],
    ['the page-hide send, our backoff', ours, 0, true],
    ['the timer, the server\'s wait', theirs, now, false],
    ['a first probe, the server\'s wait', theirs, 0, false],
    ['the page-hide send, the server\'s wait', theirs, 0, false],
    ['the page-hide send, the server\'s wait over', over, 0, true],
  ])('%s: %j, probed %i -> %s', (_, state, probed, may) => {
    expect(mayTry(state, now, probed)).toBe(may);
  });
});
