import { describe, expect, it } from 'vitest';
import { isShowroomEvent } from '../../../../packages/contracts/src/events/is-showroom-event.js';

describe('isShowroomEvent', () => {
  it.each([
    ['Quiz Answered', true],
    ['Shared', true],
    ['Engaged Time', true],
    // Other clients' events, and near misses: never one of the showroom's.
    ['Product Added', false],
    ['quiz answered', false],
    ['Quiz  Answered', false],
    ['', false],
    // Names an object has through its prototype are not events.
    ['constructor', false],
    ['toString', false],
    ['__proto__', false],
    [null, false],
    [undefined, false],
  ] as const)('says whether %j is a showroom event (%s)', (name, expected) => {
    expect(isShowroomEvent(name)).toBe(expected);
  });
});
