// HISTORY.csv of the forecasting contract → one dense SeriesBatch: `series,date,quantity[,price][,promo]`, any
// column order, extra columns ignored, missing periods = zero sales, every series running to the file's last date.
import { dayNumber, type Frequency, isValidDate, isoDate, stepDays } from '../engine/calendar.ts';
import type { SeriesBatch } from '../engine/series-batch.ts';
import { GrowableColumn } from './growable-column.ts';
import { fieldText, forEachCsvLine, InputFileError, parseDecimal, parseIsoDay, readCsvBytes, sameBytes } from './csv-source.ts';
import { headerColumns } from './header.ts';

export interface History {
  batch: SeriesBatch;
  originDay: number;
}

const validDay = (y: number, m: number, d: number) => (isValidDate(y, m, d) ? dayNumber(y, m, d) : null);

export function readHistory(file: string, frequency: Frequency): History {
  const bytes = readCsvBytes(file);
  const step = stepDays(frequency);
  const names: string[] = [];
  const indexOfName = new Map<string, number>();
  const seriesOf = new GrowableColumn(Int32Array);
  const dayOf = new GrowableColumn(Int32Array);
  const quantityOf = new GrowableColumn(Float64Array);
  const priceOf = new GrowableColumn(Float64Array);
  const promoOf = new GrowableColumn(Float64Array);
  let columns: Record<string, number> | null = null;
  let previousStart = -1;
  let previousEnd = -1;
  let previousSeries = -1;
  let gridDay = Number.NaN;
  let originDay = Number.NEGATIVE_INFINITY;
  let [sCol, dCol, qCol, minimumWidth] = [0, 0, 0, 0];
  let pCol: number | undefined;
  let mCol: number | undefined;

  forEachCsvLine(bytes, file, (starts, ends, count, line, quoted) => {
    if (columns === null) {
      const header = quoted ?? Array.from({ length: count }, (_, i) => fieldText(bytes, starts, ends, count, null, i));
      columns = headerColumns(header, ['series', 'date', 'quantity'], ['price', 'promo'], file, line);
      [sCol, dCol, qCol] = [columns.series as number, columns.date as number, columns.quantity as number];
      pCol = columns.price;
      mCol = columns.promo;
      minimumWidth = Math.max(sCol, dCol, qCol, pCol ?? -1, mCol ?? -1) + 1;
      return;
    }
    const width = quoted ? quoted.length : count;
    if (width < minimumWidth) throw new InputFileError(file, line, `expected at least ${minimumWidth} columns, found ${width}`);
    // Same series as the line before (the usual sorted file): compare bytes, skip decoding the name.
    let series = previousSeries;
    const nameStart = starts[sCol] as number;
    const nameEnd = ends[sCol] as number;
    if (quoted || previousSeries < 0 || !sameBytes(bytes, previousStart, previousEnd, nameStart, nameEnd)) {
      const name = fieldText(bytes, starts, ends, count, quoted, sCol);
      if (name === '') throw new InputFileError(file, line, 'empty series name');
      series = indexOfName.get(name) ?? -1;
      if (series < 0) {
        series = names.length;
        names.push(name);
        indexOfName.set(name, series);
      }
      previousStart = quoted ? -1 : nameStart;
      previousEnd = quoted ? -1 : nameEnd;
      previousSeries = quoted ? -1 : series;
    }
    const day = quoted ? parseIsoDay(Buffer.from(fieldText(bytes, starts, ends, count, quoted, dCol)), 0, fieldText(bytes, starts, ends, count, quoted, dCol).length, validDay) : parseIsoDay(bytes, starts[dCol] as number, ends[dCol] as number, validDay);
    if (Number.isNaN(day)) throw new InputFileError(file, line, `bad date "${fieldText(bytes, starts, ends, count, quoted, dCol)}" (expected an ISO date such as 2016-03-27)`);
    if (Number.isNaN(gridDay)) gridDay = day;
    else if (step === 7 && (((day - gridDay) % 7) + 7) % 7 !== 0) {
      throw new InputFileError(file, line, `date ${fieldText(bytes, starts, ends, count, quoted, dCol)} is not on the weekly grid of the file (weeks start on the weekday of ${isoDate(gridDay)})`);
    }
    const quantity = quoted ? Number(fieldText(bytes, starts, ends, count, quoted, qCol)) : parseDecimal(bytes, starts[qCol] as number, ends[qCol] as number);
    if (!Number.isFinite(quantity)) throw new InputFileError(file, line, `bad quantity "${fieldText(bytes, starts, ends, count, quoted, qCol)}"`);
    if (quantity < 0) throw new InputFileError(file, line, `negative quantity ${fieldText(bytes, starts, ends, count, quoted, qCol)}`);
    seriesOf.push(series);
    dayOf.push(day);
    quantityOf.push(quantity);
    if (pCol !== undefined) priceOf.push(optionalNumber(fieldText(bytes, starts, ends, count, quoted, pCol), 'price', file, line, false));
    if (mCol !== undefined) promoOf.push(optionalNumber(fieldText(bytes, starts, ends, count, quoted, mCol), 'promo', file, line, true));
    if (day > originDay) originDay = day;
  });
  if (columns === null) throw new InputFileError(file, 1, 'bad header: the file is empty (expected series,date,quantity)');
  if (names.length === 0) throw new InputFileError(file, 2, 'no data rows');
  const batch = densify(names, seriesOf.view(), dayOf.view(), quantityOf.view(), pCol === undefined ? null : priceOf.view(), mCol === undefined ? null : promoOf.view(), originDay, step, file);
  return { batch, originDay };
}

