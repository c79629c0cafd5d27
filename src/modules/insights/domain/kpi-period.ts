// The period a KPI is asked for: inclusive ISO dates, `to` defaulting to today and `from` to 29 days before
// it; `from` after `to`, or a range longer than three years, is refused (400).
import { InvalidInput } from '../../../kernel/errors.ts';

const MAX_DAYS = 3 * 366;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface KpiPeriod {
  from: string;
  to: string;
}

export function kpiPeriod(from: string | undefined, to: string | undefined, today: Date): KpiPeriod {
  const end = to === undefined ? today.toISOString().slice(0, 10) : parseDate(to, '/to');
  const start = from === undefined ? shift(end, -29) : parseDate(from, '/from');
  if (start > end) throw new InvalidInput(`from (${start}) is after to (${end})`, [{ path: '/from', message: 'must not be after to' }]);
  const days = (Date.parse(end) - Date.parse(start)) / 86_400_000 + 1;
  if (days > MAX_DAYS) throw new InvalidInput(`A KPI period is at most three years; ${start}..${end} is ${days} days`, [{ path: '/from', message: 'range over 3 years' }]);
  return { from: start, to: end };
}

function parseDate(text: string, path: string): string {
  const date = ISO_DATE.test(text) ? new Date(`${text}T00:00:00Z`) : new Date(Number.NaN);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text || date.getUTCFullYear() < 1900) {
    throw new InvalidInput(`${text} is not a date (YYYY-MM-DD)`, [{ path, message: 'must be a date YYYY-MM-DD' }]);
  }
  return text;
}

function shift(date: string, days: number): string {
  return new Date(Date.parse(date) + days * 86_400_000).toISOString().slice(0, 10);
}
