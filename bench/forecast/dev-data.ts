// The dev-validation cases of ../shared/data/README.md, built at run time from the shared data (never copied into
// the repository): each history cut at the dev-validation origin, the known future inputs, and the actuals.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

export interface DevCase {
  name: 'm5' | 'rossmann' | 'walmart';
  frequency: 'day' | 'week';
  horizon: number;
  origin: string;
  /** History CSV text up to the origin (contract format). */
  history: string;
  /** FUTURE.csv text, or null. */
  future: string | null;
  /** Actual values over the window per series (NaN where the series has no row that period). */
  actual: Map<string, Float64Array>;
  /** Walmart: holiday flag per window period. */
  holiday?: boolean[];
}

/** ../shared/data seen from the checkout (or EMPORIUM_DATA_DIR); null when it is not there. */
export function sharedDataDir(): string | null {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
  const candidates = [process.env.EMPORIUM_DATA_DIR, resolve(root, '../shared/data'), resolve(root, '../../shared/data')];
  return candidates.find((dir): dir is string => dir !== undefined && existsSync(resolve(dir, 'README.md'))) ?? null;
}

function readText(path: string): string {
  const bytes = readFileSync(path);
  return (path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
}

const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Splits a contract-format history at `origin`: rows up to it, and the window rows after it (≤ horizon periods). */
function cut(text: string, origin: string, last: string, futureColumns: string[], horizon: number, step: number) {
  const lines = text.split('\n');
  const header = (lines[0] as string).split(',');
  const dateAt = header.indexOf('date');
  const quantityAt = header.indexOf('quantity');
  const seriesAt = header.indexOf('series');
  const futureAt = futureColumns.map((name) => header.indexOf(name));
  const kept = [lines[0] as string];
  const future = [['series', 'date', ...futureColumns].join(',')];
  const actual = new Map<string, Float64Array>();
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line === '') continue;
    const fields = line.split(',');
    const date = fields[dateAt] as string;
    if (date <= origin) kept.push(line);
    else if (date <= last) {
      const series = fields[seriesAt] as string;
      const period = Math.round((Date.parse(date) - Date.parse(origin)) / 86_400_000 / step) - 1;
      if (period >= horizon) continue;
      let row = actual.get(series);
      if (!row) actual.set(series, (row = new Float64Array(horizon).fill(Number.NaN)));
      row[period] = Number(fields[quantityAt]);
      if (futureColumns.length > 0) future.push([series, date, ...futureAt.map((at) => fields[at])].join(','));
    }
  }
  return { history: `${kept.join('\n')}\n`, future: futureColumns.length > 0 ? `${future.join('\n')}\n` : null, actual };
}

export function m5Case(dir: string): DevCase {
  const origin = '2016-02-28';
  const split = cut(readText(resolve(dir, 'm5/history.csv.gz')), origin, '2016-03-27', ['price'], 28, 1);
  return { name: 'm5', frequency: 'day', horizon: 28, origin, ...split };
}

export function rossmannCase(dir: string): DevCase {
  const origin = '2015-04-26';
  const split = cut(readText(resolve(dir, 'rossmann/history.csv.gz')), origin, '2015-06-13', ['promo'], 48, 1);
  return { name: 'rossmann', frequency: 'day', horizon: 48, origin, ...split };
}

/** Walmart: actuals are the raw Weekly_Sales of train.csv (negatives included), holiday flags its IsHoliday. */
export function walmartCase(dir: string): DevCase {
  const origin = '2011-04-23';
  const horizon = 39;
  const { history } = cut(readText(resolve(dir, 'walmart_recruiting/history.csv')), origin, origin, [], horizon, 7);
  const actual = new Map<string, Float64Array>();
  const holiday = new Array<boolean>(horizon).fill(false);
  const lines = readText(resolve(dir, 'walmart_recruiting/train.csv.gz')).split('\n');
  for (let i = 1; i < lines.length; i++) {
    const [store, dept, kaggleDate, sales, isHoliday] = (lines[i] as string).split(',');
    if (!kaggleDate) continue;
    const period = Math.round((Date.parse(addDays(kaggleDate, -6)) - Date.parse(origin)) / (7 * 86_400_000)) - 1;
    if (period < 0 || period >= horizon) continue;
    const series = `${store}_${dept}`;
    let row = actual.get(series);
    if (!row) actual.set(series, (row = new Float64Array(horizon).fill(Number.NaN)));
    row[period] = Number(sales);
    if (isHoliday?.trim() === 'TRUE') holiday[period] = true;
  }
  return { name: 'walmart', frequency: 'week', horizon, origin, history, future: null, actual, holiday };
}