function optionalNumber(cell: string, name: string, file: string, line: number, flag: boolean): number {
  const text = cell.trim();
  if (text === '') return Number.NaN;
  const value = Number(text);
  if (flag && value !== 0 && value !== 1) throw new InputFileError(file, line, `bad ${name} "${text}" (expected 0 or 1)`);
  if (!flag && !(Number.isFinite(value) && value >= 0)) throw new InputFileError(file, line, `bad ${name} "${text}" (expected a non-negative number)`);
  return value;
}

/** Rows (any order) → each series dense from its first date to the file's last date; duplicates are an error. */
function densify(names: string[], series: Int32Array, days: Int32Array, quantity: Float64Array, price: Float64Array | null, promo: Float64Array | null, originDay: number, step: number, file: string): SeriesBatch {
  const first = new Float64Array(names.length).fill(Number.POSITIVE_INFINITY);
  for (let r = 0; r < series.length; r++) if ((days[r] as number) < (first[series[r] as number] as number)) first[series[r] as number] = days[r] as number;
  const offsets = new Int32Array(names.length + 1);
  for (let s = 0; s < names.length; s++) offsets[s + 1] = (offsets[s] as number) + Math.round((originDay - (first[s] as number)) / step) + 1;
  const total = offsets[names.length] as number;
  const denseQuantity = new Float64Array(total);
  const seen = new Uint8Array(total);
  const densePrice = price ? new Float64Array(total).fill(Number.NaN) : null;
  const densePromo = promo ? new Float64Array(total) : null;
  for (let r = 0; r < series.length; r++) {
    const s = series[r] as number;
    const at = (offsets[s] as number) + Math.round(((days[r] as number) - (first[s] as number)) / step);
    if (seen[at]) throw new InputFileError(file, r + 2, `second row for series ${names[s]} on ${isoDate(days[r] as number)}`);
    seen[at] = 1;
    denseQuantity[at] = quantity[r] as number;
    if (densePrice && price) densePrice[at] = price[r] as number;
    if (densePromo && promo) densePromo[at] = Number.isNaN(promo[r] as number) ? 0 : (promo[r] as number);
  }
  return { names, offsets, quantity: denseQuantity, price: densePrice, promo: densePromo, futurePrice: null, futurePromo: null };
}
