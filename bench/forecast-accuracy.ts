// Accuracy of `emporium forecast` on the dev-validation windows of ../shared/data (README.md there): each history
// is cut at the window's origin, forecast exactly as the CLI does (same function, same files), and scored next to
// the README's baselines, with the q10–q90 coverage. Run: npx tsx bench/forecast-accuracy.ts
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { readHistory } from '../src/modules/forecasting/file/read-history.ts';
import { runForecastCommand } from '../src/modules/forecasting/index.ts';
import { forecastAll, movingAverage28, naive, rossmannMedian, seasonalNaive } from './forecast/baselines.ts';
import { type DevCase, m5Case, rossmannCase, sharedDataDir, walmartCase } from './forecast/dev-data.ts';
import { coverage, type Forecasts, score, type SeriesHistory } from './forecast/metrics.ts';
import { readForecastColumns } from './forecast/read-forecast.ts';

const TARGETS = { m5: 'WRMSSE ≤ 0.78 (−30 % vs sNaive)', rossmann: 'RMSPE ≤ 0.11', walmart: 'WMAE ≤ 1,659 (−15 % vs sNaive)' };

export async function evaluate(devCase: DevCase, work: string) {
  const historyFile = join(work, `${devCase.name}-history.csv`);
  const futureFile = join(work, `${devCase.name}-future.csv`);
  const outFile = join(work, `${devCase.name}-forecast.csv`);
  writeFileSync(historyFile, devCase.history);
  if (devCase.future) writeFileSync(futureFile, devCase.future);
  const summary = await runForecastCommand(
    { history: historyFile, out: outFile, future: devCase.future ? futureFile : undefined, horizon: devCase.horizon, frequency: devCase.frequency, quantiles: [0.1, 0.5, 0.9] },
    () => {},
  );
  const columns = readForecastColumns(outFile, devCase.horizon);
  const { batch } = readHistory(historyFile, devCase.frequency);
  const history = new Map<string, SeriesHistory & { promo: Float64Array | null }>();
  batch.names.forEach((name, s) => {
    const [start, end] = [batch.offsets[s] as number, batch.offsets[s + 1] as number];
    history.set(name, { quantity: batch.quantity.subarray(start, end), price: batch.price?.subarray(start, end) ?? null, promo: batch.promo?.subarray(start, end) ?? null });
  });
  const rows: [string, number][] = [['engine', score(devCase, history, columns.get('forecast')!)]];
  rows.push(['sNaive', score(devCase, history, forecastAll(history, devCase.horizon, seasonalNaive(devCase.frequency === 'week' ? 52 : 7)))]);
  rows.push(['Naive', score(devCase, history, forecastAll(history, devCase.horizon, naive))]);
  if (devCase.frequency === 'day') rows.push(['MA28', score(devCase, history, forecastAll(history, devCase.horizon, movingAverage28))]);
  if (devCase.name === 'rossmann') rows.push(['median(store,weekday,promo)', score(devCase, history, rossmannMedian(devCase, history, futurePromo(devCase)))]);
  const low = columns.get('q10')!;
  const high = columns.get('q90')!;
  return { rows, coverage: coverage(devCase, low, high), coverageScored: coverage(devCase, low, high, true), seconds: summary.seconds };
}

function futurePromo(devCase: DevCase): Forecasts {
  const promo: Forecasts = new Map();
  const origin = Date.parse(devCase.origin);
  for (const line of (devCase.future ?? '').trim().split('\n').slice(1)) {
    const [series, date, flag] = line.split(',') as [string, string, string];
    const h = Math.round((Date.parse(date) - origin) / 86_400_000) - 1;
    (promo.get(series) ?? promo.set(series, new Float64Array(devCase.horizon)).get(series)!)[h] = Number(flag);
  }
  return promo;
}

const dir = sharedDataDir();
if (!dir) {
  console.log('bench/forecast-accuracy: ../shared/data is not here (set EMPORIUM_DATA_DIR); nothing measured.');
} else {
  const work = mkdtempSync(join(tmpdir(), 'forecast-accuracy-'));
  console.log(`Forecast accuracy on the dev-validation windows (${dir}); ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}`);
  try {
    for (const build of [m5Case, rossmannCase, walmartCase]) {
      const devCase = build(dir);
      const result = await evaluate(devCase, work);
      const sNaive = result.rows[1]![1];
      console.log(`\n${devCase.name} (${devCase.horizon} ${devCase.frequency === 'day' ? 'days' : 'weeks'} after ${devCase.origin}; target ${TARGETS[devCase.name]}), engine ${result.seconds.toFixed(1)} s`);
      for (const [name, value] of result.rows) console.log(`  ${name.padEnd(28)} ${value.toFixed(4).padStart(10)}  ${(((value - sNaive) / sNaive) * 100).toFixed(1).padStart(6)} % vs sNaive`);
      console.log(`  q10–q90 coverage             ${(result.coverage * 100).toFixed(1)} % of actuals${devCase.name === 'rossmann' ? ` (${(result.coverageScored * 100).toFixed(1)} % of open days with sales)` : ''}`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
