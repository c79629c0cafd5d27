// Forecasting: the demand engine (engine/, no HTTP or database) and its file contract (file/, `emporium forecast`).
export { dayNumber, isoDate, type Frequency } from './engine/calendar.ts';
export { forecastBatch } from './engine/forecast-batch.ts';
export { estimatePriors } from './engine/pooled-priors.ts';
export type { BatchForecast, ForecastSettings, PooledPriors, SeriesBatch } from './engine/series-batch.ts';
export { InputFileError } from './file/csv-source.ts';
export { FORECAST_USAGE, ForecastUsageError, parseForecastArgs, runForecastCommand, type ForecastOptions } from './file/forecast-command.ts';
