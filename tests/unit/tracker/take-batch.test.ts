import { describe, expect, it } from 'vitest';
import { splitBatches, takeBatch } from '../../../packages/tracker/src/take-batch.js';

const sized = (...bytes: number[]) => bytes.map((b, i) => ({ bytes: b, i }));

describe('takeBatch', () => {
  it.each([
    // sizes, maxItems, maxBytes, taken (commas between items count one byte each)
    [[10, 10, 10], 10, 100, 3],
    [[10, 10, 10], 2, 100, 2],
    [[10, 10, 10], 10, 21, 2],
    [[10, 10, 10], 10, 20, 1],
    [[10, 10, 10], 10, 32, 3],
    [[500, 1], 10, 100, 1],
    [[], 10, 100, 0],
  ])('takes from %j (max %i items, %i bytes): %i items', (sizes, maxItems, maxBytes, taken) => {
    expect(takeBatch(sized(...sizes), maxItems, maxBytes)).toHaveLength(taken);
  });

  it('always moves a first item larger than the byte limit, so it cannot block the queue', () => {
    expect(takeBatch(sized(1_000), 10, 100)).toEqual([{ bytes: 1_000, i: 0 }]);
  });
});

describe('splitBatches', () => {
  it('cuts items into consecutive batches, in order, none over the limits', () => {
    const items = sized(...Array.from({ length: 25 }, () => 100));
    const batches = splitBatches(items, 10, 350);
    expect(batches.map((b) => b.length)).toEqual([3, 3, 3, 3, 3, 3, 3, 3, 1]);
    expect(batches.flat()).toEqual(items);
  });
});
