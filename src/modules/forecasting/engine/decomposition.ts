// A series as local level × weekday × promotion × day of month × price effect, fitted by backfitting: the level
// is a centred moving average of the adjusted series, each factor a ratio of sums against it. Cheap (a few O(n)
// passes), robust on intermittent counts, and every factor is shrunk towards the pooled one of all series.
import { censoredZeros } from './censoring.ts';
import type { PooledPriors } from './series-batch.ts';
import type { Tuning } from './tuning.ts';

export interface SeriesCalendar {
  /** Position in the weekly cycle per period (weekday for daily data, 0 for weekly data). */
  season: Uint8Array;
  seasonLength: number;
  /** Day of the month per period (daily data), else null. */
  monthDay: Uint8Array | null;
}

export interface Decomposition {
  censored: Uint8Array;
  /** Level with every factor divided out, per period; NaN where censored. */
  adjusted: Float64Array;
  /** Centred local level per period. */
  localLevel: Float64Array;
  /** Product of all factors per period. */
  factor: Float64Array;
  weekday: Float64Array;
  /** Promotion uplift per weekday (1 = none). */
  promoUplift: Float64Array;
  priceReference: number;
}

export function priceEffect(price: number, reference: number, elasticity: number): number {
  if (!(price > 0) || !(reference > 0)) return 1;
  return Math.min(3, Math.max(0.33, (price / reference) ** elasticity));
}

export function decompose(y: Float64Array, price: Float64Array | null, promo: Float64Array | null, calendar: SeriesCalendar, priors: PooledPriors, tuning: Tuning): Decomposition {
  const n = y.length;
  const { season, seasonLength, monthDay } = calendar;
  const censored = censoredZeros(y, season, seasonLength);
  const baseFactor = new Float64Array(n).fill(1);
  let priceReference = Number.NaN;
  if (price) {
    for (let t = 0; t < n; t++) if ((price[t] as number) > 0) priceReference = price[t] as number;
    let last = priceReference;
    for (let t = n - 1; t >= 0; t--) {
      if ((price[t] as number) > 0) last = price[t] as number;
      baseFactor[t] = priceEffect(last, priceReference, priors.priceElasticity);
    }
  }
  if (monthDay && tuning.monthDay) for (let t = 0; t < n; t++) baseFactor[t]! *= priors.monthDayProfile[monthDay[t] as number] as number;

  const weekday = new Float64Array(seasonLength).fill(1);
  const promoUplift = new Float64Array(seasonLength).fill(1);
  const factor = new Float64Array(n);
  const adjusted = new Float64Array(n);
  const localLevel = new Float64Array(n);
  const half = seasonLength === 7 ? 14 : 4;
  const profileFrom = Math.max(0, n - 364);
  for (let iteration = 0; iteration < 3; iteration++) {
    for (let t = 0; t < n; t++) {
      factor[t] = (baseFactor[t] as number) * (weekday[season[t] as number] as number) * (promo && promo[t] === 1 ? (promoUplift[season[t] as number] as number) : 1);
      adjusted[t] = censored[t] || !((factor[t] as number) > 0) ? Number.NaN : (y[t] as number) / (factor[t] as number);
    }
    centredMean(adjusted, half, localLevel);
    if (seasonLength === 1 && !promo) break;
    // Ratio-of-sums estimates over the last year, then shrinkage towards the pooled profile.
    const sold = new Float64Array(seasonLength);
    const expected = new Float64Array(seasonLength);
    const promoSold = new Float64Array(seasonLength);
    const promoExpected = new Float64Array(seasonLength);
    const promoDays = new Float64Array(seasonLength);
    let units = 0;
    for (let t = profileFrom; t < n; t++) {
      if (censored[t]) continue;
      const s = season[t] as number;
      const base = (localLevel[t] as number) * (baseFactor[t] as number);
      if (!(base > 0)) continue;
      if (promo && promo[t] === 1) {
        promoSold[s]! += y[t] as number;
        promoExpected[s]! += base * (weekday[s] as number);
        promoDays[s]!++;
      } else {
        sold[s]! += y[t] as number;
        expected[s]! += base;
      }
      units += y[t] as number;
    }
    if (seasonLength === 7) {
      const shrink = tuning.weekdayPrior / (units + tuning.weekdayPrior);
      let mean = 0;
      for (let s = 0; s < 7; s++) {
        const own = (expected[s] as number) > 0 ? (sold[s] as number) / (expected[s] as number) : (priors.weekdayProfile[s] as number);
        weekday[s] = (1 - shrink) * own + shrink * (priors.weekdayProfile[s] as number);
        mean += (weekday[s] as number) / 7;
      }
      if (mean > 0) for (let s = 0; s < 7; s++) weekday[s]! /= mean;
    }
    if (promo) {
      for (let s = 0; s < seasonLength; s++) {
        const own = (promoExpected[s] as number) > 0 ? (promoSold[s] as number) / (promoExpected[s] as number) : priors.promoUplift;
        const days = promoDays[s] as number;
        const weight = days > 0 ? days / (days + tuning.promoPrior) : 0;
        promoUplift[s] = weight * own + (1 - weight) * priors.promoUplift;
      }
    }
  }
  return { censored, adjusted, localLevel, factor, weekday, promoUplift, priceReference };
}

/** Mean of the finite values within ±half of each period (prefix sums; NaN where none). */
function centredMean(values: Float64Array, half: number, out: Float64Array): void {
  const n = values.length;
  const sum = new Float64Array(n + 1);
  const count = new Float64Array(n + 1);
  for (let t = 0; t < n; t++) {
    const v = values[t] as number;
    const ok = v === v;
    sum[t + 1] = (sum[t] as number) + (ok ? v : 0);
    count[t + 1] = (count[t] as number) + (ok ? 1 : 0);
  }
  for (let t = 0; t < n; t++) {
    const from = Math.max(0, t - half);
    const to = Math.min(n, t + half + 1);
    const c = (count[to] as number) - (count[from] as number);
    out[t] = c > 0 ? ((sum[to] as number) - (sum[from] as number)) / c : Number.NaN;
  }
}
