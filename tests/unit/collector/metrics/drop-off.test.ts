import { describe, expect, it } from 'vitest';
import { dropOff } from '../../../../packages/collector/src/metrics/drop-off.js';

describe('dropOff', () => {
  it.each<[number, number | undefined, number | null]>([
    [30, 40, 0.25], // 40 started, 30 answered: 1 - 30/40 = 10/40
    [40, 40, 0],
    [0, 8, 1],
    [5, undefined, null], // the first step has no previous one
    [0, 0, null], // nobody reached the previous step
  ])('%d sessions after %s is %s', (sessions, previous, expected) => {
    expect(dropOff(sessions, previous)).toBe(expected);
  });
});
