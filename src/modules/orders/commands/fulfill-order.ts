// Fulfils a reserved order (shipped or collected): the reserved stock leaves the allocated locations and
// the sale is earned — the deposit becomes revenue and tax, and cost of goods is posted.
import { sql } from 'kysely';
import type { Context } from '../../../platform/db/unit-of-work.ts';
import { CUSTOMER, InvalidState, moveStocks } from '../../inventory/index.ts';
import { priceLine } from '../domain/pricing.ts';
import { loadOrder, type OrderLineRecord } from '../queries/load-order.ts';
import { type OrderView, toOrderView } from '../queries/order-view.ts';
import { lockOrderFor } from './change-order.ts';
import { recordOrderEvent } from './record-order-event.ts';

export async function fulfillOrder(ctx: Context, idOrNumber: string): Promise<OrderView> {
  const order = await lockOrderFor(ctx, idOrNumber, 'fulfil');
  if (order.status !== 'reserved') {
    throw new InvalidState(`Order ${order.number}`, order.status === 'backordered' ? 'waiting for backordered stock' : order.status, 'fulfilled');
  }
  const lineOf = new Map(order.lines.map((line) => [line.lineNo, line]));
  const reserved = order.allocations.filter((allocation) => allocation.status === 'reserved');
  const values = await moveStocks(
    ctx,
    reserved.map((allocation) => {
      const line = lineOf.get(allocation.lineNo) as OrderLineRecord;
      return {
        product: { id: line.productId, sku: line.sku },
        from: { id: allocation.locationId as string, code: allocation.locationCode as string, kind: allocation.locationKind as string },
        to: CUSTOMER,
        quantity: allocation.quantity,
        source: { type: 'order', id: order.id },
        reservationId: allocation.reservationId ?? undefined,
      };
    }),
  );
  const costs = new Map<number, number>();
  // Where each line's units mostly left from: the location its sale counts at.
  const mainLocation = new Map<number, { locationId: string; quantity: number }>();
  for (const allocation of reserved) {
    const current = mainLocation.get(allocation.lineNo);
    if (!current || allocation.quantity > current.quantity) mainLocation.set(allocation.lineNo, { locationId: allocation.locationId as string, quantity: allocation.quantity });
  }
  reserved.forEach((allocation, index) => costs.set(allocation.lineNo, (costs.get(allocation.lineNo) ?? 0) + (values[index] as number)));
  await sql`UPDATE order_allocation a SET status = 'fulfilled', value = v.value, fulfilled_at = ${ctx.now}
    FROM unnest(${reserved.map((allocation) => allocation.id)}::uuid[], ${values}::int8[]) AS v (id, value)
    WHERE a.id = v.id`.execute(ctx.tx);
  await sql`UPDATE order_line l SET cost = v.cost
    FROM unnest(${[...costs.keys()]}::int4[], ${[...costs.values()]}::int8[]) AS v (line_no, cost)
    WHERE l.order_id = ${order.id} AND l.line_no = v.line_no`.execute(ctx.tx);
  await sql`UPDATE sales_order SET status = 'completed', completed_at = ${ctx.now} WHERE id = ${order.id}`.execute(ctx.tx);
  await recordOrderEvent(ctx, order.id, 'completed', { fulfillment: order.fulfillment });
  await ctx.emit({
    type: 'orders.order_completed',
    payload: {
      orderId: order.id,
      number: order.number,
      channel: order.channel,
      fulfillment: order.fulfillment,
      carryOut: false,
      payment: order.payment,
      locationIds: [...new Set(reserved.map((allocation) => allocation.locationId as string))],
      shipments: reserved.map((allocation, index) => ({ lineNo: allocation.lineNo, locationId: allocation.locationId as string, quantity: allocation.quantity, cost: values[index] as number })),
      placedAt: order.placedAt.toISOString(),
      homeLocationId: order.locationId ?? order.pickupLocationId,
      lines: order.lines.map((line) => {
        const priced = priceLine(line);
        const locationId = mainLocation.get(line.lineNo)?.locationId ?? (reserved[0]?.locationId as string);
        return { lineNo: line.lineNo, productId: line.productId, quantity: line.quantity, net: priced.net, tax: line.tax, cost: costs.get(line.lineNo) ?? 0, locationId };
      }),
    },
  });
  const after = toOrderView(await loadOrder(ctx.tx, order.id));
  await ctx.audit({ action: 'order.fulfilled', entity: 'order', entityId: order.id, before: { status: order.status }, after: { status: after.status } });
  return after;
}
