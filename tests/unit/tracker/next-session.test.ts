import { describe, expect, it } from 'vitest';
import { nextSession, SESSION_TIMEOUT } from '../../../packages/tracker/src/next-session.js';

const min = 60_000;
const t0 = Date.parse('2026-11-23T10:00:00Z');

describe('nextSession', () => {
  it.each([
    ['starts a session at the first event', undefined, t0, { id: t0, lastAt: t0 }],
    ['extends it 29 minutes later', { id: t0, lastAt: t0 }, t0 + 29 * min, { id: t0, lastAt: t0 + 29 * min }],
    ['starts a new one 30 minutes after the last event', { id: t0, lastAt: t0 }, t0 + 30 * min, { id: t0 + 30 * min, lastAt: t0 + 30 * min }],
    ['keeps a long session alive while events keep coming', { id: t0, lastAt: t0 + 100 * min }, t0 + 120 * min, { id: t0, lastAt: t0 + 120 * min }],
    ['starts a new one if the clock went back before the session', { id: t0, lastAt: t0 }, t0 - min, { id: t0 - min, lastAt: t0 - min }],
  ])('%s', (_, current, now, expected) => {
    expect(nextSession(current, now)).toEqual(expected);
  });

  it('uses 30 minutes of inactivity, as GA4 and Plausible do', () => {
    expect(SESSION_TIMEOUT).toBe(30 * min);
  });
});
