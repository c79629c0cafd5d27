// Stock aging: the units on hand at the end of `to`, first in first out by arrival at the location (every move in:
// receipts, transfers, returns, gains), bucketed by days since they arrived. The value is the units-weighted
// average age in days; `buckets` give units and value (at arrival cost) per age band.
import { sql } from 'kysely';
import type { KpiDefinition } from './kpi-definition.ts';
import { onHandAtEndOf } from './on-hand.ts';

export const AGE_BUCKETS = ['0-30', '31-60', '61-90', '91-180', '>180'] as const;

export const stockAging: KpiDefinition = {
  name: 'stock_aging',
  title: 'Stock aging',
  unit: 'days',
  cuts: ['location', 'family'],
  available: true,
  description:
    'Units on hand at the end of `to`, FIFO by arrival at their location: value = average age in days (numerator Σ unit-days, denominator units), buckets 0–30, 31–60, 61–90, 91–180, >180 days with units and value at arrival cost.',
  measure: ({ to }) => sql`SELECT day, product_id, location_id, NULL AS channel, held * (${to}::date - day) AS numerator, held AS denominator FROM (${held(to)}) h`,
  finish: (unitDays, units) => ({ value: units === 0 ? null : unitDays / units, numerator: unitDays, denominator: units }),
  breakdown: ({ to }) => sql`SELECT day, product_id, location_id, NULL AS channel,
      CASE WHEN ${to}::date - day <= 30 THEN '0-30' WHEN ${to}::date - day <= 60 THEN '31-60' WHEN ${to}::date - day <= 90 THEN '61-90'
           WHEN ${to}::date - day <= 180 THEN '91-180' ELSE '>180' END AS bucket, held AS units, round(held * value_in::numeric / units_in) AS value
    FROM (${held(to)}) h`,
};

/** Per arrival day, the units of that arrival still held at the end of `to` (the newest arrivals are the ones held). */
function held(to: string) {
  return sql`SELECT a.day, a.product_id, a.location_id, a.units_in, a.value_in,
      greatest(0, least(a.units_in, o.units - (a.newer - a.units_in))) AS held
    FROM (SELECT day, product_id, location_id, units_in, value_in,
            sum(units_in) OVER (PARTITION BY product_id, location_id ORDER BY day DESC) AS newer
          FROM stock_fact WHERE company_id = 1 AND day <= ${to}::date AND units_in > 0) a
    JOIN (${onHandAtEndOf(to)}) o ON o.product_id = a.product_id AND o.location_id = a.location_id
    WHERE o.units > 0 AND a.newer - a.units_in < o.units`;
}
