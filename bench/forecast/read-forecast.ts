// Reads a FORECAST.csv back into one array per series and column, for scoring.
import { readFileSync } from 'node:fs';

export function readForecastColumns(file: string, horizon: number): Map<string, Map<string, Float64Array>> {
  const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
  const header = (lines[0] as string).split(',');
  const columns = new Map(header.slice(2).map((name) => [name, new Map<string, Float64Array>()]));
  const period = new Map<string, number>();
  for (let i = 1; i < lines.length; i++) {
    const fields = (lines[i] as string).split(',');
    const series = fields[0] as string;
    const h = period.get(series) ?? 0;
    period.set(series, h + 1);
    header.slice(2).forEach((name, c) => {
      const column = columns.get(name)!;
      let row = column.get(series);
      if (!row) column.set(series, (row = new Float64Array(horizon)));
      row[h] = Number(fields[c + 2]);
    });
  }
  return columns;
}
