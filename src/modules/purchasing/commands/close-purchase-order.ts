// Closes a purchase order: nothing more is expected (a partially received order is closed short) and every
// received unit has been billed, so goods received not invoiced holds nothing for it any more.
import { sql } from 'kysely';
import { Conflict } from '../../../kernel/errors.ts';
import type { Context } from '../../../platform/db/unit-of-work.ts';
import type { PurchaseOrderView } from '../queries/purchase-order-view.ts';
import { changePurchaseOrder } from './change-purchase-order.ts';

export function closePurchaseOrder(ctx: Context, idOrNumber: string, reason: string | undefined): Promise<PurchaseOrderView> {
  return changePurchaseOrder(ctx, idOrNumber, 'closed', async (order) => {
    const unbilled = order.lines.filter((line) => line.billed < line.received);
    if (unbilled.length > 0) {
      throw new Conflict('unbilled_receipts', `Purchase order ${order.number} has received units not billed yet (${unbilled.map((l) => l.sku).join(', ')})`);
    }
    await sql`UPDATE purchase_order SET status = 'closed', closed_at = ${ctx.now}, note = coalesce(${reason ?? null}, note) WHERE id = ${order.id}`.execute(ctx.tx);
    return { reason: reason ?? null, short: order.lines.some((line) => line.received < line.quantity) };
  });
}
