// Sell-through: units sold ÷ (units on hand at period start + units received in the period). Received = from
// suppliers or transfers arriving at the location; on hand at start = the position minus every move since `from`.
import { sql } from 'kysely';
import { type KpiDefinition, ratio } from './kpi-definition.ts';
import { factsSince, positions } from './on-hand.ts';

export const sellThrough: KpiDefinition = {
  name: 'sell_through',
  title: 'Sell-through',
  unit: 'ratio',
  cuts: ['location', 'family'],
  available: true,
  description: 'Units sold in the period ÷ (units on hand at the start of the period + units received in it from suppliers or transfers).',
  measure: ({ from, to }) => sql`SELECT day, product_id, location_id, channel, units_sold AS numerator, 0::bigint AS denominator
      FROM sales_fact WHERE company_id = 1 AND day BETWEEN ${from}::date AND ${to}::date
    UNION ALL
    SELECT NULL, product_id, location_id, NULL, 0, units FROM (${positions(to)}) o
    UNION ALL
    SELECT day, product_id, location_id, NULL, 0, CASE WHEN day <= ${to}::date THEN units_received ELSE 0 END - (units_in - units_out)
      FROM (${factsSince(sql`${from}::date`, to)}) s`,
  finish: ratio,
};
