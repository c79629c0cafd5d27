// `emporium forecast`: the file contract of ../shared/docs/forecasting-contract.md. Reads and checks everything
// before writing anything; the engine runs on worker threads; progress and a summary line go to stderr.
import { parseArgs } from 'node:util';
import type { Frequency } from '../engine/calendar.ts';
import { forecastInParallel } from '../engine/parallel.ts';
import { estimatePriors } from '../engine/pooled-priors.ts';
import type { ForecastSettings } from '../engine/series-batch.ts';
import { DEFAULT_TUNING } from '../engine/tuning.ts';
import { readFuture } from './read-future.ts';
import { readHistory } from './read-history.ts';
import { writeForecast } from './write-forecast.ts';

export const FORECAST_USAGE =
  'forecast --history H.csv --horizon N --out F.csv [--future FUT.csv] [--frequency day|week] [--quantiles 0.1,0.5,0.9]';

/** A wrong flag: the command line, not a file, is at fault. */
export class ForecastUsageError extends Error {}

export interface ForecastOptions {
  history: string;
  out: string;
  future: string | undefined;
  horizon: number;
  frequency: Frequency;
  quantiles: number[];
}

export function parseForecastArgs(args: string[]): ForecastOptions {
  let values: Record<string, string | undefined>;
  try {
    values = parseArgs({ args, options: { history: { type: 'string' }, horizon: { type: 'string' }, out: { type: 'string' }, future: { type: 'string' }, frequency: { type: 'string' }, quantiles: { type: 'string' } } }).values as Record<string, string | undefined>;
  } catch (error) {
    throw new ForecastUsageError(`${(error as Error).message}\nUsage: emporium ${FORECAST_USAGE}`);
  }
  if (!values.history || !values.out || values.horizon === undefined) throw new ForecastUsageError(`--history, --horizon and --out are required\nUsage: emporium ${FORECAST_USAGE}`);
  const horizon = Number(values.horizon);
  if (!/^\d+$/.test(values.horizon.trim()) || horizon < 1 || horizon > 366) throw new ForecastUsageError(`--horizon must be a whole number from 1 to 366, not "${values.horizon}"`);
  const frequency = values.frequency ?? 'day';
  if (frequency !== 'day' && frequency !== 'week') throw new ForecastUsageError(`--frequency must be day or week, not "${frequency}"`);
  return { history: values.history, out: values.out, future: values.future, horizon, frequency, quantiles: parseQuantiles(values.quantiles) };
}

function parseQuantiles(text: string | undefined): number[] {
  if (text === undefined) return [];
  const levels = text.split(',').map((part) => part.trim());
  const numbers = levels.map(Number);
  if (levels.some((part, i) => part === '' || !(numbers[i]! > 0 && numbers[i]! < 1))) throw new ForecastUsageError(`--quantiles must be probabilities between 0 and 1 separated by commas (e.g. 0.1,0.5,0.9), not "${text}"`);
  if (new Set(numbers).size !== numbers.length) throw new ForecastUsageError(`--quantiles lists a level twice: "${text}"`);
  return numbers;
}

export interface ForecastSummary {
  series: number;
  horizon: number;
  seconds: number;
}

export async function runForecastCommand(options: ForecastOptions, log: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): Promise<ForecastSummary> {
  const started = performance.now();
  const elapsed = () => ((performance.now() - started) / 1000).toFixed(1);
  const { batch, originDay } = readHistory(options.history, options.frequency);
  const settings: ForecastSettings = { frequency: options.frequency, horizon: options.horizon, originDay, quantiles: options.quantiles };
  if (options.future) readFuture(options.future, batch, { originDay, stepDays: options.frequency === 'week' ? 7 : 1, horizon: options.horizon });
  const long = batch.quantity.length > 5_000_000;
  if (long) log(`forecast: read ${batch.names.length} series, ${batch.quantity.length} periods in ${elapsed()} s`);
  const priors = estimatePriors(batch, settings, DEFAULT_TUNING);
  let lastReport = performance.now();
  const forecast = await forecastInParallel(batch, settings, priors, (done, total) => {
    if (long && performance.now() - lastReport > 5000) {
      lastReport = performance.now();
      log(`forecast: ${Math.round((100 * done) / total)} % of series after ${elapsed()} s`);
    }
  });
  writeForecast(options.out, batch.names, settings, forecast);
  const summary = { series: batch.names.length, horizon: options.horizon, seconds: (performance.now() - started) / 1000 };
  log(`forecast: ${summary.series} series, horizon ${summary.horizon} ${options.frequency === 'week' ? 'weeks' : 'days'}, ${summary.seconds.toFixed(1)} s → ${options.out}`);
  return summary;
}
