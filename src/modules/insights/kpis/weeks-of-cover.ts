// Weeks of cover: units on hand at the end of the period ÷ average weekly units sold over the 8 weeks ending
// then. No sales: null ("no sales", infinite cover).
import { sql } from 'kysely';
import type { KpiDefinition } from './kpi-definition.ts';
import { onHandAtEndOf } from './on-hand.ts';

export const weeksOfCover: KpiDefinition = {
  name: 'weeks_of_cover',
  title: 'Weeks of cover',
  unit: 'weeks',
  cuts: ['location', 'family'],
  available: true,
  description: 'Units on hand at the end of `to` ÷ average weekly units sold over the 56 days ending on `to`; null when nothing sold ("no sales").',
  measure: ({ to }) => sql`SELECT NULL::date AS day, product_id, location_id, NULL AS channel, units AS numerator, 0::bigint AS denominator
      FROM (${onHandAtEndOf(to)}) o
    UNION ALL
    SELECT day, product_id, location_id, channel, 0, units_sold FROM sales_fact
      WHERE company_id = 1 AND day BETWEEN ${to}::date - 55 AND ${to}::date`,
  finish: (onHand, soldIn8Weeks) => ({ value: soldIn8Weeks === 0 ? null : onHand / (soldIn8Weeks / 8), numerator: onHand, denominator: soldIn8Weeks / 8 }),
};
