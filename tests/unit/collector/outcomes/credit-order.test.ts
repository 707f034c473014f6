import { describe, expect, it } from 'vitest';
import { creditOrder, DEFAULT_WINDOW_MS, type ShowroomTouch } from '../../../../packages/collector/src/outcomes/credit-order.js';

const DAY = 24 * 3_600_000;
const touch = (showroom: string, at: number): ShowroomTouch => ({ visitor: 'v', start: at, showroom, at, channel: 'Direct', modules: ['sense'], arms: {} });

describe('creditOrder', () => {
  it('credits the last showroom touch before the order', () => {
    const touches = [touch('chair', 1 * DAY), touch('lamp', 3 * DAY), touch('sofa', 2 * DAY)];
    expect(creditOrder(4 * DAY, touches)?.showroom).toBe('lamp');
  });

  it('never credits a touch after the order', () => {
    expect(creditOrder(2 * DAY, [touch('chair', 1 * DAY), touch('lamp', 3 * DAY)])?.showroom).toBe('chair');
  });

  it('credits a touch exactly 30 days old by default, and none a millisecond older', () => {
    expect(creditOrder(DEFAULT_WINDOW_MS, [touch('chair', 0)])?.showroom).toBe('chair');
    expect(creditOrder(DEFAULT_WINDOW_MS + 1, [touch('chair', 0)])).toBeUndefined();
  });

  it('takes the window it is given', () => {
    expect(creditOrder(8 * DAY, [touch('chair', 0)], 7 * DAY)).toBeUndefined();
    expect(creditOrder(8 * DAY, [touch('chair', 2 * DAY)], 7 * DAY)?.showroom).toBe('chair');
  });

  it('credits nothing for a visitor without a touch', () => {
    expect(creditOrder(DAY, [])).toBeUndefined();
  });
});
