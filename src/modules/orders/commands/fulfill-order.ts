// Fulfils a reserved order (shipped or collected): the reserved stock leaves the allocated locations and
// the sale is earned — the deposit becomes revenue and tax, and cost of goods is posted.
import { sql } from 'kysely';
import type { Context } from '../../../platform/db/unit-of-work.ts';
import { CUSTOMER, InvalidState, moveStock } from '../../inventory/index.ts';
import { priceLine } from '../domain/pricing.ts';
import { loadOrder } from '../queries/load-order.ts';
import { type OrderView, toOrderView } from '../queries/order-view.ts';
import { lockOrderFor } from './change-order.ts';
import { recordOrderEvent } from './record-order-event.ts';

export async function fulfillOrder(ctx: Context, idOrNumber: string): Promise<OrderView> {
  const order = await lockOrderFor(ctx, idOrNumber, 'fulfil');
  if (order.status !== 'reserved') {
    throw new InvalidState(`Order ${order.number}`, order.status === 'backordered' ? 'waiting for backordered stock' : order.status, 'fulfilled');
  }
  const lineOf = new Map(order.lines.map((line) => [line.lineNo, line]));
  const costs = new Map<number, number>();
  const reserved = order.allocations
    .filter((allocation) => allocation.status === 'reserved')
    .sort((a, b) => (lineOf.get(a.lineNo)?.productId ?? '').localeCompare(lineOf.get(b.lineNo)?.productId ?? '') || a.lineNo - b.lineNo);
  for (const allocation of reserved) {
    const line = lineOf.get(allocation.lineNo);
    if (!line || !allocation.locationId || !allocation.locationCode || !allocation.locationKind) continue;
    const value = await moveStock(ctx, {
      product: { id: line.productId, sku: line.sku },
      from: { id: allocation.locationId, code: allocation.locationCode, kind: allocation.locationKind },
      to: CUSTOMER,
      quantity: allocation.quantity,
      source: { type: 'order', id: order.id },
      reservationId: allocation.reservationId ?? undefined,
    });
    costs.set(line.lineNo, (costs.get(line.lineNo) ?? 0) + value);
    await sql`UPDATE order_allocation SET status = 'fulfilled', value = ${value}, fulfilled_at = ${ctx.now} WHERE id = ${allocation.id}`.execute(ctx.tx);
  }
  for (const [lineNo, cost] of costs) {
    await sql`UPDATE order_line SET cost = ${cost} WHERE order_id = ${order.id} AND line_no = ${lineNo}`.execute(ctx.tx);
  }
  await sql`UPDATE sales_order SET status = 'completed', completed_at = ${ctx.now} WHERE id = ${order.id}`.execute(ctx.tx);
  await recordOrderEvent(ctx, order.id, 'completed', { fulfillment: order.fulfillment });
  await ctx.emit({
    type: 'orders.order_completed',
    payload: {
      orderId: order.id,
      channel: order.channel,
      fulfillment: order.fulfillment,
      carryOut: false,
      payment: order.payment,
      locationIds: [...new Set(reserved.map((allocation) => allocation.locationId as string))],
      lines: order.lines.map((line) => {
        const priced = priceLine(line);
        return { lineNo: line.lineNo, productId: line.productId, quantity: line.quantity, net: priced.net, tax: line.tax, cost: costs.get(line.lineNo) ?? 0 };
      }),
    },
  });
  const after = toOrderView(await loadOrder(ctx.tx, order.id));
  await ctx.audit({ action: 'order.fulfilled', entity: 'order', entityId: order.id, before: { status: order.status }, after: { status: after.status } });
  return after;
}
