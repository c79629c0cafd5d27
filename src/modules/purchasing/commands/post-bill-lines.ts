// Posts a matched vendor bill: its units count as billed on the order (a fully received, fully billed order
// becomes billed), the bill is posted, and accounting is told what to clear and what to owe.
import { sql } from 'kysely';
import type { Context } from '../../../platform/db/unit-of-work.ts';
import { isFullyBilled } from '../domain/purchase-order-status.ts';
import type { BillPosted } from '../events.ts';
import type { PurchaseOrderRecord } from '../queries/load-purchase-order.ts';

export interface BillToPost {
  id: string;
  subtotal: number;
  tax: number;
  receivedValue: number;
  priceVariance: number;
  lines: ReadonlyArray<{ poLineNo: number; quantity: number }>;
}

export async function postBill(ctx: Context, order: PurchaseOrderRecord, bill: BillToPost): Promise<void> {
  await sql`UPDATE purchase_order_line l SET billed = l.billed + u.quantity
    FROM unnest(${bill.lines.map((line) => line.poLineNo)}::int4[], ${bill.lines.map((line) => line.quantity)}::int8[]) AS u (line_no, quantity)
    WHERE l.purchase_order_id = ${order.id} AND l.line_no = u.line_no`.execute(ctx.tx);
  const progress = order.lines.map((line) => ({
    ...line,
    billed: line.billed + bill.lines.filter((b) => b.poLineNo === line.lineNo).reduce((sum, b) => sum + b.quantity, 0),
  }));
  if (order.status === 'received' && isFullyBilled(progress)) {
    await sql`UPDATE purchase_order SET status = 'billed', billed_at = ${ctx.now} WHERE id = ${order.id}`.execute(ctx.tx);
  }
  await sql`UPDATE vendor_bill SET status = 'posted', posted_at = ${ctx.now}, received_value = ${bill.receivedValue},
      price_variance = ${bill.priceVariance} WHERE id = ${bill.id}`.execute(ctx.tx);
  const event: BillPosted = {
    type: 'purchasing.bill_posted',
    payload: {
      billId: bill.id,
      purchaseOrderId: order.id,
      vendorId: order.vendorId,
      locationId: order.locationId,
      subtotal: bill.subtotal,
      tax: bill.tax,
      total: bill.subtotal + bill.tax,
      receivedValue: bill.receivedValue,
      priceVariance: bill.priceVariance,
    },
  };
  await ctx.emit(event);
}
