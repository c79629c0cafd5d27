// Purchasing lead time and its variance, per purchase order line sent to a vendor, by the day its first units
// arrived (a short line still shows when the vendor delivered; OTIF judges completeness): actual lead time =
// first receipt − sent; variance = actual − promised (promised = the line's expected arrival − sent), so
// positive means late. In days; mean as the value, with p50 and p90.
import { type RawBuilder, sql } from 'kysely';
import type { KpiDefinition, Period } from './kpi-definition.ts';

const DAY_SECONDS = 86_400;

/** Rows (day, product_id, location_id, channel, days, vendor_id) of the lines first received in the period. */
function linesReceived({ from, to }: Period, days: RawBuilder<unknown>) {
  return sql`SELECT (first_received_at AT TIME ZONE 'UTC')::date AS day, product_id, location_id, NULL AS channel, ${days} AS days, vendor_id
    FROM purchase_line_fact
    WHERE company_id = 1 AND ordered_at IS NOT NULL
      AND first_received_at >= (${from}::date::timestamp AT TIME ZONE 'UTC') AND first_received_at < ((${to}::date + 1)::timestamp AT TIME ZONE 'UTC')`;
}

const actualDays = sql`extract(epoch FROM first_received_at - ordered_at) / ${DAY_SECONDS}`;
const lateDays = sql`extract(epoch FROM first_received_at - promised_at) / ${DAY_SECONDS}`;

function inDays(name: string, title: string, description: string, days: RawBuilder<unknown>): KpiDefinition {
  return {
    name,
    title,
    unit: 'days',
    cuts: ['vendor', 'location', 'family', 'day'],
    available: true,
    description,
    measure: (period) => sql`SELECT day, product_id, location_id, channel, days AS numerator, 1 AS denominator, vendor_id FROM (${linesReceived(period, days)}) r`,
    finish: (sum, lines) => ({ value: lines === 0 ? null : sum / lines, numerator: sum, denominator: lines }),
    samples: (period) => sql`SELECT day, product_id, location_id, channel, days AS sample, 1 AS weight, vendor_id FROM (${linesReceived(period, days)}) r`,
  };
}

export const purchaseLeadTime = inDays(
  'purchase_lead_time',
  'Lead time (purchasing)',
  'Days from sending a purchase order line to the vendor to the arrival of its first units, by the day they arrived: mean (value), p50 and p90. numerator = Σ line-days, denominator = lines.',
  actualDays,
);

export const leadTimeVariance = inDays(
  'lead_time_variance',
  'Lead-time variance (vendor)',
  'Actual − promised lead time per purchase order line, in days (positive = late), by the day its first units arrived: mean (value), p50 and p90.',
  lateDays,
);
