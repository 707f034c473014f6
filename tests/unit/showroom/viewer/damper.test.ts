import { describe, expect, it } from 'vitest';
import { damp, type Damped } from '../../../../packages/showroom/src/viewer/damper.js';

/** Steps `damp` at 60 fps from `x` to `goal`; returns the path and the ms it took to settle. */
function run(x: number, goal: number, decayMs: number, normalization = 1): { path: number[]; settledMs: number } {
  let state: Damped = { x, velocity: 0 };
  const path = [x];
  let ms = 0;
  while (state.x !== goal || state.velocity !== 0) {
    state = damp(state, goal, 16, decayMs, normalization);
    path.push(state.x);
    ms += 16;
    if (ms > 10_000) throw new Error('never settled');
  }
  return { path, settledMs: ms };
}

describe('damp', () => {
  it.each([
    // state, goal, dt, expected: already there, no time, no scale
    [{ x: 5, velocity: 0 }, 5, 16, { x: 5, velocity: 0 }],
    [{ x: 0, velocity: 0 }, 10, 0, { x: 0, velocity: 0 }],
    [{ x: 0, velocity: 0 }, 10, -5, { x: 0, velocity: 0 }],
  ])('leaves %o with goal %d after %d ms as %o', (state, goal, dt, expected) => {
    expect(damp(state, goal, dt, 60)).toEqual(expected);
  });

  it.each([
    // from, goal, decay ms, normalization, settles within ms
    [0, 180, 60, 90, 700],
    [0, -45, 60, 90, 700],
    [4, 2, 60, 1, 700],
    [0, 1, 200, 1, 2_000],
  ])('moves from %d to %d (decay %d ms) without overshoot and settles', (from, goal, decay, normalization, within) => {
    const { path, settledMs } = run(from, goal, decay, normalization);
    expect(path.at(-1)).toBe(goal);
    expect(settledMs).toBeLessThanOrEqual(within);
    const sign = Math.sign(goal - from);
    for (let i = 1; i < path.length; i++) {
      expect(sign * (path[i]! - path[i - 1]!), 'monotonic').toBeGreaterThanOrEqual(0);
      expect(sign * (goal - path[i]!), 'never past the goal').toBeGreaterThanOrEqual(0);
    }
  });

  it('eases: the first step is a small share of the way, the middle steps larger', () => {
    const { path } = run(0, 100, 60);
    expect(path[1]!).toBeLessThan(25);
    expect(path[3]! - path[2]!).toBeGreaterThan(path[1]! - path[0]! - 1e-9);
  });

  it('keeps its velocity when the goal changes mid-move', () => {
    const moving = damp({ x: 0, velocity: 0 }, 100, 16, 60);
    const redirected = damp(moving, 0, 16, 60);
    expect(redirected.x).toBeGreaterThan(moving.x); // still carried forward by its speed
  });
});
