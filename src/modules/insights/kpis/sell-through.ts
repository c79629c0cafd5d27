// Sell-through: units sold ÷ (units on hand at period start + units received in the period). Received = from
// suppliers or transfers arriving at the location; on hand at start = on hand at the end of the day before `from`.
import { sql } from 'kysely';
import { type KpiDefinition, ratio } from './kpi-definition.ts';
import { onHandAtEndOf } from './on-hand.ts';

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
    SELECT NULL, product_id, location_id, NULL, 0, units FROM (${onHandAtEndOf(sql`${from}::date - 1`, to)}) o
    UNION ALL
    SELECT day, product_id, location_id, NULL, 0, units_received FROM stock_fact WHERE company_id = 1 AND day BETWEEN ${from}::date AND ${to}::date AND units_received > 0`,
  finish: ratio,
};
