// A buyer turns chosen open proposals (manual rules, or ones the run left open) into draft purchase orders and
// onto draft transfers, grouped as the run groups them; or dismisses them.
import { sql } from 'kysely';
import { Conflict, Forbidden, UnknownReference } from '../../../kernel/errors.ts';
import type { Context } from '../../../platform/db/unit-of-work.ts';
import { draftPurchaseOrders } from './draft-purchase-orders.ts';
import { draftTransfers } from './draft-transfers.ts';
import { REPLENISHMENT_LOCK_KEY } from './run-replenishment.ts';

async function lockOpen(ctx: Context, ids: readonly string[], ordering: boolean) {
  const rows = await sql<{ id: string; status: string; location_id: string; source: string; vendor_id: string | null }>`SELECT id, status,
      location_id, source, vendor_id FROM replenishment_proposal WHERE id = ANY(${[...ids]}::uuid[]) ORDER BY id FOR UPDATE`.execute(ctx.tx);
  const found = new Map(rows.rows.map((row) => [row.id, row]));
  for (const [index, id] of ids.entries()) {
    const row = found.get(id);
    if (!row || (ctx.actor.locationIds !== null && !ctx.actor.locationIds.includes(row.location_id))) {
      throw new UnknownReference('proposal', id, `/proposals/${index}`);
    }
    if (row.status !== 'open') throw new Conflict('invalid_state', `Proposal ${id} is ${row.status}`, [{ path: `/proposals/${index}`, message: row.status }]);
    if (ordering && row.source === 'purchase' && row.vendor_id === null) {
      throw new Conflict('no_vendor', `Proposal ${id} has no vendor: give the product supplier info first`, [{ path: `/proposals/${index}`, message: 'no vendor' }]);
    }
  }
}

export async function orderProposals(ctx: Context, ids: readonly string[]) {
  if (ctx.actor.locationIds !== null) throw new Forbidden('Only buyers not limited to some locations order proposals');
  // Serialized with runs: both create drafts on the same lanes.
  await sql`SELECT pg_advisory_xact_lock(${REPLENISHMENT_LOCK_KEY}::int8)`.execute(ctx.tx);
  await lockOpen(ctx, ids, true);
  const drafts = await draftTransfers(ctx, ids);
  const orders = await draftPurchaseOrders(ctx, ids);
  const numbers = await sql<{ kind: string; number: string }>`SELECT 'po' AS kind, number FROM purchase_order WHERE id = ANY(${orders}::uuid[])
    UNION ALL SELECT 'draft', number FROM transfer_draft WHERE id = ANY(${drafts}::uuid[]) ORDER BY 2`.execute(ctx.tx);
  const result = {
    purchaseOrders: numbers.rows.filter((row) => row.kind === 'po').map((row) => row.number),
    transferDrafts: numbers.rows.filter((row) => row.kind === 'draft').map((row) => row.number),
  };
  await ctx.audit({ action: 'replenishment.proposals_ordered', entity: 'replenishment_proposal', entityId: ids.join(',').slice(0, 200), after: { proposals: ids, ...result } });
  return result;
}

export async function dismissProposals(ctx: Context, ids: readonly string[], reason: string | undefined) {
  await lockOpen(ctx, ids, false);
  await sql`UPDATE replenishment_proposal SET status = 'dismissed', closed_at = ${ctx.now} WHERE id = ANY(${[...ids]}::uuid[])`.execute(ctx.tx);
  await ctx.audit({ action: 'replenishment.proposals_dismissed', entity: 'replenishment_proposal', entityId: ids.join(',').slice(0, 200), after: { proposals: ids, reason: reason ?? null } });
  return { dismissed: ids.length };
}
