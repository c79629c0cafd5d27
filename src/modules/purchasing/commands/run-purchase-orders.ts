// The warehouse side of a run, in one statement of data-modifying CTEs (PostgreSQL runs each exactly once):
// every purchase rule is evaluated; auto rules' needs with a vendor become draft purchase orders — one per
// vendor and receiving location, lines by SKU, promised dates from lead times — and every need becomes a
// proposal, ordered and linked to its purchase order, or open (manual rules, or no vendor to order from).
import { sql } from 'kysely';
import { statementNumbers } from '../../../platform/db/document-number.ts';
import type { Context } from '../../../platform/db/unit-of-work.ts';
import { type PositionParameters, reorderPositions } from '../queries/reorder-positions.ts';
import { CANDIDATE_VALUES, CANDIDATES, PROPOSAL_COLUMNS } from './proposal-columns.ts';

export async function draftRunPurchaseOrders(ctx: Context, runId: string, parameters: Omit<PositionParameters, 'source'>) {
  const now = sql`${ctx.now}::timestamptz`;
  const numbers = statementNumbers('PO', 'grouped');
  const result = await sql<{ kind: string; value: string }>`WITH ${reorderPositions({ ...parameters, source: 'purchase' })},
    ${CANDIDATES},
    grouped AS (
      SELECT gen_random_uuid() AS id, vendor_id, location_id, sum(quantity * unit_cost)::int8 AS total, max(lead_time_days) AS lead_time_days
      FROM candidate WHERE trigger = 'auto' AND vendor_id IS NOT NULL
      GROUP BY vendor_id, location_id),
    po_counter AS ${numbers.counter},
    orders AS (
      INSERT INTO purchase_order (id, number, vendor_id, location_id, status, origin, run_id, total, expected_at, created_by, created_at)
      SELECT g.id, ${numbers.number('po_counter', sql`row_number() OVER (ORDER BY g.location_id, g.vendor_id)`)}, g.vendor_id, g.location_id, 'draft', 'replenishment',
        ${runId}::uuid, g.total, ${now} + g.lead_time_days * interval '1 day', ${ctx.actor.userId}::uuid, ${now}
      FROM grouped g
      RETURNING id),
    lines AS (
      INSERT INTO purchase_order_line (purchase_order_id, line_no, product_id, quantity, unit_cost, lead_time_days, expected_at)
      SELECT g.id, row_number() OVER (PARTITION BY g.id ORDER BY p.sku), c.product_id, c.quantity, c.unit_cost, c.lead_time_days,
        ${now} + c.lead_time_days * interval '1 day'
      FROM candidate c JOIN grouped g ON g.vendor_id = c.vendor_id AND g.location_id = c.location_id JOIN product p ON p.id = c.product_id
      WHERE c.trigger = 'auto'
      RETURNING 1),
    inserted AS (
      INSERT INTO replenishment_proposal (${PROPOSAL_COLUMNS})
      SELECT gen_random_uuid(), ${runId}::uuid, ${CANDIDATE_VALUES}, CASE WHEN g.id IS NULL THEN 'open' ELSE 'ordered' END, g.id, NULL, ${now},
        CASE WHEN g.id IS NULL THEN NULL ELSE ${now} END
      FROM candidate c LEFT JOIN grouped g ON c.trigger = 'auto' AND g.vendor_id = c.vendor_id AND g.location_id = c.location_id
      ON CONFLICT (product_id, location_id) WHERE status = 'open' DO NOTHING
      RETURNING 1)
    SELECT 'order' AS kind, id::text AS value FROM orders
    UNION ALL SELECT 'proposals', count(*)::text FROM inserted`.execute(ctx.tx);
  const orders = result.rows.filter((row) => row.kind === 'order').map((row) => row.value);
  for (const id of orders) {
    await ctx.audit({ action: 'purchase_order.created', entity: 'purchase_order', entityId: id, after: { origin: 'replenishment', runId } });
  }
  return { created: Number(result.rows.find((row) => row.kind === 'proposals')?.value ?? 0), orders };
}
