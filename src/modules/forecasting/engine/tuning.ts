// The engine's few constants, chosen by measurement on the dev-validation windows (docs/forecasting.md).
export interface Tuning {
  /** Half-life, in periods, of the exponentially weighted level at the origin (daily / weekly data). */
  levelHalfLifeDays: number;
  levelHalfLifeWeeks: number;
  /** Exponent applied to last year's seasonal ratio (0 = ignore the yearly cycle, 1 = copy it). */
  yearlyWeightDays: number;
  yearlyWeightWeeks: number;
  /** Weekly data: share (as an exponent) of the growth since last year applied to last year's weeks. */
  growthWeightWeeks: number;
  /** Pseudo-units that pull a series' weekday profile towards the pooled one. */
  weekdayPrior: number;
  /** Pseudo-periods that pull a series' promotion uplift towards the pooled one. */
  promoPrior: number;
  /** Use the pooled day-of-month profile (paydays, SNAP days). */
  monthDay: boolean;
  /** Out-of-sample errors exceed in-sample ones: dispersion is multiplied by this. */
  dispersionInflation: number;
}

export const DEFAULT_TUNING: Tuning = {
  levelHalfLifeDays: 35,
  levelHalfLifeWeeks: 3,
  yearlyWeightDays: 0.5,
  yearlyWeightWeeks: 1,
  growthWeightWeeks: 0.5,
  weekdayPrior: 200,
  promoPrior: 30,
  monthDay: true,
  dispersionInflation: 1.5,
};
