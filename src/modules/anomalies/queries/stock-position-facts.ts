// Stock positions per product × location with units on hand at the end of the window (stock_fact sums every
// earlier day, as weeks of cover does): on hand at its start and end, value at cost, units sold in the window
// and in the baseline before it (sales_fact).
import { sql } from 'kysely';
import type { Queryable } from '../../../platform/db/database.ts';
import type { CheckWindow } from '../domain/check-window.ts';

export interface StockPositionFact {
  productId: string;
  locationId: string;
  onHandAtStart: number;
  onHand: number;
  onHandValue: number;
  soldInWindow: number;
  soldInBaseline: number;
}

export async function stockPositionFacts(db: Queryable, { window, baseline }: CheckWindow): Promise<StockPositionFact[]> {
  const result = await sql<Record<string, string>>`
    WITH stock AS (
      SELECT product_id, location_id, coalesce(sum(units_in - units_out) FILTER (WHERE day < ${window.from}::date), 0) AS at_start,
        sum(units_in - units_out) AS on_hand, sum(value_in - value_out) AS value
      FROM stock_fact WHERE company_id = 1 AND day <= ${window.to}::date
      GROUP BY product_id, location_id HAVING sum(units_in - units_out) > 0
    ), sold AS (
      SELECT product_id, location_id, sum(units_sold) FILTER (WHERE day >= ${window.from}::date) AS in_window,
        sum(units_sold) FILTER (WHERE day < ${window.from}::date) AS in_baseline
      FROM sales_fact WHERE company_id = 1 AND day BETWEEN ${baseline.from}::date AND ${window.to}::date
      GROUP BY product_id, location_id
    )
    SELECT s.product_id, s.location_id, s.at_start, s.on_hand, s.value, coalesce(d.in_window, 0) AS in_window, coalesce(d.in_baseline, 0) AS in_baseline
    FROM stock s LEFT JOIN sold d ON d.product_id = s.product_id AND d.location_id = s.location_id
    ORDER BY s.product_id, s.location_id`.execute(db);
  return result.rows.map((row) => ({
    productId: row.product_id as string,
    locationId: row.location_id as string,
    onHandAtStart: Number(row.at_start),
    onHand: Number(row.on_hand),
    onHandValue: Math.max(0, Number(row.value)),
    soldInWindow: Number(row.in_window),
    soldInBaseline: Number(row.in_baseline),
  }));
}
