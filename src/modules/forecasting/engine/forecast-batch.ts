// Forecasts every series of a batch in this thread (a worker runs this on its share of the series).
import { forecastSeries } from './forecast-series.ts';
import type { BatchForecast, ForecastSettings, PooledPriors, SeriesBatch } from './series-batch.ts';
import { DEFAULT_TUNING, type Tuning } from './tuning.ts';

export function forecastBatch(batch: SeriesBatch, settings: ForecastSettings, priors: PooledPriors, tuning: Tuning = DEFAULT_TUNING): BatchForecast {
  const columns = 1 + settings.quantiles.length;
  const values = new Float64Array(batch.names.length * settings.horizon * columns);
  for (let s = 0; s < batch.names.length; s++) {
    const start = batch.offsets[s] as number;
    const end = batch.offsets[s + 1] as number;
    const future = (column: Float64Array | null) => column?.subarray(s * settings.horizon, (s + 1) * settings.horizon) ?? null;
    forecastSeries(
      {
        quantity: batch.quantity.subarray(start, end),
        price: batch.price?.subarray(start, end) ?? null,
        promo: batch.promo?.subarray(start, end) ?? null,
        futurePrice: future(batch.futurePrice),
        futurePromo: future(batch.futurePromo),
      },
      settings,
      priors,
      tuning,
      values,
      s * settings.horizon * columns,
    );
  }
  return { values, columns };
}
