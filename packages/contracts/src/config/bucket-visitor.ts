import type { Arm, Experiment } from './showroom-config.js';

// Pure: a bundle that never buckets (the dashboard) drops it.
const encoder = /* @__PURE__ */ new TextEncoder();

/**
 * The arm of `experiment` a visitor sees. Deterministic: the same anonymousId always gets the same
 * arm, on any device or server that runs this function. `${experiment.id}:${anonymousId}` is hashed
 * (FNV-1a over UTF-8, then murmur3's finaliser so that ids differing in one character spread over
 * the whole range), mapped to [0, 1) and then to the arms by cumulative weight. The hash is uniform,
 * so arms fill in proportion to their weights (a test checks 20,000 ids within 2 points), and
 * including the experiment id makes the arms of different experiments independent.
 * Expects a validated experiment (at least one arm, weights > 0).
 */
export function bucketVisitor(anonymousId: string, experiment: Experiment): Arm {
  const point = hash(`${experiment.id}:${anonymousId}`) / 2 ** 32;
  const total = experiment.arms.reduce((sum, arm) => sum + arm.weight, 0);
  let cumulative = 0;
  for (const arm of experiment.arms) {
    cumulative += arm.weight / total;
    if (point < cumulative) return arm;
  }
  // Rounding can leave the sum of the shares a hair under 1.
  const last = experiment.arms.at(-1);
  if (!last) throw new RangeError(`Experiment "${experiment.id}" has no arms`);
  return last;
}

/** 32-bit FNV-1a (http://www.isthe.com/chongo/tech/comp/fnv/) followed by murmur3's fmix32. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (const byte of encoder.encode(text)) h = Math.imul(h ^ byte, 0x01000193);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
