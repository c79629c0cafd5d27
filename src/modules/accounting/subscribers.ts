// Accounting's reactions to the documents of other modules: each posts its journal entry inside the
// emitting transaction, so a document and its entry commit (or roll back) together.
import { sql } from 'kysely';
import type { Context } from '../../platform/db/unit-of-work.ts';
import type { EventBus } from '../../platform/events/event-bus.ts';
import { type AdjustmentPosted, type CountPosted, OPENING_REASON, type TransferReceived } from '../inventory/index.ts';
import { VIRTUAL_LOCATIONS } from '../network/index.ts';
import type { OrderCancelled, OrderCompleted, OrderPlaced } from '../orders/index.ts';
import type { BillPosted, LandedCostPosted, ReceiptPosted } from '../purchasing/index.ts';
import type { ReturnAccepted } from '../returns/index.ts';
import { openTillAccounts } from './commands/till-accounts.ts';
import { postJournalEntry } from './commands/post-journal-entry.ts';
import type { Channel } from './domain/posting.ts';
import { postingForCancellation, postingForOrderPlaced, postingForSale } from './domain/postings-for-orders.ts';
import { postingForBill, postingForLandedCost, postingForReceipt } from './domain/postings-for-purchases.ts';
import { postingForReturn } from './domain/postings-for-returns.ts';
import { postingForStockChange, postingForTransferShortfall } from './domain/postings-for-stock.ts';
import type { Tender } from './domain/tender-account.ts';

type LocationCreated = { type: 'network.location_created'; payload: { locationId: string; kind: string } };

export function subscribeAccounting(bus: EventBus): void {
  bus.subscribe<LocationCreated>('network.location_created', async (ctx, { payload }) => {
    if (payload.kind === 'store') await openTillAccounts(ctx, [payload.locationId]);
  });

  bus.subscribe<OrderPlaced>('orders.order_placed', async (ctx, { payload }) => {
    const posting = postingForOrderPlaced(payload);
    if (posting) await postJournalEntry(ctx, posting);
  });

  bus.subscribe<OrderCompleted>('orders.order_completed', async (ctx, { payload }) => {
    const split = (payload as { payments?: Tender[] }).payments;
    await postJournalEntry(ctx, postingForSale({ ...payload, tenders: split && split.length > 0 ? split : [payload.payment] }));
  });

  bus.subscribe<OrderCancelled>('orders.order_cancelled', async (ctx, { payload }) => {
    await postJournalEntry(ctx, postingForCancellation(payload));
  });

  bus.subscribe<ReturnAccepted>('returns.return_accepted', async (ctx, { payload }) => {
    await postJournalEntry(ctx, postingForReturn({ ...payload, sale: await saleOf(ctx, payload.orderId) }));
  });

  bus.subscribe<AdjustmentPosted>('inventory.adjustment_posted', async (ctx, { payload }) => {
    const lines = payload.lines.map((line) => ({ productId: line.productId, change: line.delta, value: line.value }));
    const opening = payload.reason === OPENING_REASON;
    await postJournalEntry(ctx, postingForStockChange({ kind: 'adjustment', documentId: payload.adjustmentId, locationId: payload.locationId, lines, opening }));
  });

  bus.subscribe<CountPosted>('inventory.count_posted', async (ctx, { payload }) => {
    const lines = payload.lines.map((line) => ({ productId: line.productId, change: line.variance, value: line.value }));
    await postJournalEntry(ctx, postingForStockChange({ kind: 'count', documentId: payload.countId, locationId: payload.locationId, lines }));
  });

  bus.subscribe<TransferReceived>('inventory.transfer_received', async (ctx, { payload }) => {
    if (payload.shortfall.length === 0) return;
    await postJournalEntry(ctx, postingForTransferShortfall({ ...payload, transitLocationId: VIRTUAL_LOCATIONS.transit }));
  });

  bus.subscribe<ReceiptPosted>('purchasing.receipt_posted', async (ctx, { payload }) => {
    await postJournalEntry(ctx, postingForReceipt(payload));
  });

  bus.subscribe<BillPosted>('purchasing.bill_posted', async (ctx, { payload }) => {
    await postJournalEntry(ctx, postingForBill(payload));
  });

  bus.subscribe<LandedCostPosted>('purchasing.landed_cost_posted', async (ctx, { payload }) => {
    await postJournalEntry(ctx, postingForLandedCost(payload));
  });
}

/** The channel and location the order's sale was posted with, so a return reverses margin and tax there. */
async function saleOf(ctx: Context, orderId: string): Promise<{ channel: Channel | null; locationId: string | null }> {
  // Entries name their order by number (those posted before numbers were used, by id).
  const sale = await sql<{ channel: Channel | null; location_id: string | null }>`SELECT e.channel, e.location_id FROM journal_entry e
    JOIN sales_order o ON o.id = ${orderId}::uuid
    WHERE e.source_type = 'order' AND e.source_id IN (o.id::text, o.number) AND e.kind = 'sale' LIMIT 1`.execute(ctx.tx);
  const row = sale.rows[0];
  return { channel: row?.channel ?? null, locationId: row?.location_id ?? null };
}
