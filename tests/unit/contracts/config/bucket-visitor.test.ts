import { describe, expect, it } from 'vitest';
import { bucketVisitor } from '../../../../packages/contracts/src/config/bucket-visitor.js';
import type { Experiment } from '../../../../packages/contracts/src/config/showroom-config.js';

const experiment = (id: string, ...weights: number[]): Experiment => ({
  id,
  arms: weights.map((weight, i) => ({ id: `arm-${i}`, weight })),
});
const visitors = Array.from({ length: 20_000 }, (_, i) => `visitor-${i}`);

describe('bucketVisitor', () => {
  it('gives the same visitor the same arm every time', () => {
    const test = experiment('cta-wording', 50, 50);
    for (const id of visitors.slice(0, 200)) {
      expect(bucketVisitor(id, test)).toBe(bucketVisitor(id, test));
      expect(bucketVisitor(id, structuredClone(test)).id).toBe(bucketVisitor(id, test).id);
    }
  });

  it('keeps visitors in their arms across releases (fixed ids, fixed arms)', () => {
    const test = experiment('cta-wording', 50, 50);
    expect(['a', 'b', 'c', 'd', 'e', 'f'].map((id) => bucketVisitor(id, test).id)).toEqual(['arm-0', 'arm-1', 'arm-1', 'arm-0', 'arm-1', 'arm-1']);
  });

  it.each([
    [[50, 50]],
    [[80, 20]],
    [[1, 1, 1]],
    [[10, 30, 60]],
  ])('fills arms weighted %j in proportion, within 2 points over 20,000 visitors', (weights) => {
    const test = experiment('uniformity', ...weights);
    const counts = new Map<string, number>();
    for (const id of visitors) {
      const arm = bucketVisitor(id, test).id;
      counts.set(arm, (counts.get(arm) ?? 0) + 1);
    }
    const total = weights.reduce((sum, weight) => sum + weight, 0);
    weights.forEach((weight, i) => {
      expect(Math.abs((counts.get(`arm-${i}`) ?? 0) / visitors.length - weight / total)).toBeLessThan(0.02);
    });
  });

  it('buckets the same visitor independently in different experiments', () => {
    const a = experiment('headline', 50, 50);
    const b = experiment('price-badge', 50, 50);
    const same = visitors.filter((id) => bucketVisitor(id, a).id === bucketVisitor(id, b).id).length;
    expect(Math.abs(same / visitors.length - 0.5)).toBeLessThan(0.02);
  });

  it('never picks an arm that has almost no weight for most visitors', () => {
    const test = experiment('tiny', 999, 0.001);
    expect(visitors.filter((id) => bucketVisitor(id, test).id === 'arm-1').length).toBeLessThan(5);
  });
});
