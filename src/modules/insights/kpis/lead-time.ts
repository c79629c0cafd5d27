// Lead time (customer orders): fulfilment time − order time, in hours, per order line (an order's lines leave
// together), by the day of fulfilment: mean as the value, with p50 and p90. Read from the lines per distinct lead
// time (lead_time_fact), not per order. Purchasing lead time is not here yet.
import { sql } from 'kysely';
import type { KpiDefinition } from './kpi-definition.ts';

export const leadTime: KpiDefinition = {
  name: 'lead_time',
  title: 'Lead time (customer orders)',
  unit: 'hours',
  cuts: ['channel', 'location', 'day'],
  available: true,
  description: 'Hours from placing a customer order to its fulfilment, per order line, by fulfilment day: mean (value), p50 and p90. numerator = Σ line-hours, denominator = lines.',
  measure: ({ from, to }) => sql`SELECT day, NULL::uuid AS product_id, location_id, channel, seconds * lines AS numerator, lines::bigint AS denominator
    FROM lead_time_fact WHERE company_id = 1 AND day BETWEEN ${from}::date AND ${to}::date`,
  finish: (seconds, lines) => ({ value: lines === 0 ? null : seconds / lines / 3600, numerator: seconds / 3600, denominator: lines }),
  samples: ({ from, to }) => sql`SELECT day, NULL::uuid AS product_id, location_id, channel, seconds / 3600.0 AS sample, lines AS weight
    FROM lead_time_fact WHERE company_id = 1 AND day BETWEEN ${from}::date AND ${to}::date`,
};
