// The SQL condition that keeps rows of a time range (AND-prefixed, empty when unbounded).
import { type RawBuilder, sql } from 'kysely';
import type { TimeRange } from '../domain/period.ts';

export function periodFilter(range: TimeRange, column: RawBuilder<unknown> | ReturnType<typeof sql.ref>): RawBuilder<unknown> {
  const parts = [];
  if (range.from) parts.push(sql`AND ${column} >= ${range.from}`);
  if (range.until) parts.push(sql`AND ${column} < ${range.until}`);
  return parts.length === 0 ? sql`` : sql.join(parts, sql` `);
}
