import { normalCdf } from './normal-cdf.js';

/**
 * Two-sided two-proportion z-test with the pooled proportion (the test A/B tools report):
 * p = (x1 + x2) / (n1 + n2), se = √(p(1-p)(1/n1 + 1/n2)), z = (x2/n2 - x1/n1) / se,
 * pValue = 2(1 - Φ(|z|)). Null when a group is empty or se is 0 (both rates 0 or both 1).
 */
export function twoProportionZTest(x1: number, n1: number, x2: number, n2: number): { z: number; pValue: number } | null {
  if (n1 === 0 || n2 === 0) return null;
  const pooled = (x1 + x2) / (n1 + n2);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  if (se === 0) return null;
  const z = (x2 / n2 - x1 / n1) / se;
  return { z, pValue: Math.min(1, 2 * (1 - normalCdf(Math.abs(z)))) };
}
