// Takes back goods of any channel's completed order at any store or warehouse: restocked units re-enter the
// location's stock at the cost they left at, scrapped units stay written off, and the customer is refunded
// what they paid for those units.
import { randomUUID } from 'node:crypto';
import { UnknownReference } from '../../../kernel/errors.ts';
import type { Context } from '../../../platform/db/unit-of-work.ts';
import { resolveProducts } from '../../catalog/index.ts';
import { CUSTOMER, InvalidState, moveStocks, resolveStockLocation } from '../../inventory/index.ts';
import { nextDocumentNumber } from '../../../platform/db/document-number.ts';
import { loadOrder, type OrderRecord, recordOrderEvent } from '../../orders/index.ts';
import { reasonCode, returnShare } from '../domain/return-refund.ts';
import { NotOnOrder, ReturnExceedsSold } from '../errors.ts';
import type { Disposition, ReturnedLine } from '../events.ts';
import { loadReturn, type ReturnView } from '../queries/load-return.ts';
import { returnedSoFar, soldFigures } from '../queries/returnable-lines.ts';

export interface AcceptReturnInput {
  order: string;
  location: string;
  lines: Array<{ sku: string; quantity: number; reason: string; disposition: Disposition }>;
}

export async function acceptReturn(ctx: Context, input: AcceptReturnInput): Promise<ReturnView> {
  const location = await resolveStockLocation(ctx, input.location, '/location');
  const order = await lockOrder(ctx, input.order);
  if (order.status !== 'completed') throw new InvalidState(`Order ${order.number}`, order.status, 'returned (only completed orders can be)');
  await resolveProducts(ctx.tx, input.lines.map((line) => line.sku), (index) => `/lines/${index}/sku`);
  const returned = await returnedSoFar(ctx.tx, order.id);

  const id = randomUUID();
  const number = await nextDocumentNumber(ctx, 'RET');
  const rows: Array<Omit<ReturnedLine, 'soldFromLocationId'> & { orderLineNo: number; sku: string }> = [];
  for (const [index, line] of input.lines.entries()) {
    let left = line.quantity;
    const soldLines = order.lines.filter((sold) => sold.sku === line.sku);
    if (soldLines.length === 0) throw new NotOnOrder(line.sku, order.number, `/lines/${index}/sku`);
    const returnable = soldLines.reduce((sum, sold) => sum + sold.quantity - (returned.get(sold.lineNo) ?? 0), 0);
    if (line.quantity > returnable) throw new ReturnExceedsSold(line.sku, order.number, line.quantity, returnable, `/lines/${index}/quantity`);
    for (const sold of soldLines) {
      const already = returned.get(sold.lineNo) ?? 0;
      const take = Math.min(left, sold.quantity - already);
      if (take <= 0) continue;
      const share = returnShare(soldFigures(sold), take, already);
      returned.set(sold.lineNo, already + take);
      rows.push({ productId: sold.productId, sku: sold.sku, orderLineNo: sold.lineNo, quantity: take, disposition: line.disposition, reason: line.reason, ...share });
      left -= take;
    }
  }
  const refund = { method: order.payment.method, amount: rows.reduce((sum, row) => sum + row.net + row.tax, 0), locationId: order.payment.method === 'cash' ? location.id : null };
  await ctx.tx
    .insertInto('return_document')
    .values({ id, number, order_id: order.id, location_id: location.id, refund_amount: refund.amount, refund_method: refund.method, actor_id: ctx.actor.userId, created_at: ctx.now })
    .execute();
  const restocked = rows.filter((row) => row.disposition === 'restock');
  await moveStocks(
    ctx,
    restocked.map((row) => ({ product: { id: row.productId, sku: row.sku }, from: CUSTOMER, to: location, quantity: row.quantity, source: { type: 'return', id }, inboundValue: row.cost })),
  );
  await ctx.tx
    .insertInto('return_line')
    .values(
      rows.map((row, index) => ({
        return_id: id,
        line_no: index + 1,
        order_id: order.id,
        order_line_no: row.orderLineNo,
        product_id: row.productId,
        quantity: row.quantity,
        reason_code: reasonCode(row.reason),
        reason: row.reason,
        disposition: row.disposition,
        net: row.net,
        tax: row.tax,
        cost: row.cost,
      })),
    )
    .execute();
  await ctx.tx
    .insertInto('order_payment')
    .values({ id: randomUUID(), order_id: order.id, kind: 'refund', method: refund.method, amount: refund.amount, location_id: refund.locationId, at: ctx.now })
    .execute();
  await recordOrderEvent(ctx, order.id, 'returned', { return: number, location: location.code, refund: refund.amount });
  await ctx.emit({
    type: 'returns.return_accepted',
    payload: {
      returnId: id,
      orderId: order.id,
      locationId: location.id,
      refund,
      channel: order.channel,
      soldAt: (order.completedAt as Date).toISOString(),
      lines: rows.map(({ productId, quantity, disposition, net, tax, cost, reason, orderLineNo }) => ({
        productId, quantity, disposition, net, tax, cost, reason, soldFromLocationId: soldFrom(order, orderLineNo),
      })),
    },
  });
  const { locationId: _scope, ...view } = await loadReturn(ctx.tx, id);
  await ctx.audit({ action: 'return.accepted', entity: 'return', entityId: id, after: view });
  return view;
}

/** Locks the order so two concurrent returns of it cannot both take the last units. */
async function lockOrder(ctx: Context, idOrNumber: string): Promise<OrderRecord> {
  try {
    return await loadOrder(ctx.tx, idOrNumber, { forUpdate: true });
  } catch (error) {
    if ((error as { category?: string }).category === 'not_found') throw new UnknownReference('order', idOrNumber, '/order');
    throw error;
  }
}

/** The location a sold line's units left from; the first by id when it left from several (as the KPI backfill reads it). */
function soldFrom(order: OrderRecord, lineNo: number): string | null {
  const ids = order.allocations.filter((a) => a.lineNo === lineNo && a.status === 'fulfilled' && a.locationId !== null).map((a) => a.locationId as string);
  return ids.sort()[0] ?? null;
}
