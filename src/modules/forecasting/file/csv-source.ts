// A CSV file as bytes, line by line, for the forecast command: .csv or gzip (.csv.gz, detected by its magic
// bytes), UTF-8, header first. Strict and fast on purpose: the contract's files are simple and can be 1 GB.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

/** A problem in an input file, reported as `file:line: problem` (line 0 when the file cannot be read at all). */
export class InputFileError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly problem: string,
  ) {
    super(`${file}:${line}: ${problem}`);
  }
}

export function readCsvBytes(file: string): Buffer {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new InputFileError(file, 0, `cannot read the file (${code})`);
  }
  if (bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      return gunzipSync(bytes);
    } catch {
      throw new InputFileError(file, 0, 'cannot read the file (corrupt gzip)');
    }
  }
  return bytes;
}

const QUOTE = 0x22;
const COMMA = 0x2c;
const NEWLINE = 0x0a;
const CR = 0x0d;

/**
 * Calls `onLine(fieldStarts, fieldEnds, count, lineNumber)` for every non-empty line, with the byte ranges of its
 * fields (reused arrays: copy what you keep). Quoted fields ("a,b", "say ""hi""") take a slower path.
 */
export function forEachCsvLine(
  bytes: Buffer,
  file: string,
  onLine: (starts: Int32Array, ends: Int32Array, count: number, line: number, unquoted: string[] | null) => void,
): number {
  const starts = new Int32Array(64);
  const ends = new Int32Array(64);
  let line = 0;
  let position = 0;
  while (position < bytes.length) {
    line++;
    let end = bytes.indexOf(NEWLINE, position);
    if (end < 0) end = bytes.length;
    const next = end + 1;
    if (end > position && bytes[end - 1] === CR) end--;
    if (end === position) {
      if (next < bytes.length) throw new InputFileError(file, line, 'empty line');
      break;
    }
    let count = 0;
    let fieldStart = position;
    let quoted = false;
    for (let i = position; i <= end; i++) {
      const byte = i === end ? COMMA : bytes[i];
      if (byte === QUOTE) {
        quoted = true;
        break;
      }
      if (byte === COMMA) {
        if (count === starts.length) throw new InputFileError(file, line, 'too many columns');
        starts[count] = fieldStart;
        ends[count] = i;
        count++;
        fieldStart = i + 1;
      }
    }
    if (quoted) onLine(starts, ends, 0, line, splitQuoted(bytes.toString('utf8', position, end), file, line));
    else onLine(starts, ends, count, line, null);
    position = next;
  }
  return line;
}

function splitQuoted(text: string, file: string, line: number): string[] {
  const fields: string[] = [];
  let i = 0;
  while (i <= text.length) {
    if (text[i] === '"') {
      let value = '';
      i++;
      for (;;) {
        const close = text.indexOf('"', i);
        if (close < 0) throw new InputFileError(file, line, 'unterminated quoted field');
        value += text.slice(i, close);
        if (text[close + 1] === '"') {
          value += '"';
          i = close + 2;
        } else {
          i = close + 1;
          break;
        }
      }
      if (i < text.length && text[i] !== ',') throw new InputFileError(file, line, 'text after a closing quote');
      fields.push(value);
      i++;
    } else {
      const comma = text.indexOf(',', i);
      const stop = comma < 0 ? text.length : comma;
      fields.push(text.slice(i, stop));
      i = stop + 1;
    }
  }
  return fields;
}

/** Parses YYYY-MM-DD at bytes[start, end) into a day number, or NaN. */
export function parseIsoDay(bytes: Buffer, start: number, end: number, toDay: (y: number, m: number, d: number) => number | null): number {
  if (end - start !== 10 || bytes[start + 4] !== 0x2d || bytes[start + 7] !== 0x2d) return Number.NaN;
  const year = digitAt(bytes, start) * 1000 + digitAt(bytes, start + 1) * 100 + digitAt(bytes, start + 2) * 10 + digitAt(bytes, start + 3);
  const month = digitAt(bytes, start + 5) * 10 + digitAt(bytes, start + 6);
  const day = digitAt(bytes, start + 8) * 10 + digitAt(bytes, start + 9);
  if (Number.isNaN(year + month + day)) return Number.NaN;
  return toDay(year, month, day) ?? Number.NaN;
}

function digitAt(bytes: Buffer, at: number): number {
  const value = (bytes[at] as number) - 0x30;
  return value >= 0 && value <= 9 ? value : Number.NaN;
}

/** The text of field `column` of the current line (see forEachCsvLine). */
export function fieldText(bytes: Buffer, starts: Int32Array, ends: Int32Array, count: number, quoted: string[] | null, column: number): string {
  if (quoted) return quoted[column] ?? '';
  return column < count ? bytes.toString('utf8', starts[column], ends[column]) : '';
}

/** Whether bytes[aStart, aEnd) and bytes[bStart, bEnd) hold the same bytes (short names: a loop beats a native call). */
export function sameBytes(bytes: Buffer, aStart: number, aEnd: number, bStart: number, bEnd: number): boolean {
  if (aEnd - aStart !== bEnd - bStart) return false;
  for (let i = 0; i < aEnd - aStart; i++) if (bytes[aStart + i] !== bytes[bStart + i]) return false;
  return true;
}

/** A plain decimal (digits, one optional point) at bytes[start, end) without allocating; anything else via Number(). */
export function parseDecimal(bytes: Buffer, start: number, end: number): number {
  if (start === end) return Number.NaN;
  let whole = 0;
  let i = start;
  for (; i < end; i++) {
    const value = (bytes[i] as number) - 0x30;
    if (value < 0 || value > 9) break;
    whole = whole * 10 + value;
  }
  if (i === end && end - start < 16) return whole;
  if (bytes[i] === 0x2e && i > start && end - start < 16) {
    let fraction = 0;
    let scale = 1;
    for (let j = i + 1; j < end; j++) {
      const value = (bytes[j] as number) - 0x30;
      if (value < 0 || value > 9) return slowNumber(bytes, start, end);
      fraction = fraction * 10 + value;
      scale *= 10;
    }
    return whole + fraction / scale;
  }
  return slowNumber(bytes, start, end);
}

function slowNumber(bytes: Buffer, start: number, end: number): number {
  const text = bytes.toString('latin1', start, end).trim();
  return text === '' ? Number.NaN : Number(text);
}
