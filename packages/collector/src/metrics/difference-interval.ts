/** z for a two-sided 95 % interval. */
const Z_95 = 1.959964;

/**
 * The difference of two proportions, x2/n2 - x1/n1, with its 95 % Wald interval from the
 * unpooled standard error √(p1(1-p1)/n1 + p2(1-p2)/n2). Null when a group is empty.
 */
export function differenceInterval(x1: number, n1: number, x2: number, n2: number): { difference: number; interval: [number, number] } | null {
  if (n1 === 0 || n2 === 0) return null;
  const p1 = x1 / n1;
  const p2 = x2 / n2;
  const margin = Z_95 * Math.sqrt((p1 * (1 - p1)) / n1 + (p2 * (1 - p2)) / n2);
  const difference = p2 - p1;
  return { difference, interval: [difference - margin, difference + margin] };
}
