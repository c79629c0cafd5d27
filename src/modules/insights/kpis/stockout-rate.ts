// Stockout rate: share of (SKU, location, day) in the period with nothing on hand at the end of the day, among
// the SKU-locations with an active reorder rule created by then. On hand stands in for available: reservations
// are not in the facts (a day whose units are all reserved is not counted as a stockout).
import { sql } from 'kysely';
import { type KpiDefinition, ratio } from './kpi-definition.ts';

export const stockoutRate: KpiDefinition = {
  name: 'stockout_rate',
  title: 'Stockout rate',
  unit: 'ratio',
  cuts: ['location', 'family', 'day'],
  available: true,
  description: 'Days with nothing on hand at day end ÷ days, over (SKU, location) pairs with an active reorder rule (created by that day).',
  measure: ({ from, to }) => sql`WITH pairs AS (
      SELECT product_id, location_id, (created_at AT TIME ZONE 'UTC')::date AS since FROM reorder_rule WHERE active),
    opening AS (
      SELECT p.product_id, p.location_id, p.since, coalesce(sum(s.units_in - s.units_out), 0) AS units
      FROM pairs p LEFT JOIN stock_fact s ON s.company_id = 1 AND s.product_id = p.product_id AND s.location_id = p.location_id AND s.day < ${from}::date
      GROUP BY 1, 2, 3),
    daily AS (
      SELECT o.product_id, o.location_id, o.since, d.day::date AS day,
        o.units + sum(coalesce(s.units_in - s.units_out, 0)) OVER (PARTITION BY o.product_id, o.location_id ORDER BY d.day) AS on_hand
      FROM opening o CROSS JOIN generate_series(${from}::date, ${to}::date, interval '1 day') d (day)
      LEFT JOIN stock_fact s ON s.company_id = 1 AND s.product_id = o.product_id AND s.location_id = o.location_id AND s.day = d.day::date)
    SELECT day, product_id, location_id, NULL AS channel, CASE WHEN on_hand <= 0 THEN 1 ELSE 0 END AS numerator, 1 AS denominator
    FROM daily WHERE day >= since`,
  finish: ratio,
};
