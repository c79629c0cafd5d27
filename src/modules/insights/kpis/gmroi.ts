// GMROI: gross margin ÷ average inventory value at cost, the average being (value at the start of the period +
// value at its end) ÷ 2. Values at a location are the cost of the units moved in minus out.
import { sql } from 'kysely';
import type { KpiDefinition } from './kpi-definition.ts';
import { factsSince, positions } from './on-hand.ts';

export const gmroi: KpiDefinition = {
  name: 'gmroi',
  title: 'GMROI',
  unit: 'ratio',
  cuts: ['location', 'family'],
  available: true,
  description: 'Gross margin in the period ÷ average inventory value at cost ((value at start + value at end) ÷ 2).',
  // The denominator is summed doubled (opening counted twice, the period's movements once) to stay an integer:
  // 2 × (position − moves since `from`) + moves in the period.
  measure: ({ from, to }) => sql`SELECT day, product_id, location_id, channel, (net_sales - returns_value) - (cogs - returns_cogs) AS numerator, 0::bigint AS denominator
      FROM sales_fact WHERE company_id = 1 AND day BETWEEN ${from}::date AND ${to}::date
    UNION ALL
    SELECT NULL, product_id, location_id, NULL, 0, 2 * value FROM (${positions(to)}) o
    UNION ALL
    SELECT day, product_id, location_id, NULL, 0, CASE WHEN day <= ${to}::date THEN -1 ELSE -2 END * (value_in - value_out)
      FROM (${factsSince(sql`${from}::date`, to)}) s`,
  finish: (numerator, doubled) => ({ value: doubled === 0 ? null : (2 * numerator) / doubled, numerator, denominator: doubled / 2 }),
};
