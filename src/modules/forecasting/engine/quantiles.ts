// Quantiles of demand around a forecast mean: negative binomial (variance μ + αμ²), exact for small counts where
// the mass at zero matters, and its gamma approximation (Wilson–Hilferty) for large volumes such as turnover.

/** Standard normal quantile (Acklam's rational approximation, |error| < 1.2e-9). */
export function normalQuantile(p: number): number {
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const low = 0.02425;
  if (p < low) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) / ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
  }
  if (p > 1 - low) return -normalQuantile(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q) / (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1);
}

const EXACT_BELOW = 100;

/** Writes the quantiles `levels` of demand with mean `mean` and dispersion `alpha` into out[at …]. */
export function demandQuantiles(mean: number, alpha: number, levels: readonly number[], out: Float64Array, at: number): void {
  if (!(mean > 0)) {
    for (let i = 0; i < levels.length; i++) out[at + i] = 0;
    return;
  }
  if (mean < EXACT_BELOW) {
    countQuantiles(mean, alpha, levels, out, at);
    return;
  }
  // Gamma with the same mean and variance; Wilson–Hilferty cube-root normal approximation of its quantiles.
  const variance = mean + alpha * mean * mean;
  const shape = (mean * mean) / variance;
  for (let i = 0; i < levels.length; i++) {
    const z = normalQuantile(levels[i] as number);
    const cube = 1 - 1 / (9 * shape) + z * Math.sqrt(1 / (9 * shape));
    out[at + i] = Math.max(0, mean * cube * cube * cube);
  }
}

/**
 * Count quantiles, interpolated inside the step of the CDF (a "mid-distribution" quantile): a plain integer
 * quantile would put q10 = q50 = 0 on most slow movers and tell a planner nothing about the spread.
 */
function countQuantiles(mean: number, alpha: number, levels: readonly number[], out: Float64Array, at: number): void {
  const poisson = alpha < 1e-6;
  const r = poisson ? 0 : 1 / alpha;
  const success = poisson ? 0 : r / (r + mean);
  let pmf = poisson ? Math.exp(-mean) : Math.exp(r * Math.log(success));
  let cdfBelow = 0;
  let k = 0;
  let pending = 0;
  const order = levels.map((level, i) => ({ level, i })).sort((x, y) => x.level - y.level);
  while (pending < order.length && k < 100_000) {
    const cdf = cdfBelow + pmf;
    while (pending < order.length && (order[pending]!.level <= cdf || pmf < 1e-300)) {
      const { level, i } = order[pending]!;
      // Spread the step's mass uniformly over [k - 0.5, k + 0.5], floored at zero.
      out[at + i] = Math.max(0, k - 0.5 + (pmf > 0 ? (level - cdfBelow) / pmf : 0.5));
      pending++;
    }
    cdfBelow = cdf;
    pmf = poisson ? (pmf * mean) / (k + 1) : (pmf * (k + r) * (1 - success)) / (k + 1);
    k++;
  }
  for (; pending < order.length; pending++) out[at + order[pending]!.i] = k;
}
