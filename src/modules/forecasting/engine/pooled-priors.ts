// Pooling across series: the weekday shape, day-of-month shape, promotion uplift, price elasticity and error
// dispersion estimated over (a sample of) all series of the run. Each series' own estimate is shrunk towards
// these, so a short or sparse series borrows the shape of the others instead of fitting its own noise.
import { decompose } from './decomposition.ts';
import { seriesCalendar } from './forecast-series.ts';
import type { ForecastSettings, PooledPriors, SeriesBatch } from './series-batch.ts';
import type { Tuning } from './tuning.ts';

/** Enough series for stable shapes, few enough to take well under a second. */
const SAMPLE = 1500;
const WINDOW = { day: 2 * 364, week: 3 * 52 };

export const NEUTRAL_PRIORS: PooledPriors = {
  weekdayProfile: new Float64Array(7).fill(1),
  monthDayProfile: new Float64Array(32).fill(1),
  promoUplift: 1,
  priceElasticity: 0,
  dispersion: 0.2,
};

export function estimatePriors(batch: SeriesBatch, settings: ForecastSettings, tuning: Tuning): PooledPriors {
  const count = batch.names.length;
  const stride = Math.max(1, count / SAMPLE);
  const weekday = new Float64Array(7);
  let weekdayWeight = 0;
  const domSold = new Float64Array(32);
  const domExpected = new Float64Array(32);
  let promoSum = 0;
  let promoWeight = 0;
  let elasticitySum = 0;
  let elasticityWeight = 0;
  const dispersions: number[] = [];
  const neutral = { ...tuning, monthDay: false, weekdayPrior: 0, promoPrior: 0 };

  for (let pick = 0; pick < count; pick += stride) {
    const s = Math.floor(pick);
    const start = batch.offsets[s] as number;
    const end = batch.offsets[s + 1] as number;
    const from = Math.max(start, end - WINDOW[settings.frequency]);
    const y = batch.quantity.subarray(from, end);
    let units = 0;
    for (const v of y) units += v;
    if (units === 0 || y.length < 14) continue;
    const calendar = seriesCalendar(y.length, settings);
    const promo = batch.promo?.subarray(from, end) ?? null;
    const price = batch.price?.subarray(from, end) ?? null;
    const fit = decompose(y, price, promo, calendar, NEUTRAL_PRIORS, neutral);
    const weight = Math.min(units, 5000);
    if (settings.frequency === 'day') {
      for (let d = 0; d < 7; d++) weekday[d]! += weight * (fit.weekday[d] as number);
      weekdayWeight += weight;
      for (let t = 0; t < y.length; t++) {
        const expected = (fit.localLevel[t] as number) * (fit.factor[t] as number);
        if (fit.censored[t] || !(expected > 0)) continue;
        domSold[calendar.monthDay![t] as number]! += y[t] as number;
        domExpected[calendar.monthDay![t] as number]! += expected;
      }
    }
    if (promo) {
      let uplift = 0;
      for (const u of fit.promoUplift) uplift += u / fit.promoUplift.length;
      promoSum += weight * uplift;
      promoWeight += weight;
    }
    if (price) {
      const event = priceChangeResponse(fit.adjusted, price);
      if (event) {
        elasticitySum += weight * event.elasticity * event.strength;
        elasticityWeight += weight * event.strength;
      }
    }
    dispersions.push(inSampleDispersion(y, fit.localLevel, fit.factor, fit.censored));
  }

  const weekdayProfile = new Float64Array(7).fill(1);
  if (weekdayWeight > 0) for (let d = 0; d < 7; d++) weekdayProfile[d] = (weekday[d] as number) / weekdayWeight;
  const monthDayProfile = new Float64Array(32).fill(1);
  for (let d = 1; d <= 31; d++) if ((domExpected[d] as number) > 0) monthDayProfile[d] = (domSold[d] as number) / (domExpected[d] as number);
  dispersions.sort((a, b) => a - b);
  return {
    weekdayProfile,
    monthDayProfile,
    promoUplift: promoWeight > 0 ? promoSum / promoWeight : 1,
    priceElasticity: elasticityWeight > 0 ? Math.min(0, Math.max(-4, elasticitySum / elasticityWeight)) : 0,
    dispersion: dispersions.length > 0 ? (dispersions[dispersions.length >> 1] as number) : NEUTRAL_PRIORS.dispersion,
  };
}

/** Sales response to the series' price changes: mean log change of adjusted sales over 4 weeks after vs before. */
function priceChangeResponse(adjusted: Float64Array, price: Float64Array): { elasticity: number; strength: number } | null {
  const span = 28;
  let sum = 0;
  let strength = 0;
  for (let t = span; t + span <= price.length; t++) {
    const before = price[t - 1] as number;
    const after = price[t] as number;
    if (!(before > 0 && after > 0) || Math.abs(Math.log(after / before)) < 0.03) continue;
    const meanBefore = finiteMean(adjusted, t - span, t);
    const meanAfter = finiteMean(adjusted, t, t + span);
    if (!(meanBefore > 0 && meanAfter > 0)) continue;
    const logPrice = Math.log(after / before);
    // Least squares through the origin over the events: Σ x·y / Σ x².
    sum += logPrice * Math.log(meanAfter / meanBefore);
    strength += logPrice * logPrice;
  }
  return strength > 0 ? { elasticity: sum / strength, strength } : null;
}

function finiteMean(values: Float64Array, from: number, to: number): number {
  let sum = 0;
  let count = 0;
  for (let t = from; t < to; t++) {
    const v = values[t] as number;
    if (v === v) {
      sum += v;
      count++;
    }
  }
  return count > 0 ? sum / count : Number.NaN;
}

function inSampleDispersion(y: Float64Array, level: Float64Array, factor: Float64Array, censored: Uint8Array): number {
  let excess = 0;
  let scale = 0;
  for (let t = Math.max(0, y.length - 364); t < y.length; t++) {
    const mean = (level[t] as number) * (factor[t] as number);
    if (censored[t] || !(mean > 0)) continue;
    excess += ((y[t] as number) - mean) ** 2 - mean;
    scale += mean * mean;
  }
  return scale > 0 ? Math.max(0, excess / scale) : NEUTRAL_PRIORS.dispersion;
}
