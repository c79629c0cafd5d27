// Cancels a purchase order before anything arrived (draft, waiting for approval, approved or sent); its
// quantities stop counting as incoming, so the next replenishment run may propose them again.
import { sql } from 'kysely';
import type { Context } from '../../../platform/db/unit-of-work.ts';
import type { PurchaseOrderView } from '../queries/purchase-order-view.ts';
import { changePurchaseOrder } from './change-purchase-order.ts';

export function cancelPurchaseOrder(ctx: Context, idOrNumber: string, reason: string | undefined): Promise<PurchaseOrderView> {
  return changePurchaseOrder(ctx, idOrNumber, 'cancelled', async (order) => {
    await sql`UPDATE purchase_order_approval SET status = 'cancelled' WHERE purchase_order_id = ${order.id} AND status IN ('pending', 'waiting')`.execute(ctx.tx);
    await sql`UPDATE purchase_order SET status = 'cancelled', cancelled_at = ${ctx.now}, note = coalesce(${reason ?? null}, note)
      WHERE id = ${order.id}`.execute(ctx.tx);
    return { reason: reason ?? null };
  });
}
