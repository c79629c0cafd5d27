// Completes a till sale: the goods leave the store now, at the average cost, and the sale is earned.
import { sql } from 'kysely';
import type { Context } from '../../../platform/db/unit-of-work.ts';
import type { Location } from '../../network/index.ts';
import { CUSTOMER, moveStock } from '../../inventory/index.ts';
import type { Channel, Payment } from '../events.ts';
import type { PricedOrderLine } from './place-order.ts';
import { recordOrderEvent } from './record-order-event.ts';
import { insertAllocation } from './reserve-order-lines.ts';

export async function completeCarryOut(ctx: Context, orderId: string, store: Location, lines: readonly PricedOrderLine[], payment: Payment, channel: Channel) {
  const costs = new Map<number, number>();
  // One lock order (by product) for every sale keeps concurrent sales from deadlocking.
  const sorted = [...lines].sort((a, b) => a.product.id.localeCompare(b.product.id) || a.lineNo - b.lineNo);
  for (const line of sorted) {
    const cost = await moveStock(ctx, {
      product: line.product,
      from: store,
      to: CUSTOMER,
      quantity: line.quantity,
      source: { type: 'order', id: orderId },
      path: `/lines/${line.lineNo - 1}/quantity`,
    });
    costs.set(line.lineNo, cost);
    await insertAllocation(ctx, orderId, line.lineNo, store.id, line.quantity, 'fulfilled', null, cost);
    await sql`UPDATE order_line SET cost = ${cost} WHERE order_id = ${orderId} AND line_no = ${line.lineNo}`.execute(ctx.tx);
  }
  await sql`UPDATE sales_order SET completed_at = ${ctx.now} WHERE id = ${orderId}`.execute(ctx.tx);
  await recordOrderEvent(ctx, orderId, 'completed', { at: store.code });
  await ctx.emit({
    type: 'orders.order_completed',
    payload: {
      orderId,
      channel,
      fulfillment: 'carry_out',
      carryOut: true,
      payment,
      locationIds: [store.id],
      lines: lines.map((line) => ({ lineNo: line.lineNo, productId: line.product.id, quantity: line.quantity, net: line.net, tax: line.tax, cost: costs.get(line.lineNo) ?? 0 })),
    },
  });
}
