import { describe, expect, it } from 'vitest';
import { createEngagedTimer } from '../../../../packages/showroom/src/reporting/engaged-timer.js';

describe('createEngagedTimer (the tracker’s rule, mirrored)', () => {
  it.each([
    ['one interaction counts its 5 s window', [['interact', 0]], 10_000, 5_000],
    ['windows that overlap count once', [['interact', 0], ['interact', 2_000]], 10_000, 7_000],
    ['nothing counts while inactive', [['inactive', 1_000], ['interact', 2_000]], 10_000, 1_000],
  ] as const)('%s', (_, steps, at, expected) => {
    const timer = createEngagedTimer();
    timer.setActive(0, true);
    // The first step of "inactive" needs an interaction before it to count anything.
    if (steps[0]![0] === 'inactive') timer.interact(0);
    for (const [what, now] of steps) (what === 'interact' ? timer.interact(now) : timer.setActive(now, false));
    expect(timer.take(at)).toBe(expected);
    expect(timer.take(at + 1_000)).toBe(0);
  });
});
