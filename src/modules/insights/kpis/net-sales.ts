// Net sales: Σ (quantity × unitPrice − discount) of completed order lines − the same for returned units, tax
// excluded. Sales on their day at the location the goods left from; returns on theirs, where they were taken back.
import { sql } from 'kysely';
import { type KpiDefinition, total } from './kpi-definition.ts';

export const netSales: KpiDefinition = {
  name: 'net_sales',
  title: 'Net sales',
  unit: 'money',
  cuts: ['channel', 'location', 'family', 'day'],
  available: true,
  description: 'Σ net amount (quantity × unitPrice − discount, tax excluded) of completed lines minus the net amount refunded for returned units.',
  measure: ({ from, to }) => sql`SELECT day, product_id, location_id, channel, net_sales - returns_value AS numerator, 0::bigint AS denominator
    FROM sales_fact WHERE company_id = 1 AND day BETWEEN ${from}::date AND ${to}::date`,
  finish: (numerator) => total(numerator),
};
