// Adds to the daily sales facts in the caller's transaction: one upsert (x = x + excluded.x) for all rows of a
// document, pre-summed by key so no statement touches a row twice. Concurrent writers simply add up.
import { type RawBuilder, sql } from 'kysely';
import type { Context } from '../../../platform/db/unit-of-work.ts';

export interface SalesFactDelta {
  day: string;
  productId: string;
  locationId: string;
  channel: string;
  unitsSold?: number;
  netSales?: number;
  cogs?: number;
  unitsReturned?: number;
  returnsValue?: number;
  returnsCogs?: number;
  unitsReturnedOfSold?: number;
}

const MEASURES = ['unitsSold', 'netSales', 'cogs', 'unitsReturned', 'returnsValue', 'returnsCogs', 'unitsReturnedOfSold'] as const;

export async function addSalesFacts(ctx: Context, deltas: readonly SalesFactDelta[]): Promise<void> {
  const upsert = salesFactsUpsert(deltas);
  if (upsert) await upsert.execute(ctx.tx);
}

/** The upsert statement for a document's deltas (null when there are none), to run alone or inside a WITH. */
export function salesFactsUpsert(deltas: readonly SalesFactDelta[]): RawBuilder<unknown> | null {
  const sums = new Map<string, SalesFactDelta>();
  for (const delta of deltas) {
    const key = `${delta.day}|${delta.productId}|${delta.locationId}|${delta.channel}`;
    const sum = sums.get(key) ?? { day: delta.day, productId: delta.productId, locationId: delta.locationId, channel: delta.channel };
    for (const measure of MEASURES) sum[measure] = (sum[measure] ?? 0) + (delta[measure] ?? 0);
    sums.set(key, sum);
  }
  const rows = [...sums.values()].sort((a, b) => (`${a.day}${a.locationId}${a.productId}${a.channel}` < `${b.day}${b.locationId}${b.productId}${b.channel}` ? -1 : 1));
  if (rows.length === 0) return null;
  const column = (measure: (typeof MEASURES)[number]) => rows.map((row) => row[measure] ?? 0);
  return sql`INSERT INTO sales_fact (company_id, day, product_id, location_id, channel, units_sold, net_sales, cogs, units_returned, returns_value, returns_cogs, units_returned_of_sold)
    SELECT 1, * FROM unnest(${rows.map((row) => row.day)}::date[], ${rows.map((row) => row.productId)}::uuid[], ${rows.map((row) => row.locationId)}::uuid[],
      ${rows.map((row) => row.channel)}::text[], ${column('unitsSold')}::int8[], ${column('netSales')}::int8[], ${column('cogs')}::int8[],
      ${column('unitsReturned')}::int8[], ${column('returnsValue')}::int8[], ${column('returnsCogs')}::int8[], ${column('unitsReturnedOfSold')}::int8[])
    ON CONFLICT (company_id, day, location_id, product_id, channel) DO UPDATE SET
      units_sold = sales_fact.units_sold + excluded.units_sold,
      net_sales = sales_fact.net_sales + excluded.net_sales,
      cogs = sales_fact.cogs + excluded.cogs,
      units_returned = sales_fact.units_returned + excluded.units_returned,
      returns_value = sales_fact.returns_value + excluded.returns_value,
      returns_cogs = sales_fact.returns_cogs + excluded.returns_cogs,
      units_returned_of_sold = sales_fact.units_returned_of_sold + excluded.units_returned_of_sold`;
}
