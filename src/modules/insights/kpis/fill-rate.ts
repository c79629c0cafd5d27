// Fill rate (customer order lines): lines fulfilled complete at their first shipment ÷ lines placed, by the day
// the order was placed. An order leaves all at once, so a line of a completed order was filled at first shipment;
// lines of cancelled or still-open orders were not (yet).
import { sql } from 'kysely';
import { type KpiDefinition, ratio } from './kpi-definition.ts';

export const fillRate: KpiDefinition = {
  name: 'fill_rate',
  title: 'Fill rate (order lines)',
  unit: 'ratio',
  cuts: ['channel', 'location', 'day'],
  available: true,
  description: 'Order lines fulfilled complete at first shipment ÷ order lines placed, by placement day, at the order’s till or pickup store.',
  measure: ({ from, to }) => sql`SELECT day, NULL::uuid AS product_id, location_id, channel, lines_filled AS numerator, lines_placed AS denominator
    FROM fill_fact WHERE company_id = 1 AND day BETWEEN ${from}::date AND ${to}::date`,
  finish: ratio,
};
