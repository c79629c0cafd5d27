// Adds to the daily stock facts and to the current stock position in the caller's transaction: one statement
// upserting both (x = x + excluded.x), pre-summed by key, so on hand at any date is the position minus later facts.
import { sql } from 'kysely';
import type { Context } from '../../../platform/db/unit-of-work.ts';

export interface StockFactDelta {
  day: string;
  productId: string;
  locationId: string;
  unitsIn?: number;
  unitsOut?: number;
  valueIn?: number;
  valueOut?: number;
  unitsReceived?: number;
  lossValue?: number;
  unitsCounted?: number;
  countVariance?: number;
}

const MEASURES = ['unitsIn', 'unitsOut', 'valueIn', 'valueOut', 'unitsReceived', 'lossValue', 'unitsCounted', 'countVariance'] as const;

export async function addStockFacts(ctx: Context, deltas: readonly StockFactDelta[]): Promise<void> {
  const sums = new Map<string, StockFactDelta>();
  for (const delta of deltas) {
    const key = `${delta.day}|${delta.locationId}|${delta.productId}`;
    const sum = sums.get(key) ?? { day: delta.day, productId: delta.productId, locationId: delta.locationId };
    for (const measure of MEASURES) sum[measure] = (sum[measure] ?? 0) + (delta[measure] ?? 0);
    sums.set(key, sum);
  }
  const rows = [...sums.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, row]) => row);
  if (rows.length === 0) return;
  const column = (measure: (typeof MEASURES)[number]) => rows.map((row) => row[measure] ?? 0);
  await sql`WITH d AS (
      SELECT * FROM unnest(${rows.map((row) => row.day)}::date[], ${rows.map((row) => row.productId)}::uuid[], ${rows.map((row) => row.locationId)}::uuid[],
        ${column('unitsIn')}::int8[], ${column('unitsOut')}::int8[], ${column('valueIn')}::int8[], ${column('valueOut')}::int8[],
        ${column('unitsReceived')}::int8[], ${column('lossValue')}::int8[], ${column('unitsCounted')}::int8[], ${column('countVariance')}::int8[])
        AS d (day, product_id, location_id, units_in, units_out, value_in, value_out, units_received, loss_value, units_counted, count_variance)),
    position AS (
      INSERT INTO stock_position (company_id, location_id, product_id, units, value, first_day)
      SELECT 1, location_id, product_id, sum(units_in - units_out), sum(value_in - value_out), min(day) FROM d GROUP BY location_id, product_id ORDER BY location_id, product_id
      ON CONFLICT (company_id, location_id, product_id) DO UPDATE SET units = stock_position.units + excluded.units, value = stock_position.value + excluded.value,
        first_day = least(stock_position.first_day, excluded.first_day))
    INSERT INTO stock_fact (company_id, day, product_id, location_id, units_in, units_out, value_in, value_out, units_received, loss_value, units_counted, count_variance)
    SELECT 1, * FROM d
    ON CONFLICT (company_id, day, location_id, product_id) DO UPDATE SET
      units_in = stock_fact.units_in + excluded.units_in,
      units_out = stock_fact.units_out + excluded.units_out,
      value_in = stock_fact.value_in + excluded.value_in,
      value_out = stock_fact.value_out + excluded.value_out,
      units_received = stock_fact.units_received + excluded.units_received,
      loss_value = stock_fact.loss_value + excluded.loss_value,
      units_counted = stock_fact.units_counted + excluded.units_counted,
      count_variance = stock_fact.count_variance + excluded.count_variance`.execute(ctx.tx);
}
