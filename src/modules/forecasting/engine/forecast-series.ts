// One series' forecast: level at the origin × last year's seasonal movement × weekday, promotion, day-of-month and
// price effects of each future period; quantiles from a negative binomial around it.
import { dayOfMonth, weekdayOf } from './calendar.ts';
import { type Decomposition, decompose, priceEffect, type SeriesCalendar } from './decomposition.ts';
import { demandQuantiles } from './quantiles.ts';
import type { ForecastSettings, PooledPriors } from './series-batch.ts';
import type { Tuning } from './tuning.ts';

export interface SeriesView {
  quantity: Float64Array;
  price: Float64Array | null;
  promo: Float64Array | null;
  futurePrice: Float64Array | null;
  futurePromo: Float64Array | null;
}

/** Periods of history a fit looks at: enough for two yearly cycles plus the level window. */
const FIT_WINDOW = { day: 2 * 364 + 120, week: 3 * 52 };

export function seriesCalendar(length: number, settings: ForecastSettings): SeriesCalendar {
  const daily = settings.frequency === 'day';
  const season = new Uint8Array(length);
  const monthDay = daily ? new Uint8Array(length) : null;
  if (daily && monthDay) {
    const first = settings.originDay - (length - 1);
    let weekday = weekdayOf(first);
    let dom = dayOfMonth(first);
    for (let t = 0; t < length; t++) {
      season[t] = weekday;
      monthDay[t] = dom;
      weekday = weekday === 6 ? 0 : weekday + 1;
      dom = dom >= 28 ? dayOfMonth(first + t + 1) : dom + 1;
    }
  }
  return { season, seasonLength: daily ? 7 : 1, monthDay };
}

export function forecastSeries(view: SeriesView, settings: ForecastSettings, priors: PooledPriors, tuning: Tuning, out: Float64Array, at: number): Decomposition | null {
  const { horizon, quantiles } = settings;
  const columns = 1 + quantiles.length;
  const daily = settings.frequency === 'day';
  const from = Math.max(0, view.quantity.length - FIT_WINDOW[settings.frequency]);
  const y = view.quantity.subarray(from);
  const n = y.length;
  if (n === 0 || y.every((v) => v === 0)) {
    out.fill(0, at, at + horizon * columns);
    return null;
  }
  const calendar = seriesCalendar(n, settings);
  const fit = decompose(y, view.price?.subarray(from) ?? null, view.promo?.subarray(from) ?? null, calendar, priors, tuning);
  const halfLife = daily ? tuning.levelHalfLifeDays : tuning.levelHalfLifeWeeks;
  const level = weightedLevel(fit.adjusted, n - 1, halfLife);
  const period = daily ? 364 : 52;
  const yearly = yearlyFactors(fit.adjusted, n, horizon, period, halfLife, daily ? 3 : 0, daily ? tuning.yearlyWeightDays : tuning.yearlyWeightWeeks);
  // Weekly data lean on last year's weeks; the growth since then is noisy, so only part of it is believed.
  const lastYearLevel = daily || yearly.every((f) => f === 1) ? level : weightedLevel(fit.adjusted, n - 1 - period, halfLife);
  const growth = lastYearLevel > 0 && level > 0 ? (level / lastYearLevel) ** (tuning.growthWeightWeeks - 1) : 1;
  const alpha = dispersion(y, fit, priors) * tuning.dispersionInflation;
  const promoRate = view.promo ? recentMean(view.promo, 28) : 0;

  for (let h = 1; h <= horizon; h++) {
    const day = settings.originDay + h * (daily ? 1 : 7);
    const s = daily ? weekdayOf(day) : 0;
    const promoFlag = view.futurePromo ? (view.futurePromo[h - 1] as number) : Number.NaN;
    const promoChance = promoFlag === promoFlag ? promoFlag : promoRate;
    let mean = level * growth * (yearly[h - 1] as number) * (fit.weekday[s] as number) * (1 + promoChance * ((fit.promoUplift[s] as number) - 1));
    if (daily && tuning.monthDay) mean *= priors.monthDayProfile[dayOfMonth(day)] as number;
    const futurePrice = view.futurePrice ? (view.futurePrice[h - 1] as number) : Number.NaN;
    if (futurePrice > 0) mean *= priceEffect(futurePrice, fit.priceReference, priors.priceElasticity);
    if (!(mean > 0) || !Number.isFinite(mean)) mean = 0;
    const cell = at + (h - 1) * columns;
    out[cell] = mean;
    if (quantiles.length > 0) demandQuantiles(mean, alpha, quantiles, out, cell + 1);
  }
  return fit;
}

/** Exponentially weighted mean of the finite values ending at `end`, over about four half-lives. */
export function weightedLevel(adjusted: Float64Array, end: number, halfLife: number): number {
  const decay = 0.5 ** (1 / halfLife);
  let weight = 1;
  let sum = 0;
  let total = 0;
  for (let t = end; t >= 0 && t > end - 4 * halfLife; t--, weight *= decay) {
    const v = adjusted[t] as number;
    if (v === v) {
      sum += weight * v;
      total += weight;
    }
  }
  return total > 0 ? sum / total : 0;
}

/**
 * Last year's movement from the origin to each horizon period: level around (target − a year) over the level at
 * (origin − a year), dampened by `weight` (0 ignores it); 1 without a year of history.
 */
function yearlyFactors(adjusted: Float64Array, n: number, horizon: number, period: number, halfLife: number, radius: number, weight: number): Float64Array {
  const factors = new Float64Array(horizon).fill(1);
  if (weight === 0) return factors;
  const years: number[] = [];
  for (let k = 1; k <= 2; k++) if (n - 1 - k * period - 2 * halfLife >= 0 && n - 1 - k * period + horizon + radius < n) years.push(k);
  if (years.length === 0) return factors;
  for (let h = 1; h <= horizon; h++) {
    let ratio = 0;
    let used = 0;
    for (const k of years) {
      const base = weightedLevel(adjusted, n - 1 - k * period, halfLife);
      let sum = 0;
      let count = 0;
      for (let t = n - 1 - k * period + h - radius; t <= n - 1 - k * period + h + radius; t++) {
        const v = adjusted[t] as number;
        if (v === v) {
          sum += v;
          count++;
        }
      }
      if (base > 0 && count > 0) {
        ratio += sum / count / base;
        used++;
      }
    }
    if (used > 0) factors[h - 1] = Math.min(5, Math.max(0.2, ratio / used)) ** weight;
  }
  return factors;
}

/** Negative-binomial α from the last year's in-sample errors, shrunk towards the pooled α. */
function dispersion(y: Float64Array, fit: Decomposition, priors: PooledPriors): number {
  let excess = 0;
  let scale = 0;
  let count = 0;
  for (let t = Math.max(0, y.length - 364); t < y.length; t++) {
    if (fit.censored[t]) continue;
    const mean = (fit.localLevel[t] as number) * (fit.factor[t] as number);
    if (!(mean > 0)) continue;
    const error = (y[t] as number) - mean;
    excess += error * error - mean;
    scale += mean * mean;
    count++;
  }
  const own = scale > 0 ? Math.max(0, excess / scale) : priors.dispersion;
  const weight = count / (count + 60);
  return weight * own + (1 - weight) * priors.dispersion;
}

function recentMean(values: Float64Array, periods: number): number {
  let sum = 0;
  const from = Math.max(0, values.length - periods);
  for (let t = from; t < values.length; t++) sum += values[t] as number;
  return values.length > from ? sum / (values.length - from) : 0;
}
