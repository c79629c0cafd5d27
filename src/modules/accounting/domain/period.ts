// Periods: the accounting date of a moment (its UTC day) and the time range a report's from/to name,
// where a bare date `to` means the end of that day.

/** YYYY-MM-DD of the UTC day the moment falls on. */
export function accountingDate(moment: Date): string {
  return moment.toISOString().slice(0, 10);
}

export interface TimeRange {
  /** Inclusive start, or unbounded. */
  from: Date | undefined;
  /** Exclusive end, or unbounded. */
  until: Date | undefined;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

/** from: a date is the start of that day; to: a date is the end of that day, a datetime is included. */
export function timeRange(from?: string, to?: string): TimeRange {
  return {
    from: from === undefined ? undefined : new Date(DATE_ONLY.test(from) ? `${from}T00:00:00.000Z` : from),
    until: to === undefined ? undefined : DATE_ONLY.test(to) ? new Date(Date.parse(`${to}T00:00:00.000Z`) + DAY_MS) : new Date(Date.parse(to) + 1),
  };
}

/** The period a report covers, as it echoes it: ISO instants, both inclusive (a date `to` is its last millisecond), null when open. */
export function echoPeriod(range: TimeRange): { from: string | null; to: string | null } {
  return { from: range.from?.toISOString() ?? null, to: range.until ? new Date(range.until.getTime() - 1).toISOString() : null };
}

/** The end of the day (or the moment) a report is taken at, as an exclusive bound. */
export function endOf(at: string | undefined, now: Date): Date {
  return timeRange(undefined, at).until ?? new Date(now.getTime() + 1);
}
