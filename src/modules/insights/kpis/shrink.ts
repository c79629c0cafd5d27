// Shrink: value of inventory lost (negative adjustments and count variances, transfer shortfalls, scrapped
// returns) ÷ net sales.
import { sql } from 'kysely';
import { type KpiDefinition, ratio } from './kpi-definition.ts';

export const shrink: KpiDefinition = {
  name: 'shrink',
  title: 'Shrink',
  unit: 'ratio',
  cuts: ['location', 'family', 'day'],
  available: true,
  description: 'Cost of inventory lost (negative adjustments and count variances, transfer shortfalls at the receiving location, scrapped returns) ÷ net sales.',
  measure: ({ from, to }) => sql`SELECT day, product_id, location_id, NULL AS channel, loss_value AS numerator, 0::bigint AS denominator
      FROM stock_fact WHERE company_id = 1 AND day BETWEEN ${from}::date AND ${to}::date
    UNION ALL
    SELECT day, product_id, location_id, channel, 0, net_sales - returns_value FROM sales_fact WHERE company_id = 1 AND day BETWEEN ${from}::date AND ${to}::date`,
  finish: ratio,
};
