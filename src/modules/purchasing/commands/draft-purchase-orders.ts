// Turns chosen open purchase proposals into draft purchase orders, one per vendor and receiving location, in one
// statement: orders, their lines and the proposals' link to them are written by data-modifying CTEs (which
// PostgreSQL runs exactly once each, whether or not the final SELECT reads them).
import { sql } from 'kysely';
import { statementNumbers } from '../../../platform/db/document-number.ts';
import type { Context } from '../../../platform/db/unit-of-work.ts';

/** The proposals are the caller's: locked by orderProposals. */
export async function draftPurchaseOrders(ctx: Context, proposalIds: readonly string[]): Promise<string[]> {
  const which = sql`p.id = ANY(${[...proposalIds]}::uuid[])`;
  const now = sql`${ctx.now}::timestamptz`;
  const numbers = statementNumbers('PO', 'grouped');
  const result = await sql<{ id: string }>`WITH chosen AS (
      SELECT p.id, p.product_id, p.location_id, p.vendor_id, p.quantity, p.unit_cost, p.lead_time_days, pr.sku
      FROM replenishment_proposal p JOIN product pr ON pr.id = p.product_id
      WHERE ${which} AND p.status = 'open' AND p.source = 'purchase' AND p.vendor_id IS NOT NULL),
    grouped AS (
      SELECT gen_random_uuid() AS id, vendor_id, location_id, sum(quantity * unit_cost)::int8 AS total, max(lead_time_days) AS lead_time_days
      FROM chosen GROUP BY vendor_id, location_id),
    po_counter AS ${numbers.counter},
    orders AS (
      INSERT INTO purchase_order (id, number, vendor_id, location_id, status, origin, run_id, total, expected_at, created_by, created_at)
      SELECT g.id, ${numbers.number('po_counter', sql`row_number() OVER (ORDER BY g.location_id, g.vendor_id)`)}, g.vendor_id, g.location_id, 'draft', 'replenishment',
        NULL, g.total, ${now} + g.lead_time_days * interval '1 day', ${ctx.actor.userId}::uuid, ${now}
      FROM grouped g
      RETURNING id),
    lines AS (
      INSERT INTO purchase_order_line (purchase_order_id, line_no, product_id, quantity, unit_cost, lead_time_days, expected_at)
      SELECT g.id, row_number() OVER (PARTITION BY g.id ORDER BY c.sku), c.product_id, c.quantity, c.unit_cost, c.lead_time_days,
        ${now} + c.lead_time_days * interval '1 day'
      FROM chosen c JOIN grouped g ON g.vendor_id = c.vendor_id AND g.location_id = c.location_id
      RETURNING 1),
    linked AS (
      UPDATE replenishment_proposal p SET status = 'ordered', purchase_order_id = g.id, closed_at = ${now}
      FROM chosen c JOIN grouped g ON g.vendor_id = c.vendor_id AND g.location_id = c.location_id
      WHERE p.id = c.id
      RETURNING 1)
    SELECT id FROM orders`.execute(ctx.tx);
  const ids = result.rows.map((row) => row.id);
  for (const id of ids) {
    await ctx.audit({ action: 'purchase_order.created', entity: 'purchase_order', entityId: id, after: { origin: 'replenishment', proposals: proposalIds.length } });
  }
  return ids;
}
