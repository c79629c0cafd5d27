// Return rate: units returned ÷ units sold, attributed to the period of sale (a return counts on the day, at the
// location and in the channel of the sale it undoes, whenever it comes back).
import { sql } from 'kysely';
import { type KpiDefinition, ratio } from './kpi-definition.ts';

export const returnRate: KpiDefinition = {
  name: 'return_rate',
  title: 'Return rate',
  unit: 'ratio',
  cuts: ['channel', 'location', 'family', 'day'],
  available: true,
  description: 'Units returned ÷ units sold, both attributed to the day, location and channel of the sale.',
  measure: ({ from, to }) => sql`SELECT day, product_id, location_id, channel, units_returned_of_sold AS numerator, units_sold AS denominator
    FROM sales_fact WHERE company_id = 1 AND day BETWEEN ${from}::date AND ${to}::date`,
  finish: ratio,
};
