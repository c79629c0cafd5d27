// Cancels an order that has not left yet: reservations are released, backorders dropped, and the
// customer's deposit is paid back. A completed order is returned instead, never cancelled.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Context } from '../../../platform/db/unit-of-work.ts';
import { InvalidState, releaseReservation } from '../../inventory/index.ts';
import { loadOrder } from '../queries/load-order.ts';
import { type OrderView, toOrderView } from '../queries/order-view.ts';
import { lockOrderFor } from './change-order.ts';
import { recordOrderEvent } from './record-order-event.ts';

export async function cancelOrder(ctx: Context, idOrNumber: string, reason?: string): Promise<OrderView> {
  const order = await lockOrderFor(ctx, idOrNumber, 'cancel');
  if (order.status !== 'reserved' && order.status !== 'backordered') throw new InvalidState(`Order ${order.number}`, order.status, 'cancelled');
  for (const allocation of order.allocations) {
    if (allocation.status === 'reserved' && allocation.reservationId) await releaseReservation(ctx, allocation.reservationId);
  }
  await sql`UPDATE order_allocation SET status = 'released' WHERE order_id = ${order.id} AND status IN ('reserved', 'backordered')`.execute(ctx.tx);
  await sql`UPDATE sales_order SET status = 'cancelled', cancelled_at = ${ctx.now} WHERE id = ${order.id}`.execute(ctx.tx);
  const refund = { ...order.payment, amount: order.total };
  await ctx.tx
    .insertInto('order_payment')
    .values({ id: randomUUID(), order_id: order.id, kind: 'refund', method: refund.method, amount: refund.amount, location_id: refund.locationId, at: ctx.now })
    .execute();
  await recordOrderEvent(ctx, order.id, 'cancelled', reason ? { reason } : {});
  await ctx.emit({ type: 'orders.order_cancelled', payload: { orderId: order.id, refund } });
  const after = toOrderView(await loadOrder(ctx.tx, order.id));
  await ctx.audit({ action: 'order.cancelled', entity: 'order', entityId: order.id, before: { status: order.status }, after: { status: after.status } });
  return after;
}
