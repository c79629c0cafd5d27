// CSV exports of reports: RFC 4180 quoting, a header row, sent as text/csv with a file name. Money is written
// in the currency's major unit with its minor-unit decimals (37254.86, not 3725486 cents), for spreadsheets.
import type { FastifyReply } from 'fastify';
import { formatMinorUnits, minorUnitDigits } from '../../../kernel/money.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { getCompany } from '../../network/index.ts';

/** An amount already written as a decimal: never formula-guarded, a leading minus is a sign. */
export interface CsvDecimal {
  decimal: string;
}

export type CsvValue = string | number | boolean | null | undefined | CsvDecimal;

/** Writes minor units of one currency as decimals. */
export function moneyWriter(currency: string): (amount: number | null | undefined) => CsvDecimal | null {
  const digits = minorUnitDigits(currency);
  return (amount) => (amount === null || amount === undefined ? null : { decimal: formatMinorUnits(amount, digits) });
}

export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly CsvValue[]>): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return value.decimal;
  const text = String(value);
  // A leading =, +, - or @ would be run as a formula by spreadsheets; numbers are safe as they are.
  const guarded = typeof value === 'string' && /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

/** An export is every row, not a page: bounded so one request cannot exhaust the server. */
export const EXPORT_LIMIT = 100_000;

/** Money columns in the company's currency, which every row names in its `currency` column. */
export async function companyMoney(db: Queryable): Promise<{ currency: string; decimal: ReturnType<typeof moneyWriter> }> {
  const { currency } = await getCompany(db);
  return { currency, decimal: moneyWriter(currency) };
}

export function sendCsv(reply: FastifyReply, filename: string, csv: string): FastifyReply {
  return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${filename}.csv"`).send(csv);
}
