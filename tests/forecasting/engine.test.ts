// The engine on synthetic series of known structure: weekly pattern, intermittent rate, calibrated quantiles,
// degenerate series, promotion uplift; and on real M5 dev data (read at run time) against seasonal naive.
import { describe, expect, it } from 'vitest';
import { dayNumber, estimatePriors, forecastBatch, type ForecastSettings, type SeriesBatch } from '../../src/modules/forecasting/index.ts';

function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function poisson(mean: number, random: () => number): number {
  let k = 0;
  for (let p = random(), limit = Math.exp(-mean); p > limit; p *= random()) k++;
  return k;
}

const ORIGIN = dayNumber(2024, 6, 30); // a Sunday
function batchOf(series: Float64Array[], promo?: Float64Array[], futurePromo?: Float64Array): SeriesBatch {
  const offsets = new Int32Array(series.length + 1);
  series.forEach((s, i) => (offsets[i + 1] = offsets[i]! + s.length));
  const concat = (parts: Float64Array[]) => {
    const all = new Float64Array(offsets[series.length]!);
    parts.forEach((p, i) => all.set(p, offsets[i]!));
    return all;
  };
  return { names: series.map((_, i) => `S${i}`), offsets, quantity: concat(series), price: null, promo: promo ? concat(promo) : null, futurePrice: null, futurePromo: futurePromo ?? null };
}
function run(batch: SeriesBatch, horizon: number, quantiles: number[] = []) {
  const settings: ForecastSettings = { frequency: 'day', horizon, originDay: ORIGIN, quantiles };
  return forecastBatch(batch, settings, estimatePriors(batch, settings, { levelHalfLifeDays: 35, levelHalfLifeWeeks: 3, yearlyWeightDays: 0.5, yearlyWeightWeeks: 1, growthWeightWeeks: 0.5, weekdayPrior: 200, promoPrior: 30, monthDay: true, dispersionInflation: 1.5 }));
}
// Weekday of period t of a series of length n ending at ORIGIN (Sunday): Monday = 0.
const weekdayAt = (t: number, n: number) => (((6 - (n - 1 - t)) % 7) + 7) % 7;

describe('forecasting engine', () => {
  it('recovers a weekly pattern (weekend peak) on a daily series', () => {
    const random = seeded(1);
    const shape = [1, 1, 1, 1, 1.5, 2.5, 2];
    const n = 364;
    const y = Float64Array.from({ length: n }, (_, t) => poisson(20 * shape[weekdayAt(t, n)]!, random));
    const { values } = run(batchOf([y]), 7);
    // Horizon day 1 is a Monday; day 6 the Saturday.
    expect(values[5]! / values[0]!).toBeGreaterThan(2.1);
    expect(values[5]! / values[0]!).toBeLessThan(2.9);
    expect(values[0]).toBeGreaterThan(17);
    expect(values[0]).toBeLessThan(23);
  });

  it('forecasts an intermittent series close to its true rate, and quantiles that cover about 80 %', () => {
    const random = seeded(2);
    const series = Array.from({ length: 200 }, () => Float64Array.from({ length: 400 }, () => poisson(0.3, random)));
    const history = series.map((s) => s.subarray(0, 372));
    const { values, columns } = run(batchOf(history), 28, [0.1, 0.9]);
    let mean = 0;
    let inside = 0;
    let count = 0;
    series.forEach((s, i) => {
      for (let h = 0; h < 28; h++) {
        const at = (i * 28 + h) * columns;
        mean += values[at]! / (200 * 28);
        const actual = s[372 + h]!;
        if (actual >= values[at + 1]! && actual <= values[at + 2]!) inside++;
        count++;
      }
    });
    expect(mean).toBeGreaterThan(0.25);
    expect(mean).toBeLessThan(0.35);
    expect(inside / count).toBeGreaterThan(0.75);
    expect(inside / count).toBeLessThan(0.97);
  });

  it('quantiles of a high-volume series cover close to 80 % of simulated futures', () => {
    const random = seeded(3);
    const series = Array.from({ length: 100 }, () => Float64Array.from({ length: 400 }, () => poisson(200, random)));
    const { values, columns } = run(batchOf(series.map((s) => s.subarray(0, 372))), 28, [0.1, 0.9]);
    let inside = 0;
    series.forEach((s, i) => {
      for (let h = 0; h < 28; h++) if (s[372 + h]! >= values[(i * 28 + h) * columns + 1]! && s[372 + h]! <= values[(i * 28 + h) * columns + 2]!) inside++;
    });
    expect(inside / (100 * 28)).toBeGreaterThan(0.75);
    expect(inside / (100 * 28)).toBeLessThan(0.95);
  });

  it('forecasts finite non-negative numbers for a one-point series and zeros for an all-zero one', () => {
    const { values } = run(batchOf([Float64Array.of(4), new Float64Array(30)]), 5, [0.1, 0.5, 0.9]);
    expect(values.every((v) => Number.isFinite(v) && v >= 0)).toBe(true);
    expect(values[0]).toBeGreaterThan(0);
    expect(Array.from(values.subarray(5 * 4))).toEqual(new Array(5 * 4).fill(0));
  });

  it('raises the forecast on promotion days by the uplift seen in the history', () => {
    const random = seeded(4);
    const n = 364;
    const promo = Float64Array.from({ length: n }, (_, t) => (Math.floor(t / 7) % 2 === 0 ? 1 : 0));
    const y = Float64Array.from({ length: n }, (_, t) => poisson(50 * (promo[t] ? 1.5 : 1), random));
    const { values } = run(batchOf([y], [promo], Float64Array.from({ length: 14 }, (_, h) => (h < 7 ? 1 : 0))), 14);
    const promoWeek = values.subarray(0, 7).reduce((a, b) => a + b, 0);
    const plainWeek = values.subarray(7, 14).reduce((a, b) => a + b, 0);
    expect(promoWeek / plainWeek).toBeGreaterThan(1.35);
    expect(promoWeek / plainWeek).toBeLessThan(1.65);
  });
});
