// FORECAST.csv: `series,date,forecast[,q10,q50,q90]`, one row per series and horizon period. Written to a
// temporary file and renamed, so a failure never leaves a half-written forecast under the requested name.
import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { isoDate } from '../engine/calendar.ts';
import type { BatchForecast, ForecastSettings } from '../engine/series-batch.ts';

/** Column name of a quantile level given as a probability: 0.1 → q10, 0.025 → q2.5. */
export const quantileColumn = (level: number): string => `q${Number((level * 100).toPrecision(12))}`;

const format = (value: number): string => String(Math.round(value * 1000) / 1000);

export function writeForecast(file: string, names: string[], settings: ForecastSettings, forecast: BatchForecast): void {
  const step = settings.frequency === 'week' ? 7 : 1;
  const dates = Array.from({ length: settings.horizon }, (_, h) => isoDate(settings.originDay + (h + 1) * step));
  const temporary = `${file}.${process.pid}.tmp`;
  const fd = openSync(temporary, 'w');
  try {
    writeSync(fd, `${['series', 'date', 'forecast', ...settings.quantiles.map(quantileColumn)].join(',')}\n`);
    let chunk: string[] = [];
    for (let s = 0; s < names.length; s++) {
      const name = csvField(names[s] as string);
      for (let h = 0; h < settings.horizon; h++) {
        const at = (s * settings.horizon + h) * forecast.columns;
        let row = `${name},${dates[h]}`;
        for (let c = 0; c < forecast.columns; c++) row += `,${format(forecast.values[at + c] as number)}`;
        chunk.push(row);
      }
      if (chunk.length >= 20_000) {
        writeSync(fd, `${chunk.join('\n')}\n`);
        chunk = [];
      }
    }
    if (chunk.length > 0) writeSync(fd, `${chunk.join('\n')}\n`);
    closeSync(fd);
    renameSync(temporary, file);
  } catch (error) {
    closeSync(fd);
    rmSync(temporary, { force: true });
    throw error;
  }
}

function csvField(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
