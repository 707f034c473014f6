import { describe, expect, it } from 'vitest';
import { createEngagedTimer } from '../../../packages/tracker/src/engaged-timer.js';

type Step = ['active' | 'idle' | 'interact', number];

function run(steps: Step[], end: number): number {
  const timer = createEngagedTimer(5_000);
  for (const [what, at] of steps) {
    if (what === 'interact') timer.interact(at);
    else timer.setActive(at, what === 'active');
  }
  return timer.take(end);
}

describe('createEngagedTimer', () => {
  it.each<[string, Step[], number, number]>([
    ['counts nothing without an interaction', [['active', 0]], 60_000, 0],
    ['counts 5 s after one interaction', [['active', 0], ['interact', 1_000]], 60_000, 5_000],
    ['counts up to now inside the window', [['active', 0], ['interact', 1_000]], 3_000, 2_000],
    ['joins overlapping windows', [['active', 0], ['interact', 0], ['interact', 3_000]], 60_000, 8_000],
    ['adds separate windows', [['active', 0], ['interact', 0], ['interact', 20_000]], 60_000, 10_000],
    ['stops counting when the page is hidden or blurred', [['active', 0], ['interact', 0], ['idle', 2_000]], 60_000, 2_000],
    ['ignores interactions while hidden', [['idle', 0], ['interact', 1_000]], 60_000, 0],
    ['needs a new interaction after coming back', [['active', 0], ['interact', 0], ['idle', 1_000], ['active', 2_000]], 60_000, 1_000],
  ])('%s', (_, steps, end, ms) => {
    expect(run(steps, end)).toBe(ms);
  });

  it('starts again from zero after take()', () => {
    const timer = createEngagedTimer(5_000);
    timer.setActive(0, true);
    timer.interact(0);
    expect(timer.take(2_000)).toBe(2_000);
    expect(timer.take(10_000)).toBe(3_000);
    expect(timer.take(20_000)).toBe(0);
  });
});
