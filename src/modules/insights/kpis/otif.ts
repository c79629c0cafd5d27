// OTIF (vendor): purchase order lines received complete on or before their promised day ÷ lines due in the
// period (promised day within it), over orders sent to vendors.
import { sql } from 'kysely';
import { type KpiDefinition, ratio } from './kpi-definition.ts';

export const otif: KpiDefinition = {
  name: 'otif',
  title: 'OTIF (vendor)',
  unit: 'ratio',
  cuts: ['vendor', 'location', 'family', 'day'],
  available: true,
  description: 'Purchase order lines received in full on or before their promised day ÷ lines promised (due) in the period; day = the promised day.',
  measure: ({ from, to }) => sql`SELECT due_day AS day, product_id, location_id, NULL AS channel,
      CASE WHEN completed_at IS NOT NULL AND (completed_at AT TIME ZONE 'UTC')::date <= due_day THEN 1 ELSE 0 END AS numerator, 1 AS denominator, vendor_id
    FROM purchase_line_fact WHERE company_id = 1 AND due_day BETWEEN ${from}::date AND ${to}::date`,
  finish: ratio,
};
