// Gross margin (revenue − cost of goods sold, returns reversed) by product family, channel and location,
// read from the dimensions the sale and return entries carry, so it always agrees with the trial balance.
import { sql } from 'kysely';
import { divideRounded } from '../../../kernel/money.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import type { TimeRange } from '../domain/period.ts';
import { periodFilter } from './period-filter.ts';

export const MARGIN_DIMENSIONS = ['family', 'channel', 'location'] as const;
export type MarginDimension = (typeof MARGIN_DIMENSIONS)[number];

export interface MarginRow {
  family?: string | null;
  channel?: string | null;
  location?: string | null;
  revenue: number;
  cogs: number;
  grossMargin: number;
  /** grossMargin ÷ revenue in basis points (null when there is no positive revenue). */
  marginBasisPoints: number | null;
}

const COLUMN: Record<MarginDimension, ReturnType<typeof sql.ref>> = {
  family: sql.ref('p.family'),
  channel: sql.ref('e.channel'),
  location: sql.ref('loc.code'),
};

/** `locationIds` restricts the report to sales at those locations; null covers everything. */
export async function getGrossMargin(db: Queryable, range: TimeRange, by: readonly MarginDimension[], locationIds: readonly string[] | null = null) {
  const dimensions = MARGIN_DIMENSIONS.filter((dimension) => by.includes(dimension));
  const select = dimensions.map((dimension) => sql`${COLUMN[dimension]} AS ${sql.ref(dimension)}`);
  const group = dimensions.length > 0 ? sql`GROUP BY ${sql.join(dimensions.map((dimension) => COLUMN[dimension]))}` : sql``;
  const order = dimensions.length > 0 ? sql`ORDER BY ${sql.join(dimensions.map((dimension) => sql`${COLUMN[dimension]} NULLS LAST`))}` : sql``;
  const result = await sql<Record<string, string | number | null>>`
    SELECT ${sql.join([...select, sql`coalesce(sum(CASE WHEN a.role = 'revenue' THEN l.credit - l.debit END), 0)::int8 AS revenue`,
      sql`coalesce(sum(CASE WHEN a.role = 'cogs' THEN l.debit - l.credit END), 0)::int8 AS cogs`])}
      FROM journal_line l
      JOIN account a ON a.id = l.account_id AND a.role IN ('revenue', 'cogs')
      JOIN journal_entry e ON e.id = l.entry_id
      LEFT JOIN product p ON p.id = l.product_id
      LEFT JOIN location loc ON loc.id = l.location_id
     WHERE true ${periodFilter(range, sql.ref('l.posted_at'))}
       ${locationIds === null ? sql`` : sql`AND l.location_id = ANY(${locationIds})`}
     ${group} ${order}`.execute(db);
  const items: MarginRow[] = result.rows.map((row) => {
    const revenue = Number(row.revenue);
    const cogs = Number(row.cogs);
    const keys = Object.fromEntries(dimensions.map((dimension) => [dimension, (row[dimension] as string | null) ?? null]));
    return { ...keys, ...margin(revenue, cogs) };
  });
  const totals = margin(
    items.reduce((sum, item) => sum + item.revenue, 0),
    items.reduce((sum, item) => sum + item.cogs, 0),
  );
  return { by: dimensions, items, totals };
}

function margin(revenue: number, cogs: number) {
  const grossMargin = revenue - cogs;
  return { revenue, cogs, grossMargin, marginBasisPoints: revenue > 0 ? divideRounded(grossMargin * 10_000, revenue) : null };
}
