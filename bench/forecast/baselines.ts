// The README's baselines, computed from the history alone: naive, seasonal naive, MA28 and the Rossmann median.
import type { DevCase } from './dev-data.ts';
import type { Forecasts, SeriesHistory } from './metrics.ts';

type Baseline = (history: SeriesHistory, horizon: number) => Float64Array;

export const naive: Baseline = ({ quantity: y }, horizon) => new Float64Array(horizon).fill(y[y.length - 1] ?? 0);

/** Daily: the last 7 days repeated; weekly: the value 52 weeks earlier; before the first row counts as 0. */
export const seasonalNaive = (period: 7 | 52): Baseline => ({ quantity: y }, horizon) => {
  const out = new Float64Array(horizon);
  const n = y.length;
  for (let h = 1; h <= horizon; h++) {
    const t = period === 7 ? n - 7 + ((h - 1) % 7) : n - 52 + (h - 1);
    out[h - 1] = t >= 0 ? (y[t] as number) : 0;
  }
  return out;
};

export const movingAverage28: Baseline = ({ quantity: y }, horizon) => {
  const from = Math.max(0, y.length - 28);
  let sum = 0;
  for (let t = from; t < y.length; t++) sum += y[t] as number;
  return new Float64Array(horizon).fill(sum / (y.length - from));
};

export function forecastAll(history: Map<string, SeriesHistory>, horizon: number, baseline: Baseline): Forecasts {
  return new Map([...history].map(([series, past]) => [series, baseline(past, horizon)]));
}

/** Per store, weekday and promo flag: median sales of the days with sales > 0 in the 52 weeks to the origin. */
export function rossmannMedian(devCase: DevCase, history: Map<string, SeriesHistory & { promo: Float64Array | null }>, futurePromo: Map<string, Float64Array>): Forecasts {
  const forecasts: Forecasts = new Map();
  const originWeekday = (new Date(`${devCase.origin}T00:00:00Z`).getUTCDay() + 6) % 7;
  for (const [series, past] of history) {
    const y = past.quantity;
    const groups = new Map<number, number[]>();
    for (let back = 0; back < 364 && back < y.length; back++) {
      const t = y.length - 1 - back;
      if (!((y[t] as number) > 0)) continue;
      const weekday = (((originWeekday - back) % 7) + 7) % 7;
      const key = weekday * 2 + (past.promo?.[t] ?? 0);
      (groups.get(key) ?? groups.set(key, []).get(key)!).push(y[t] as number);
    }
    const out = new Float64Array(devCase.horizon);
    for (let h = 1; h <= devCase.horizon; h++) {
      const values = groups.get(((originWeekday + h) % 7) * 2 + (futurePromo.get(series)?.[h - 1] ?? 0));
      out[h - 1] = values ? median(values) : 0;
    }
    forecasts.set(series, out);
  }
  return forecasts;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
