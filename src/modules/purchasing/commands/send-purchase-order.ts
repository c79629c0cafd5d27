// Sends an approved purchase order to its vendor: the order date is now, so each line's promised date is now
// plus its lead time (what OTIF and the delayed-receipts list measure against).
import { sql } from 'kysely';
import type { Context } from '../../../platform/db/unit-of-work.ts';
import type { PurchaseOrderSent } from '../events.ts';
import type { PurchaseOrderView } from '../queries/purchase-order-view.ts';
import { changePurchaseOrder } from './change-purchase-order.ts';

export function sendPurchaseOrder(ctx: Context, idOrNumber: string): Promise<PurchaseOrderView> {
  return changePurchaseOrder(ctx, idOrNumber, 'sent', async (order) => {
    const lines = await sql<{ line_no: number; product_id: string; quantity: string | number; expected_at: Date }>`UPDATE purchase_order_line
      SET expected_at = ${ctx.now}::timestamptz + lead_time_days * interval '1 day'
      WHERE purchase_order_id = ${order.id} RETURNING line_no, product_id, quantity, expected_at`.execute(ctx.tx);
    const result = await sql<{ expected_at: Date }>`UPDATE purchase_order o SET status = 'sent', sent_at = ${ctx.now},
        expected_at = (SELECT max(expected_at) FROM purchase_order_line WHERE purchase_order_id = o.id)
      WHERE id = ${order.id} RETURNING expected_at`.execute(ctx.tx);
    const expectedAt = new Date(result.rows[0]?.expected_at as Date).toISOString();
    const event: PurchaseOrderSent = { type: 'purchasing.purchase_order_sent', payload: {
        purchaseOrderId: order.id,
        vendorId: order.vendorId,
        expectedAt,
        locationId: order.locationId,
        sentAt: ctx.now.toISOString(),
        lines: lines.rows
          .map((line) => ({ lineNo: line.line_no, productId: line.product_id, quantity: Number(line.quantity), expectedAt: new Date(line.expected_at).toISOString() }))
          .sort((a, b) => a.lineNo - b.lineNo),
      },
    };
    await ctx.emit(event);
    return undefined;
  });
}
