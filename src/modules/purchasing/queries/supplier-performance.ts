// Supplier performance per vendor over a period, from the purchasing documents themselves (KPIS.md):
// OTIF — order lines due in the period received complete on or before their promised date ÷ lines due;
// fill rate — units received (up to the ordered quantity) ÷ units ordered, over the lines due;
// lead time — receipt date − order (send) date per receipt line in the period, against the promised lead time
// (mean and p90, and the variance actual − promised); price variance of the bills posted in the period.
import { sql } from 'kysely';
import type { Actor } from '../../../kernel/actor.ts';
import { divideRounded } from '../../../kernel/money.ts';
import type { Queryable } from '../../../platform/db/database.ts';

export interface PerformanceInput {
  from: Date;
  to: Date;
  vendor?: string;
}

const round2 = (value: unknown) => (value === null || value === undefined ? null : Math.round(Number(value) * 100) / 100);
/** part ÷ whole in basis points (10 000 = all), null when there is nothing to divide by. */
const basisPoints = (part: number, whole: number) => (whole === 0 ? null : divideRounded(part * 10_000, whole));

export async function supplierPerformance(db: Queryable, actor: Actor, input: PerformanceInput) {
  const scope = actor.locationIds !== null ? sql`AND o.location_id = ANY(${actor.locationIds}::uuid[])` : sql``;
  const vendorFilter = input.vendor !== undefined ? sql`AND v.code = ${input.vendor}` : sql``;
  const rows = await sql<Record<string, any>>`WITH due AS (
      SELECT o.vendor_id, count(*)::int8 AS lines_due,
        count(*) FILTER (WHERE l.completed_at IS NOT NULL
          AND (l.completed_at AT TIME ZONE 'UTC')::date <= (l.expected_at AT TIME ZONE 'UTC')::date)::int8 AS on_time_in_full,
        sum(l.quantity)::int8 AS ordered, sum(least(l.received, l.quantity))::int8 AS received
      FROM purchase_order_line l JOIN purchase_order o ON o.id = l.purchase_order_id
      WHERE o.sent_at IS NOT NULL AND o.status <> 'cancelled' AND l.expected_at >= ${input.from} AND l.expected_at <= ${input.to} ${scope}
      GROUP BY o.vendor_id),
    lead AS (
      SELECT o.vendor_id, count(*)::int8 AS receipt_lines,
        avg(extract(epoch FROM r.received_at - o.sent_at) / 86400) AS actual_mean,
        percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM r.received_at - o.sent_at) / 86400) AS actual_p90,
        avg(l.lead_time_days) AS promised_mean,
        avg(extract(epoch FROM r.received_at - o.sent_at) / 86400 - l.lead_time_days) AS variance_mean,
        percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM r.received_at - o.sent_at) / 86400 - l.lead_time_days) AS variance_p90
      FROM receipt_line rl JOIN receipt r ON r.id = rl.receipt_id JOIN purchase_order o ON o.id = r.purchase_order_id
      JOIN purchase_order_line l ON l.purchase_order_id = o.id AND l.line_no = rl.po_line_no
      WHERE r.received_at >= ${input.from} AND r.received_at <= ${input.to} AND o.sent_at IS NOT NULL ${scope}
      GROUP BY o.vendor_id),
    billed AS (
      SELECT b.vendor_id, count(*)::int8 AS bills, sum(b.price_variance)::int8 AS price_variance, sum(b.received_value)::int8 AS received_value
      FROM vendor_bill b JOIN purchase_order o ON o.id = b.purchase_order_id
      WHERE b.status = 'posted' AND b.posted_at >= ${input.from} AND b.posted_at <= ${input.to} ${scope}
      GROUP BY b.vendor_id)
    SELECT v.code AS vendor, v.name, due.lines_due, due.on_time_in_full, due.ordered, due.received, lead.receipt_lines, lead.actual_mean,
      lead.actual_p90, lead.promised_mean, lead.variance_mean, lead.variance_p90, billed.bills, billed.price_variance, billed.received_value
    FROM vendor v LEFT JOIN due ON due.vendor_id = v.id LEFT JOIN lead ON lead.vendor_id = v.id LEFT JOIN billed ON billed.vendor_id = v.id
    WHERE (due.vendor_id IS NOT NULL OR lead.vendor_id IS NOT NULL OR billed.vendor_id IS NOT NULL) ${vendorFilter}
    ORDER BY v.code`.execute(db);
  return {
    from: input.from.toISOString(),
    to: input.to.toISOString(),
    items: rows.rows.map((row) => {
      const linesDue = Number(row.lines_due ?? 0);
      return {
        vendor: row.vendor as string,
        name: row.name as string,
        linesDue,
        linesOnTimeInFull: Number(row.on_time_in_full ?? 0),
        otifBasisPoints: basisPoints(Number(row.on_time_in_full ?? 0), linesDue),
        unitsOrdered: Number(row.ordered ?? 0),
        unitsReceived: Number(row.received ?? 0),
        fillRateBasisPoints: basisPoints(Number(row.received ?? 0), Number(row.ordered ?? 0)),
        leadTimeDays: {
          receiptLines: Number(row.receipt_lines ?? 0),
          actualMean: round2(row.actual_mean),
          actualP90: round2(row.actual_p90),
          promisedMean: round2(row.promised_mean),
          varianceMean: round2(row.variance_mean),
          varianceP90: round2(row.variance_p90),
        },
        bills: Number(row.bills ?? 0),
        priceVariance: Number(row.price_variance ?? 0),
        priceVarianceBasisPoints: basisPoints(Number(row.price_variance ?? 0), Number(row.received_value ?? 0)),
      };
    }),
  };
}
