/** Anything that knows its own serialized size. */
export interface Sized {
  bytes: number;
}

/**
 * The longest prefix of `items` holding at most `maxItems` and at most `maxBytes` bytes once
 * joined with commas. Always takes the first item, so one item larger than `maxBytes` still moves.
 */
export function takeBatch<T extends Sized>(items: readonly T[], maxItems: number, maxBytes: number): T[] {
  let bytes = 0;
  let n = 0;
  while (n < items.length && n < maxItems) {
    const next = bytes + items[n]!.bytes + (n > 0 ? 1 : 0);
    if (n > 0 && next > maxBytes) break;
    bytes = next;
    n++;
  }
  return items.slice(0, n);
}

/** `items` cut into consecutive batches, each as `takeBatch` would take it. */
export function splitBatches<T extends Sized>(items: readonly T[], maxItems: number, maxBytes: number): T[][] {
  const batches: T[][] = [];
  for (let rest = items; rest.length > 0; ) {
    const batch = takeBatch(rest, maxItems, maxBytes);
    batches.push(batch);
    rest = rest.slice(batch.length);
  }
  return batches;
}
