// A list's from/to query parameters: ISO dates or date-times (kernel/time-range.ts turns them into a half-open
// range); from after to is a 400 rather than a silently empty list.
import { z } from 'zod';
import { InvalidInput } from '../../kernel/errors.ts';
import { type TimeRange, timeRange } from '../../kernel/time-range.ts';

export const periodBound = z.iso.datetime({ offset: true }).or(z.iso.date());

export function periodRange(from: string | undefined, to: string | undefined): TimeRange {
  const range = timeRange(from, to);
  if (range.from && range.until && range.from.getTime() >= range.until.getTime()) {
    throw new InvalidInput('from must not be after to', [{ path: '/query/from', message: 'must not be after to' }]);
  }
  return range;
}
