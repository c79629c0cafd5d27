// Gross margin: net sales − cost of goods sold (at the cost the units left at; returns reverse both).
// The value is money; numerator ÷ denominator is the margin as a share of net sales.
import { sql } from 'kysely';
import type { KpiDefinition } from './kpi-definition.ts';

export const grossMargin: KpiDefinition = {
  name: 'gross_margin',
  title: 'Gross margin',
  unit: 'money',
  cuts: ['channel', 'location', 'family', 'day'],
  available: true,
  description: 'Net sales − cost of goods sold (returns reversed at the cost they left at). numerator = margin, denominator = net sales (their ratio is the margin %).',
  measure: ({ from, to }) => sql`SELECT day, product_id, location_id, channel,
      (net_sales - returns_value) - (cogs - returns_cogs) AS numerator, net_sales - returns_value AS denominator
    FROM sales_fact WHERE company_id = 1 AND day BETWEEN ${from}::date AND ${to}::date`,
  finish: (numerator, denominator) => ({ value: numerator, numerator, denominator }),
};
