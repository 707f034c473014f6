/**
 * P(X ≥ chiSquare) for a chi-square distribution with `df` degrees of freedom: the regularized
 * upper incomplete gamma function Q(df/2, chiSquare/2), by its series below a + 1 and its
 * continued fraction above (Numerical Recipes `gammq`).
 */
export function chiSquarePValue(chiSquare: number, df: number): number {
  if (!(df > 0)) throw new RangeError(`df must be positive, not ${df}`);
  if (chiSquare <= 0) return 1;
  const a = df / 2;
  const x = chiSquare / 2;
  const front = Math.exp(-x + a * Math.log(x) - logGamma(a));
  if (x < a + 1) {
    // P(a, x) = e^-x x^a / Γ(a) · Σ x^n / (a (a+1) ... (a+n))
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n < 500 && Math.abs(term) > Math.abs(sum) * 1e-15; n++) {
      term *= x / (a + n);
      sum += term;
    }
    return Math.max(0, 1 - sum * front);
  }
  // Lentz's method for the continued fraction of Q(a, x).
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 500; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-15) break;
  }
  return Math.min(1, front * h);
}

/** ln Γ(x) for x > 0 (Lanczos, g = 7, nine coefficients; relative error about 1e-15). */
function logGamma(x: number): number {
  const g = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  let sum = g[0]!;
  for (let i = 1; i < 9; i++) sum += g[i]! / (x - 1 + i);
  const t = x - 1 + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (x - 0.5) * Math.log(t) - t + Math.log(sum);
}
