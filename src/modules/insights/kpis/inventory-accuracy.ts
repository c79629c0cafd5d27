// Inventory accuracy: 1 − Σ |counted − on hand at count| ÷ Σ counted, over the cycle counts of the period.
import { sql } from 'kysely';
import type { KpiDefinition } from './kpi-definition.ts';

export const inventoryAccuracy: KpiDefinition = {
  name: 'inventory_accuracy',
  title: 'Inventory accuracy',
  unit: 'ratio',
  cuts: ['location', 'family', 'day'],
  available: true,
  description: '1 − Σ |counted − on hand at count| ÷ Σ counted over the cycle count lines of the period; numerator = Σ |difference|, denominator = Σ counted.',
  measure: ({ from, to }) => sql`SELECT day, product_id, location_id, NULL AS channel, count_variance AS numerator, units_counted AS denominator
    FROM stock_fact WHERE company_id = 1 AND day BETWEEN ${from}::date AND ${to}::date AND units_counted + count_variance > 0`,
  finish: (variance, counted) => ({ value: counted === 0 ? null : 1 - variance / counted, numerator: variance, denominator: counted }),
};
