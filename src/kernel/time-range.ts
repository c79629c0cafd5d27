// The time range a from/to pair of ISO dates or date-times names: a bare date `from` is the start of that UTC day,
// a bare date `to` the end of it, a date-time `to` is included.

export interface TimeRange {
  /** Inclusive start, or unbounded. */
  from: Date | undefined;
  /** Exclusive end, or unbounded. */
  until: Date | undefined;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

export function timeRange(from?: string, to?: string): TimeRange {
  return {
    from: from === undefined ? undefined : new Date(DATE_ONLY.test(from) ? `${from}T00:00:00.000Z` : from),
    until: to === undefined ? undefined : DATE_ONLY.test(to) ? new Date(Date.parse(`${to}T00:00:00.000Z`) + DAY_MS) : new Date(Date.parse(to) + 1),
  };
}
