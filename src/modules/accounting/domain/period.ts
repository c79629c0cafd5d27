// Periods: the accounting date of a moment (its UTC day), and how a report echoes the time range its from/to
// name (kernel/time-range.ts).
import { type TimeRange, timeRange } from '../../../kernel/time-range.ts';

export { type TimeRange, timeRange };

/** YYYY-MM-DD of the UTC day the moment falls on. */
export function accountingDate(moment: Date): string {
  return moment.toISOString().slice(0, 10);
}

/** The period a report covers, as it echoes it: ISO instants, both inclusive (a date `to` is its last millisecond), null when open. */
export function echoPeriod(range: TimeRange): { from: string | null; to: string | null } {
  return { from: range.from?.toISOString() ?? null, to: range.until ? new Date(range.until.getTime() - 1).toISOString() : null };
}

/** The end of the day (or the moment) a report is taken at, as an exclusive bound. */
export function endOf(at: string | undefined, now: Date): Date {
  return timeRange(undefined, at).until ?? new Date(now.getTime() + 1);
}
