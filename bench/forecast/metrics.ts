// The scores of ../shared/data/README.md: dollar-weighted RMSSE (M5 level 12), RMSPE (Rossmann), WMAE (Walmart),
// and how often the q10–q90 band holds the actual value.
import type { DevCase } from './dev-data.ts';

/** Dense history of one series ending at the origin (contract semantics: gaps are zero sales). */
export interface SeriesHistory {
  quantity: Float64Array;
  price: Float64Array | null;
}

export type Forecasts = Map<string, Float64Array>;

export function dollarWeightedRmsse(devCase: DevCase, history: Map<string, SeriesHistory>, forecasts: Forecasts): number {
  let weighted = 0;
  let weights = 0;
  for (const [series, actual] of devCase.actual) {
    const past = history.get(series);
    if (!past) continue;
    const y = past.quantity;
    const first = y.findIndex((v) => v > 0);
    if (first < 0) continue;
    let scale = 0;
    for (let t = first + 1; t < y.length; t++) scale += ((y[t] as number) - (y[t - 1] as number)) ** 2;
    scale /= y.length - first - 1;
    if (!(scale > 0)) continue;
    const forecast = forecasts.get(series) ?? new Float64Array(devCase.horizon);
    let squared = 0;
    for (let h = 0; h < devCase.horizon; h++) squared += ((actual[h] as number) - (forecast[h] as number)) ** 2;
    let dollars = 0;
    for (let t = y.length - 28; t < y.length; t++) dollars += (y[t] as number) * (past.price?.[t] ?? 0);
    weighted += dollars * Math.sqrt(squared / devCase.horizon / scale);
    weights += dollars;
  }
  return weighted / weights;
}

export function rmspe(devCase: DevCase, forecasts: Forecasts): number {
  let sum = 0;
  let count = 0;
  for (const [series, actual] of devCase.actual) {
    const forecast = forecasts.get(series);
    for (let h = 0; h < devCase.horizon; h++) {
      const y = actual[h] as number;
      if (!(y > 0)) continue;
      sum += ((y - (forecast?.[h] ?? 0)) / y) ** 2;
      count++;
    }
  }
  return Math.sqrt(sum / count);
}

export function wmae(devCase: DevCase, forecasts: Forecasts): number {
  let sum = 0;
  let weights = 0;
  for (const [series, actual] of devCase.actual) {
    const forecast = forecasts.get(series);
    for (let h = 0; h < devCase.horizon; h++) {
      const y = actual[h] as number;
      if (Number.isNaN(y)) continue;
      const weight = devCase.holiday?.[h] ? 5 : 1;
      sum += weight * Math.abs(y - (forecast?.[h] ?? 0));
      weights += weight;
    }
  }
  return sum / weights;
}

export function score(devCase: DevCase, history: Map<string, SeriesHistory>, forecasts: Forecasts): number {
  if (devCase.name === 'm5') return dollarWeightedRmsse(devCase, history, forecasts);
  if (devCase.name === 'rossmann') return rmspe(devCase, forecasts);
  return wmae(devCase, forecasts);
}

/** Share of actual values inside [low, high]; `onlyPositive` restricts to the cells RMSPE scores. */
export function coverage(devCase: DevCase, low: Forecasts, high: Forecasts, onlyPositive = false): number {
  let inside = 0;
  let count = 0;
  for (const [series, actual] of devCase.actual) {
    const lo = low.get(series);
    const hi = high.get(series);
    if (!lo || !hi) continue;
    for (let h = 0; h < devCase.horizon; h++) {
      const y = actual[h] as number;
      if (Number.isNaN(y) || (onlyPositive && !(y > 0))) continue;
      if (y >= (lo[h] as number) && y <= (hi[h] as number)) inside++;
      count++;
    }
  }
  return inside / count;
}
