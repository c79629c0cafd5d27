// The engine's input and output: many series packed end to end in flat typed arrays, so a batch crosses to a
// worker thread by transfer, not by copy, and 30,000 × 5 years stay a few hundred MB.
import type { Frequency } from './calendar.ts';

export interface SeriesBatch {
  names: string[];
  /** Series i holds periods offsets[i] … offsets[i+1]-1 of the columns below; its last period is the origin. */
  offsets: Int32Array;
  quantity: Float64Array;
  /** Price per period, NaN where unknown; null when the history has no price column. */
  price: Float64Array | null;
  /** Promotion flag (0/1) per period; null when the history has no promo column. */
  promo: Float64Array | null;
  /** Known future price / promo per series and horizon period (series-major), NaN where not given. */
  futurePrice: Float64Array | null;
  futurePromo: Float64Array | null;
}

export interface ForecastSettings {
  frequency: Frequency;
  horizon: number;
  /** Day number of the last history date of the whole file: every series ends there. */
  originDay: number;
  /** Probability levels of the quantiles wanted, e.g. [0.1, 0.5, 0.9]; may be empty. */
  quantiles: number[];
}

/** Pooled information shared by all series of a run (estimated across series, then given to every worker). */
export interface PooledPriors {
  /** Share of a week's sales per weekday (Monday first), mean 1. */
  weekdayProfile: Float64Array;
  /** Multiplicative effect of the day of the month (index 1…31), mean 1. */
  monthDayProfile: Float64Array;
  /** Promotion uplift (ratio) across series with a promo column. */
  promoUplift: number;
  /** Price elasticity across series with price changes. */
  priceElasticity: number;
  /** Negative-binomial dispersion of errors across series. */
  dispersion: number;
}

/** Forecasts of a batch: per series, per horizon period, [mean, ...quantiles]. */
export interface BatchForecast {
  values: Float64Array;
  columns: number;
}

export const seriesCount = (batch: SeriesBatch): number => batch.names.length;
