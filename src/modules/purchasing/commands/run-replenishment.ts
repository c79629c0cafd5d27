// The replenishment run: evaluates every active reorder rule with set-based SQL (two statements: stores, then
// warehouses), proposes what falls below min (one open proposal per product and location at most), and puts auto
// rules' needs on draft documents — store transfer drafts first, so the warehouses' purchase rules then see them
// as outgoing demand — and submits the draft purchase orders to the approval policies.
// Runs are serialized with a transaction-scoped advisory lock: a concurrent run waits, then sees the first
// run's documents as incoming and proposes nothing twice.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { Forbidden } from '../../../kernel/errors.ts';
import type { Context } from '../../../platform/db/unit-of-work.ts';
import type { ReplenishmentRunCompleted } from '../events.ts';
import { getPurchasingSettings } from '../queries/get-settings.ts';
import { draftRunPurchaseOrders } from './run-purchase-orders.ts';
import { draftRunTransfers } from './run-transfer-drafts.ts';
import { submitPurchaseOrder } from './submit-purchase-order.ts';

/** The advisory lock key of replenishment runs (any constant; it only has to be the same everywhere). */
export const REPLENISHMENT_LOCK_KEY = 5_201_127;

export interface ReplenishmentRun {
  id: string;
  startedAt: string;
  durationMs: number;
  rulesEvaluated: number;
  proposalsCreated: number;
  purchaseOrdersDrafted: number;
  purchaseOrdersAutoApproved: number;
  transfersDrafted: number;
}

export async function runReplenishment(ctx: Context, note?: string): Promise<ReplenishmentRun> {
  if (ctx.actor.locationIds !== null) throw new Forbidden('A replenishment run covers every location; ask someone who is not limited to some');
  const started = performance.now();
  await sql`SELECT pg_advisory_xact_lock(${REPLENISHMENT_LOCK_KEY}::int8)`.execute(ctx.tx);
  // The run aggregates hundreds of thousands of rows: enough memory for its hashes and sorts, for this
  // transaction only, keeps them off disk.
  await sql`SET LOCAL work_mem = '64MB'`.execute(ctx.tx);
  const settings = await getPurchasingSettings(ctx.tx);
  const id = randomUUID();
  await sql`INSERT INTO replenishment_run (id, actor_id, started_at) VALUES (${id}, ${ctx.actor.userId}, ${ctx.now})`.execute(ctx.tx);

  const parameters = { now: ctx.now, demandWindowDays: settings.demandWindowDays, transferLeadTimeDays: settings.transferLeadTimeDays };
  // Stores first: what their draft transfers ask for is outgoing demand when the warehouses' rules are evaluated.
  const stores = await draftRunTransfers(ctx, id, parameters);
  const warehouses = await draftRunPurchaseOrders(ctx, id, parameters);
  const evaluated = await sql<{ n: number }>`SELECT count(*)::int8 AS n FROM reorder_rule WHERE active`.execute(ctx.tx);
  let autoApproved = 0;
  if (settings.submitRunOrders) {
    for (const orderId of warehouses.orders) if ((await submitPurchaseOrder(ctx, orderId)).status === 'approved') autoApproved += 1;
  }

  const run: ReplenishmentRun = {
    id,
    startedAt: ctx.now.toISOString(),
    durationMs: Math.round(performance.now() - started),
    rulesEvaluated: Number(evaluated.rows[0]?.n ?? 0),
    proposalsCreated: stores.created + warehouses.created,
    purchaseOrdersDrafted: warehouses.orders.length,
    purchaseOrdersAutoApproved: autoApproved,
    transfersDrafted: stores.drafts,
  };
  await sql`UPDATE replenishment_run SET duration_ms = ${run.durationMs}, rules_evaluated = ${run.rulesEvaluated},
      proposals_created = ${run.proposalsCreated}, purchase_orders_drafted = ${run.purchaseOrdersDrafted},
      transfers_drafted = ${run.transfersDrafted}, purchase_orders_auto_approved = ${run.purchaseOrdersAutoApproved}
    WHERE id = ${id}`.execute(ctx.tx);
  await ctx.audit({ action: 'replenishment.run', entity: 'replenishment_run', entityId: id, after: { ...run, note: note ?? null } });
  const event: ReplenishmentRunCompleted = {
    type: 'purchasing.replenishment_run_completed',
    payload: { runId: id, proposalsCreated: run.proposalsCreated, purchaseOrdersDrafted: run.purchaseOrdersDrafted, transfersDrafted: run.transfersDrafted },
  };
  await ctx.emit(event);
  return run;
}
