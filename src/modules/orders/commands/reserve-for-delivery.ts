// A ship or pickup order: stock is reserved at the pickup location, at the named shipping location, or
// wherever the sourcing strategy finds it among the locations that ship to customers; then the order is
// written reserved (or backordered) and its payment waits as a customer deposit until fulfilment.
import { Conflict } from '../../../kernel/errors.ts';
import type { Context } from '../../../platform/db/unit-of-work.ts';
import type { OrderView } from '../queries/order-view.ts';
import { draftView } from './draft-view.ts';
import { insertOrder } from './insert-order.ts';
import type { OrderDraft } from './place-order.ts';
import { reserveOrderLines } from './reserve-order-lines.ts';

export async function reserveForDelivery(ctx: Context, draft: OrderDraft): Promise<OrderView> {
  const { input } = draft;
  const fixed = input.fulfillment === 'pickup' ? draft.pickup : draft.location;
  if (input.fulfillment === 'pickup' && fixed && !fixed.pickupPoint) {
    throw new Conflict('location_not_eligible', `${fixed.code} is not a pickup point`, [{ path: '/pickupLocation', message: 'not a pickup point' }]);
  }
  if (input.fulfillment === 'ship' && fixed && !fixed.shipsToCustomers) {
    throw new Conflict('location_not_eligible', `${fixed.code} does not ship to customers`, [{ path: '/location', message: 'does not ship to customers' }]);
  }
  const allocations = await reserveOrderLines(
    ctx,
    draft.lines.map((line) => ({ key: line.lineNo, productId: line.product.id, quantity: line.quantity, sku: line.product.sku })),
    {
      orderId: draft.id,
      where: fixed ? { locationIds: [fixed.id] } : { shipsToCustomers: true },
      allowSplit: input.allowSplit ?? true,
      allowBackorder: input.allowBackorder ?? false,
      backorderLocationId: fixed?.id ?? null,
      locationLabel: fixed?.code ?? 'any location that ships to customers',
    },
  );
  for (const allocation of allocations) if (allocation.status === 'backordered' && fixed) allocation.locationCode = fixed.code;
  const status = allocations.some((allocation) => allocation.status === 'backordered') ? 'backordered' : 'reserved';
  const number = await insertOrder(ctx, {
    id: draft.id,
    channel: input.channel,
    fulfillment: input.fulfillment,
    status,
    locationId: draft.location?.id ?? null,
    pickupLocationId: draft.pickup?.id ?? null,
    customer: input.customer,
    totals: draft.totals,
    lines: draft.lines.map((line) => ({ ...line, productId: line.product.id, cost: null })),
    payment: draft.payment,
    allocations,
    timeline: [
      { type: 'placed', detail: { channel: input.channel, fulfillment: input.fulfillment, total: draft.totals.total } },
      { type: status, detail: {} },
    ],
  });
  await ctx.emit({
    type: 'orders.order_placed',
    payload: {
      orderId: draft.id,
      channel: input.channel,
      fulfillment: input.fulfillment,
      locationId: (draft.location ?? draft.pickup)?.id ?? null,
      total: draft.totals.total,
      payment: draft.payment,
      lineCount: draft.lines.length,
    },
  });
  return draftView(draft, number, status, allocations, ctx.now);
}
