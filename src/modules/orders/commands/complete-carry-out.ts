// A till sale: the goods leave the store now, at the average cost, and the order is written completed.
import { Conflict } from '../../../kernel/errors.ts';
import type { Context } from '../../../platform/db/unit-of-work.ts';
import { CUSTOMER, moveStocks } from '../../inventory/index.ts';
import type { Location } from '../../network/index.ts';
import type { OrderView } from '../queries/order-view.ts';
import { draftView } from './draft-view.ts';
import { insertOrder } from './insert-order.ts';
import type { OrderDraft } from './place-order.ts';

export async function completeCarryOut(ctx: Context, draft: OrderDraft): Promise<OrderView> {
  const store = draft.location as Location;
  if (store.kind !== 'store') {
    throw new Conflict('location_not_eligible', `${store.code} is a ${store.kind}, and till sales happen in stores`, [{ path: '/location', message: 'not a store' }]);
  }
  const costs = await moveStocks(
    ctx,
    draft.lines.map((line) => ({
      product: line.product,
      from: store,
      to: CUSTOMER,
      quantity: line.quantity,
      source: { type: 'order', id: draft.id },
      path: `/lines/${line.lineNo - 1}/quantity`,
    })),
  );
  const number = await insertOrder(ctx, {
    id: draft.id,
    channel: draft.input.channel,
    fulfillment: 'carry_out',
    status: 'completed',
    locationId: store.id,
    pickupLocationId: null,
    customer: draft.input.customer,
    totals: draft.totals,
    lines: draft.lines.map((line, index) => ({ ...line, productId: line.product.id, cost: costs[index] as number })),
    payment: draft.payment,
    allocations: draft.lines.map((line, index) => ({
      lineNo: line.lineNo,
      locationId: store.id,
      quantity: line.quantity,
      status: 'fulfilled',
      reservationId: null,
      value: costs[index] as number,
    })),
    timeline: [
      { type: 'placed', detail: { channel: draft.input.channel, fulfillment: 'carry_out', total: draft.totals.total } },
      { type: 'completed', detail: { at: store.code } },
    ],
  });
  await ctx.emit({
    type: 'orders.order_placed',
    payload: { orderId: draft.id, channel: draft.input.channel, fulfillment: 'carry_out', locationId: store.id, total: draft.totals.total, payment: draft.payment, lineCount: draft.lines.length },
  });
  await ctx.emit({
    type: 'orders.order_completed',
    payload: {
      orderId: draft.id,
      number,
      channel: draft.input.channel,
      fulfillment: 'carry_out',
      carryOut: true,
      payment: draft.payment,
      locationIds: [store.id],
      shipments: draft.lines.map((line, index) => ({ lineNo: line.lineNo, locationId: store.id, quantity: line.quantity, cost: costs[index] as number })),
      placedAt: ctx.now.toISOString(),
      homeLocationId: store.id,
      lines: draft.lines.map((line, index) => ({ lineNo: line.lineNo, productId: line.product.id, quantity: line.quantity, net: line.net, tax: line.tax, cost: costs[index] as number, locationId: store.id })),
    },
  });
  const allocations = draft.lines.map((line) => ({ lineNo: line.lineNo, locationCode: store.code, quantity: line.quantity, status: 'fulfilled' as const }));
  return draftView(draft, number, 'completed', allocations, ctx.now);
}
