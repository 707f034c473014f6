import { describe, expect, it } from 'vitest';
import { differenceInterval } from '../../../../packages/collector/src/metrics/difference-interval.js';

describe('differenceInterval', () => {
  it('gives 0.13 - 0.10 with its unpooled 95 % Wald interval', () => {
    // se = √(0.1 · 0.9 / 1000 + 0.13 · 0.87 / 1000) = √0.0002031 = 0.0142513;
    // margin = 1.959964 · 0.0142513 = 0.027932; 0.03 ± 0.027932 = [0.002068, 0.057932].
    const result = differenceInterval(100, 1000, 130, 1000)!;
    expect(result.difference).toBeCloseTo(0.03, 10);
    expect(result.interval[0]).toBeCloseTo(0.002068, 6);
    expect(result.interval[1]).toBeCloseTo(0.057932, 6);
  });

  it('has no answer when a group is empty', () => {
    expect(differenceInterval(3, 10, 0, 0)).toBeNull();
  });
});
