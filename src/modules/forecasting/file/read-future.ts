// FUTURE.csv of the forecasting contract: `series,date` plus `price` and/or `promo`, what is known in advance about
// the periods to forecast. Rows of unknown series or outside the horizon are ignored (a planner's export may be wider).
import { dayNumber, isValidDate, isoDate } from '../engine/calendar.ts';
import type { SeriesBatch } from '../engine/series-batch.ts';
import { forEachCsvLine, InputFileError, parseIsoDay, readCsvBytes } from './csv-source.ts';
import { headerColumns } from './header.ts';

const validDay = (y: number, m: number, d: number) => (isValidDate(y, m, d) ? dayNumber(y, m, d) : null);

export interface FutureWindow {
  originDay: number;
  stepDays: number;
  horizon: number;
}

/** Fills batch.futurePrice / batch.futurePromo from the file (NaN where nothing is said). */
export function readFuture(file: string, batch: SeriesBatch, window: FutureWindow): void {
  const bytes = readCsvBytes(file);
  const indexOfName = new Map(batch.names.map((name, i) => [name, i]));
  const cells = batch.names.length * window.horizon;
  let columns: Record<string, number> | null = null;
  let price: Float64Array | null = null;
  let promo: Float64Array | null = null;

  forEachCsvLine(bytes, file, (starts, ends, count, line, quoted) => {
    const width = quoted ? quoted.length : count;
    const field = (column: number) => (quoted ? (quoted[column] ?? '') : column < count ? bytes.toString('utf8', starts[column], ends[column]) : '');
    if (columns === null) {
      columns = headerColumns(Array.from({ length: width }, (_, i) => field(i)), ['series', 'date'], ['price', 'promo'], file, line);
      if (columns.price === undefined && columns.promo === undefined) throw new InputFileError(file, line, 'bad header: expected series,date and a price and/or promo column');
      if (columns.price !== undefined) price = new Float64Array(cells).fill(Number.NaN);
      if (columns.promo !== undefined) promo = new Float64Array(cells).fill(Number.NaN);
      return;
    }
    const { series: sCol, date: dCol, price: pCol, promo: mCol } = columns as Record<string, number>;
    const dateText = field(dCol!);
    const day = parseIsoDay(Buffer.from(dateText), 0, dateText.length, validDay);
    if (Number.isNaN(day)) throw new InputFileError(file, line, `bad date "${dateText}" (expected an ISO date such as 2016-03-27)`);
    const offset = day - window.originDay;
    if (offset % window.stepDays !== 0) throw new InputFileError(file, line, `date ${dateText} is not on the period grid that continues from ${isoDate(window.originDay)}`);
    const period = offset / window.stepDays - 1;
    const pValue = pCol === undefined ? Number.NaN : cellNumber(field(pCol), 'price', file, line);
    const mValue = mCol === undefined ? Number.NaN : cellNumber(field(mCol), 'promo', file, line);
    const series = indexOfName.get(field(sCol!));
    if (series === undefined || period < 0 || period >= window.horizon) return;
    const at = series * window.horizon + period;
    if (price) price[at] = pValue;
    if (promo) promo[at] = mValue;
  });
  if (columns === null) throw new InputFileError(file, 1, 'bad header: the file is empty (expected series,date,price|promo)');
  batch.futurePrice = price;
  batch.futurePromo = promo;
}

function cellNumber(text: string, name: 'price' | 'promo', file: string, line: number): number {
  const trimmed = text.trim();
  if (trimmed === '') return Number.NaN;
  const value = Number(trimmed);
  if (name === 'promo' && value !== 0 && value !== 1) throw new InputFileError(file, line, `bad promo "${trimmed}" (expected 0 or 1)`);
  if (name === 'price' && !(Number.isFinite(value) && value >= 0)) throw new InputFileError(file, line, `bad price "${trimmed}" (expected a non-negative number)`);
  return value;
}
