// The statistics the anomaly checks stand on, pure: median, MAD and the robust z-score (outliers do not move the
// yardstick they are measured by, as a mean and standard deviation would), exact binomial and Poisson tails for
// counts, and the normal quantile that turns a tail probability into a z-equivalent score.

/** MAD × 1.4826 estimates the standard deviation of normal data (1 / Φ⁻¹(0.75)). */
export const MAD_TO_SIGMA = 1.4826;
/** Mean absolute deviation × 1.2533 (√(π/2)) estimates it too: the fallback when more than half the values tie. */
export const MEAN_AD_TO_SIGMA = 1.2533;

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Median absolute deviation from the median. */
export function mad(values: readonly number[]): number {
  const centre = median(values);
  return median(values.map((v) => Math.abs(v - centre)));
}

/** A robust location and spread (σ-equivalent); spread 0 when every value is the same. */
export function robustScale(values: readonly number[]): { centre: number; spread: number } {
  const centre = median(values);
  const byMad = MAD_TO_SIGMA * mad(values);
  if (byMad > 0) return { centre, spread: byMad };
  const meanAd = values.reduce((sum, v) => sum + Math.abs(v - centre), 0) / values.length;
  return { centre, spread: MEAN_AD_TO_SIGMA * meanAd };
}

/** (x − centre) ÷ spread; null when the spread is 0 (nothing to measure against). */
export function robustZ(x: number, scale: { centre: number; spread: number }): number | null {
  return scale.spread > 0 ? (x - scale.centre) / scale.spread : null;
}

function logChoose(n: number, k: number): number {
  let sum = 0;
  const smaller = Math.min(k, n - k);
  for (let i = 1; i <= smaller; i += 1) sum += Math.log(n - smaller + i) - Math.log(i);
  return sum;
}

/** P(X ≥ k) for X ~ Binomial(n, p), summed exactly term by term from k upwards (in log space, no overflow). */
export function binomialUpperTail(k: number, n: number, p: number): number {
  if (k <= 0) return 1;
  if (k > n) return 0;
  if (p <= 0) return 0;
  if (p >= 1) return 1;
  const logFirst = logChoose(n, k) + k * Math.log(p) + (n - k) * Math.log1p(-p);
  // Σ_{i≥k} pmf(i) / pmf(k): each term is the previous × (n − i)/(i + 1) × p/(1 − p).
  const odds = p / (1 - p);
  let term = 1;
  let sum = 1;
  for (let i = k; i < n; i += 1) {
    term *= ((n - i) / (i + 1)) * odds;
    sum += term;
    if (term < sum * 1e-17) break;
  }
  return Math.min(1, Math.exp(logFirst + Math.log(sum)));
}

/** P(X = 0) for X ~ Poisson(λ): the chance of no event where λ were expected. */
export function poissonZero(lambda: number): number {
  return Math.exp(-Math.max(0, lambda));
}

/**
 * Φ⁻¹(q), the standard normal quantile (Acklam's rational approximation, relative error below 1.2e-9, computed
 * from the nearer tail so that tiny tail probabilities keep their precision).
 */
export function normalQuantile(q: number): number {
  if (q <= 0) return Number.NEGATIVE_INFINITY;
  if (q >= 1) return Number.POSITIVE_INFINITY;
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239] as const;
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572] as const;
  const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783] as const;
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416] as const;
  const tail = (r: number) => {
    const s = Math.sqrt(-2 * Math.log(r));
    return (((((c[0] * s + c[1]) * s + c[2]) * s + c[3]) * s + c[4]) * s + c[5]) / ((((d[0] * s + d[1]) * s + d[2]) * s + d[3]) * s + 1);
  };
  if (q < 0.02425) return tail(q);
  if (q > 1 - 0.02425) return -tail(1 - q);
  const r = q - 0.5;
  const s = r * r;
  return ((((((a[0] * s + a[1]) * s + a[2]) * s + a[3]) * s + a[4]) * s + a[5]) * r) / (((((b[0] * s + b[1]) * s + b[2]) * s + b[3]) * s + b[4]) * s + 1);
}

/** The z of a one-sided upper-tail probability: the normal score as rare as `p` (p = 0.01 → 2.326). */
export function zOfTail(p: number): number {
  return -normalQuantile(Math.max(p, Number.MIN_VALUE));
}
