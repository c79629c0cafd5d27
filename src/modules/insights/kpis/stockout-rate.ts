// Stockout rate: share of (SKU, location, day) in the period with nothing on hand at the end of the day, among
// the SKU-locations with an active reorder rule created by then. On hand stands in for available: reservations
// are not in the facts (a day whose units are all reserved is not counted as a stockout).
// Computed per run of days between two changes of on hand (not per day), so the cost follows the facts, not
// pairs × days; each row is a run starting on its `day`, which is why there is no day cut. The opening on hand is
// the stock position minus the facts after the start, so nothing before the period is read.
import { sql } from 'kysely';
import { type KpiDefinition, ratio } from './kpi-definition.ts';

export const stockoutRate: KpiDefinition = {
  name: 'stockout_rate',
  title: 'Stockout rate',
  unit: 'ratio',
  cuts: ['location', 'family'],
  available: true,
  description: 'Days with nothing on hand at day end ÷ days, over (SKU, location) pairs with an active reorder rule (counted from the day it was created).',
  measure: ({ from, to }) => sql`WITH pairs AS (
      SELECT product_id, location_id, greatest((created_at AT TIME ZONE 'UTC')::date, ${from}::date) AS start
      FROM reorder_rule WHERE active AND (created_at AT TIME ZONE 'UTC')::date <= ${to}::date),
    later AS (
      SELECT s.product_id, s.location_id, s.day, s.units_in - s.units_out AS change
      FROM pairs p JOIN stock_fact s ON s.company_id = 1 AND s.product_id = p.product_id AND s.location_id = p.location_id AND s.day > p.start),
    points AS (
      SELECT p.product_id, p.location_id, p.start AS day, coalesce(o.units, 0) - coalesce(sum(l.change), 0) AS change
      FROM pairs p LEFT JOIN stock_position o ON o.company_id = 1 AND o.product_id = p.product_id AND o.location_id = p.location_id
        LEFT JOIN later l ON l.product_id = p.product_id AND l.location_id = p.location_id
      GROUP BY 1, 2, 3, o.units
      UNION ALL
      SELECT product_id, location_id, day, change FROM later WHERE day <= ${to}::date),
    runs AS (
      SELECT product_id, location_id, day,
        sum(change) OVER (PARTITION BY product_id, location_id ORDER BY day) AS on_hand,
        coalesce(lead(day) OVER (PARTITION BY product_id, location_id ORDER BY day), ${to}::date + 1) - day AS days
      FROM points)
    SELECT day, product_id, location_id, NULL AS channel, CASE WHEN on_hand <= 0 THEN days ELSE 0 END AS numerator, days AS denominator FROM runs`,
  finish: ratio,
};
