// A list's from/to query parameters: ISO dates or date-times, where a bare date `to` includes that whole (UTC)
// day, turned into a half-open time range; from after to is a 400 rather than a silently empty list.
import { z } from 'zod';
import { InvalidInput } from '../../kernel/errors.ts';

export const periodBound = z.iso.datetime({ offset: true }).or(z.iso.date());

export interface TimeRange {
  /** Inclusive start, or unbounded. */
  from: Date | undefined;
  /** Exclusive end, or unbounded. */
  until: Date | undefined;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

export function periodRange(from: string | undefined, to: string | undefined): TimeRange {
  const range: TimeRange = {
    from: from === undefined ? undefined : new Date(DATE_ONLY.test(from) ? `${from}T00:00:00.000Z` : from),
    until: to === undefined ? undefined : DATE_ONLY.test(to) ? new Date(Date.parse(`${to}T00:00:00.000Z`) + DAY_MS) : new Date(Date.parse(to) + 1),
  };
  if (range.from && range.until && range.from.getTime() >= range.until.getTime()) {
    throw new InvalidInput('from must not be after to', [{ path: '/query/from', message: 'must not be after to' }]);
  }
  return range;
}
