// Receives goods of a sent purchase order at its warehouse, in part or in full, as often as they come: stock
// moves from the supplier location at the order's unit cost (moving the average cost), backorders waiting at
// that location are allocated oldest first (the orders module reacts to the arrival), and the receipt is
// posted for accounting (goods received not invoiced). Beyond the over-receipt tolerance: 409 over_receipt.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { Conflict } from '../../../kernel/errors.ts';
import type { Context } from '../../../platform/db/unit-of-work.ts';
import { moveStocks, resolveStockLocation, SUPPLIER } from '../../inventory/index.ts';
import { maxReceivable, statusAfterReceipt } from '../domain/purchase-order-status.ts';
import { NotOnOrder, OverReceipt } from '../errors.ts';
import type { ReceiptPosted } from '../events.ts';
import { getPurchasingSettings } from '../queries/get-settings.ts';
import { getReceipt, type ReceiptView } from '../queries/receipt-view.ts';
import { lockOrderInBody } from './order-in-body.ts';
import { nextDocumentNumber } from '../../../platform/db/document-number.ts';

export interface PostReceiptInput {
  purchaseOrder: string;
  location?: string;
  lines: Array<{ sku: string; quantity: number }>;
}

export async function postReceipt(ctx: Context, input: PostReceiptInput): Promise<ReceiptView & { purchaseOrderStatus: string }> {
  const order = await lockOrderInBody(ctx, input.purchaseOrder, 'received');
  if (input.location !== undefined) {
    const location = await resolveStockLocation(ctx, input.location, '/location');
    if (location.id !== order.locationId) {
      throw new Conflict('location_mismatch', `Purchase order ${order.number} is to be received at ${order.locationCode}`, [{ path: '/location', message: `must be ${order.locationCode}` }]);
    }
  }
  const { overReceiptTolerance } = await getPurchasingSettings(ctx.tx);
  const received = input.lines.map((line, index) => {
    const orderLine = order.lines.find((candidate) => candidate.sku === line.sku);
    if (!orderLine) throw new NotOnOrder(line.sku, order.number, `/lines/${index}/sku`);
    const allowed = maxReceivable(orderLine.quantity, overReceiptTolerance);
    if (orderLine.received + line.quantity > allowed) throw new OverReceipt(line.sku, orderLine.quantity, allowed, orderLine.received + line.quantity, `/lines/${index}/quantity`);
    return { orderLine, quantity: line.quantity, value: line.quantity * orderLine.unitCost };
  });

  const id = randomUUID();
  const value = received.reduce((sum, line) => sum + line.value, 0);
  await sql`INSERT INTO receipt (id, number, purchase_order_id, location_id, value, received_by, received_at)
    VALUES (${id}, ${await nextDocumentNumber(ctx, 'RCP')}, ${order.id}, ${order.locationId}, ${value}, ${ctx.actor.userId}, ${ctx.now})`.execute(ctx.tx);
  await ctx.tx
    .insertInto('receipt_line')
    .values(received.map((line, index) => ({
      receipt_id: id,
      line_no: index + 1,
      po_line_no: line.orderLine.lineNo,
      product_id: line.orderLine.productId,
      quantity: line.quantity,
      unit_cost: line.orderLine.unitCost,
      value: line.value,
    })))
    .execute();
  const to = { id: order.locationId, code: order.locationCode, kind: order.locationKind };
  await moveStocks(
    ctx,
    received.map((line) => ({
      product: { id: line.orderLine.productId, sku: line.orderLine.sku },
      from: SUPPLIER,
      to,
      quantity: line.quantity,
      source: { type: 'receipt', id },
      inboundValue: line.value,
    })),
  );
  await sql`UPDATE purchase_order_line l SET received = l.received + u.quantity, first_received_at = coalesce(l.first_received_at, ${ctx.now}::timestamptz),
      completed_at = CASE WHEN l.completed_at IS NULL AND l.received + u.quantity >= l.quantity THEN ${ctx.now}::timestamptz ELSE l.completed_at END
    FROM unnest(${received.map((line) => line.orderLine.lineNo)}::int4[], ${received.map((line) => line.quantity)}::int8[]) AS u (line_no, quantity)
    WHERE l.purchase_order_id = ${order.id} AND l.line_no = u.line_no`.execute(ctx.tx);
  const progress = order.lines.map((line) => ({ ...line, received: line.received + (received.find((r) => r.orderLine.lineNo === line.lineNo)?.quantity ?? 0) }));
  const status = statusAfterReceipt(progress);
  await sql`UPDATE purchase_order SET status = ${status}, received_at = ${status === 'received' ? ctx.now : null} WHERE id = ${order.id}`.execute(ctx.tx);

  const event: ReceiptPosted = {
    type: 'purchasing.receipt_posted',
    payload: {
      receiptId: id,
      purchaseOrderId: order.id,
      vendorId: order.vendorId,
      locationId: order.locationId,
      value,
      lines: received.map((line) => ({ productId: line.orderLine.productId, quantity: line.quantity, value: line.value, lineNo: line.orderLine.lineNo })),
    },
  };
  await ctx.emit(event);
  const view = { ...(await getReceipt(ctx.tx, ctx.actor, id)), purchaseOrderStatus: status };
  await ctx.audit({ action: 'receipt.posted', entity: 'receipt', entityId: id, before: { purchaseOrderStatus: order.status }, after: view });
  return view;
}
