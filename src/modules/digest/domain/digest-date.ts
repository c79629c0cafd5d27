// The day a digest is asked for: an ISO calendar date (YYYY-MM-DD, a real one) — anything else is 400 — that has
// begun by now (UTC, the days KPI facts use) — a day still to come has no digest: 404.
import { InvalidInput, NotFound } from '../../../kernel/errors.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function digestDate(text: string, now: Date): string {
  const date = ISO_DATE.test(text) ? new Date(`${text}T00:00:00Z`) : new Date(Number.NaN);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text || date.getUTCFullYear() < 1900) {
    throw new InvalidInput(`${text} is not a date (YYYY-MM-DD)`, [{ path: '/date', message: 'must be a date YYYY-MM-DD' }]);
  }
  if (text > now.toISOString().slice(0, 10)) throw new NotFound('Digest for', text);
  return text;
}
