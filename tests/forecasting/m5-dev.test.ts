// On the real M5 dev data (../shared/data, read at run time, never copied here): the engine beats seasonal naive
// on the dev-validation window by a clear margin. The full figures are in bench/forecast-accuracy.ts.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { forecastAll, seasonalNaive } from '../../bench/forecast/baselines.ts';
import { m5Case, sharedDataDir } from '../../bench/forecast/dev-data.ts';
import { dollarWeightedRmsse, type SeriesHistory } from '../../bench/forecast/metrics.ts';
import { readFuture } from '../../src/modules/forecasting/file/read-future.ts';
import { readHistory } from '../../src/modules/forecasting/file/read-history.ts';
import { estimatePriors, forecastBatch } from '../../src/modules/forecasting/index.ts';

it('beats seasonal naive on the M5 dev-validation window by more than 15 %', () => {
  const dir = sharedDataDir();
  expect(dir, 'the shared M5 data (../shared/data or EMPORIUM_DATA_DIR) is needed').not.toBeNull();
  const devCase = m5Case(dir as string);
  const work = mkdtempSync(join(tmpdir(), 'm5-dev-'));
  try {
    writeFileSync(join(work, 'h.csv'), devCase.history);
    writeFileSync(join(work, 'f.csv'), devCase.future ?? '');
    const { batch, originDay } = readHistory(join(work, 'h.csv'), 'day');
    readFuture(join(work, 'f.csv'), batch, { originDay, stepDays: 1, horizon: 28 });
    const settings = { frequency: 'day' as const, horizon: 28, originDay, quantiles: [] };
    const { values } = forecastBatch(batch, settings, estimatePriors(batch, settings, { levelHalfLifeDays: 35, levelHalfLifeWeeks: 3, yearlyWeightDays: 0.5, yearlyWeightWeeks: 1, growthWeightWeeks: 0.5, weekdayPrior: 200, promoPrior: 30, monthDay: true, dispersionInflation: 1.5 }));
    const history = new Map<string, SeriesHistory>();
    const engine = new Map<string, Float64Array>();
    batch.names.forEach((name, s) => {
      history.set(name, { quantity: batch.quantity.subarray(batch.offsets[s], batch.offsets[s + 1]), price: batch.price!.subarray(batch.offsets[s], batch.offsets[s + 1]) });
      engine.set(name, values.subarray(s * 28, (s + 1) * 28));
    });
    const sNaive = dollarWeightedRmsse(devCase, history, forecastAll(history, 28, seasonalNaive(7)));
    expect(sNaive).toBeCloseTo(1.114, 2);
    expect(dollarWeightedRmsse(devCase, history, engine)).toBeLessThan(0.85 * sNaive);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
