import { describe, expect, it } from 'vitest';
import { alwaysValidComparison, type ArmSample } from '../../../../packages/collector/src/metrics/always-valid-comparison.js';

/** mulberry32: a seeded generator, so that every run simulates the same experiments. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A day's visitors of one arm: each converts with `rate` and then spends a log-normal amount around `order`. */
function visitDay(arm: ArmSample, visitors: number, rate: number, order: number, rand: () => number, revenue: boolean): void {
  for (let i = 0; i < visitors; i++) {
    if (rand() >= rate) continue;
    // Box-Muller: a standard normal, for a log-normal order value with σ = 0.6.
    const x = revenue ? order * Math.exp(0.6 * Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand()) - 0.18) : 1;
    arm.sum += x;
    arm.sumSquares += x * x;
  }
  arm.n += visitors;
}

interface Simulation {
  experiments: number;
  days: number;
  visitorsPerDay: number;
  rate: number;
  /** The treatment's multiplier on the conversion rate (1: an A/A experiment). */
  lift: number;
  revenue: boolean;
  /** The verdict read after each day: true when it says "significant". */
  verdict: (baseline: ArmSample, treatment: ArmSample) => boolean;
}

/** The share of experiments found significant at one daily look or more. */
function everSignificant({ experiments, days, visitorsPerDay, rate, lift, revenue, verdict }: Simulation, seed: number): number {
  const rand = random(seed);
  let found = 0;
  for (let e = 0; e < experiments; e++) {
    const a: ArmSample = { n: 0, sum: 0, sumSquares: 0 };
    const b: ArmSample = { n: 0, sum: 0, sumSquares: 0 };
    for (let day = 0; day < days; day++) {
      visitDay(a, visitorsPerDay, rate, 80, rand, revenue);
      visitDay(b, visitorsPerDay, rate * lift, 80, rand, revenue);
      if (verdict(a, b)) {
        found++;
        break;
      }
    }
  }
  return found / experiments;
}

const mSprt = (a: ArmSample, b: ArmSample) => alwaysValidComparison(a, b)?.significant ?? false;
/** The fixed-horizon two-proportion z-test (pooled) the dashboard used before, at p < 0.05. */
function zTest(a: ArmSample, b: ArmSample): boolean {
  const pooled = (a.sum + b.sum) / (a.n + b.n);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / a.n + 1 / b.n));
  return se > 0 && Math.abs(b.sum / b.n - a.sum / a.n) / se > 1.959964;
}

describe('alwaysValidComparison', () => {
  it('keeps 2,000 A/A conversion experiments, each read after every day for 30 days, at or below 5 % false positives', () => {
    const aa = { experiments: 2_000, days: 30, visitorsPerDay: 200, rate: 0.05, lift: 1, revenue: false };
    const rate = everSignificant({ ...aa, verdict: mSprt }, 1);
    expect(rate).toBeLessThanOrEqual(0.05);
    // The same peeking with the fixed-horizon z-test the dashboard used before: the harness sees
    // what this test guards against.
    expect(everSignificant({ ...aa, verdict: zTest }, 1)).toBeGreaterThan(0.15);
  });

  it('keeps 2,000 A/A revenue-per-visitor experiments, heavy-tailed orders included, at or below 5 %', () => {
    const rate = everSignificant({ experiments: 2_000, days: 30, visitorsPerDay: 200, rate: 0.05, lift: 1, revenue: true, verdict: mSprt }, 2);
    expect(rate).toBeLessThanOrEqual(0.05);
  });

  it('finds a +20 % revenue-per-visitor effect within 30 days of 1,000 visitors a day per arm in 80 % of experiments or more', () => {
    const power = everSignificant({ experiments: 500, days: 30, visitorsPerDay: 1_000, rate: 0.05, lift: 1.2, revenue: true, verdict: mSprt }, 3);
    expect(power).toBeGreaterThanOrEqual(0.8);
  });

  it('gives no verdict before each arm has 100 visitors', () => {
    expect(alwaysValidComparison({ n: 99, sum: 5, sumSquares: 5 }, { n: 500, sum: 100, sumSquares: 100 })).toBeNull();
  });

  it('holds its interval and its p-value to the same verdict', () => {
    const result = alwaysValidComparison({ n: 5_000, sum: 250, sumSquares: 250 }, { n: 5_000, sum: 320, sumSquares: 320 })!;
    expect(result.difference).toBeCloseTo(0.014, 6);
    expect(result.significant).toBe(result.pValue <= 0.05);
    expect(result.interval[0]).toBeLessThan(result.difference);
  });
});
