// Places an order from any channel: a till sale (carry_out) leaves the store now and completes; a ship or
// pickup order reserves stock (sourced, or at the named location) and waits for fulfilment.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { Forbidden, InvalidInput } from '../../../kernel/errors.ts';
import type { Context } from '../../../platform/db/unit-of-work.ts';
import { type Product, resolveProducts } from '../../catalog/index.ts';
import { actorAllows, assertMayActAt } from '../../identity/index.ts';
import type { Location } from '../../network/index.ts';
import { resolveStockLocation } from '../../inventory/index.ts';
import { type PricedLine, priceLine, sumTotals } from '../domain/pricing.ts';
import type { Channel, Fulfillment, PaymentMethod } from '../events.ts';
import { loadOrder } from '../queries/load-order.ts';
import { type OrderView, toOrderView } from '../queries/order-view.ts';
import { completeCarryOut } from './complete-carry-out.ts';
import { recordOrderEvent } from './record-order-event.ts';
import { reserveForDelivery } from './reserve-for-delivery.ts';

export interface PlaceOrderInput {
  channel: Channel;
  location?: string;
  fulfillment: Fulfillment;
  pickupLocation?: string;
  customer?: { email: string; name?: string };
  lines: Array<{ sku: string; quantity: number; unitPrice?: number }>;
  tender?: PaymentMethod;
  allowSplit?: boolean;
  allowBackorder?: boolean;
}

export interface PricedOrderLine extends PricedLine {
  lineNo: number;
  product: Product;
  quantity: number;
  unitPrice: number;
  taxRate: number;
}

export async function placeOrder(ctx: Context, input: PlaceOrderInput): Promise<OrderView> {
  assertCoherent(input);
  const location = input.location ? await resolveStockLocation(ctx, input.location, '/location', { act: false }) : undefined;
  const pickup = input.pickupLocation ? await resolveStockLocation(ctx, input.pickupLocation, '/pickupLocation', { act: false }) : undefined;
  const actingAt = input.fulfillment === 'pickup' ? pickup : location;
  if (actingAt) assertMayActAt(ctx.actor, actingAt.id, actingAt.code);
  const products = await resolveProducts(ctx.tx, input.lines.map((line) => line.sku), (index) => `/lines/${index}/sku`);
  const lines = priceLines(ctx, input, products);
  const totals = sumTotals(lines);

  const id = randomUUID();
  const sequence = await sql<{ n: number }>`SELECT nextval('order_number')::int8 AS n`.execute(ctx.tx);
  const number = `SO-${String(sequence.rows[0]?.n).padStart(7, '0')}`;
  await ctx.tx
    .insertInto('sales_order')
    .values({
      id,
      number,
      channel: input.channel,
      fulfillment: input.fulfillment,
      status: input.fulfillment === 'carry_out' ? 'completed' : 'reserved',
      location_id: location?.id ?? null,
      pickup_location_id: pickup?.id ?? null,
      customer_email: input.customer?.email ?? null,
      customer_name: input.customer?.name ?? null,
      ...totals,
      created_by: ctx.actor.userId,
      placed_at: ctx.now,
    })
    .execute();
  await ctx.tx
    .insertInto('order_line')
    .values(
      lines.map((line) => ({
        order_id: id,
        line_no: line.lineNo,
        product_id: line.product.id,
        quantity: line.quantity,
        unit_price: line.unitPrice,
        discount: line.discount,
        tax_rate: line.taxRate,
        tax: line.tax,
      })),
    )
    .execute();
  const payment = {
    method: input.tender ?? (input.channel === 'store' ? 'card' : 'online'),
    amount: totals.total,
    locationId: input.channel === 'store' ? ((location ?? pickup)?.id ?? null) : null,
  } as const;
  await ctx.tx
    .insertInto('order_payment')
    .values({ id: randomUUID(), order_id: id, kind: 'payment', method: payment.method, amount: payment.amount, location_id: payment.locationId, at: ctx.now })
    .execute();
  await recordOrderEvent(ctx, id, 'placed', { channel: input.channel, fulfillment: input.fulfillment, total: totals.total });
  await ctx.emit({
    type: 'orders.order_placed',
    payload: { orderId: id, channel: input.channel, fulfillment: input.fulfillment, locationId: (location ?? pickup)?.id ?? null, total: totals.total, payment },
  });

  if (input.fulfillment === 'carry_out') await completeCarryOut(ctx, id, location as Location, lines, payment, input.channel);
  else await reserveForDelivery(ctx, id, lines, { ...input, location, pickup });

  const order = toOrderView(await loadOrder(ctx.tx, id));
  await ctx.audit({ action: 'order.placed', entity: 'order', entityId: id, after: order });
  return order;
}

function assertCoherent(input: PlaceOrderInput): void {
  const problems: Array<{ path: string; message: string }> = [];
  if (input.fulfillment === 'carry_out' && !input.location) problems.push({ path: '/location', message: 'a carry_out sale needs the store location' });
  if (input.fulfillment === 'carry_out' && input.channel !== 'store') problems.push({ path: '/channel', message: 'carry_out sales happen in a store' });
  if (input.fulfillment === 'pickup' && !input.pickupLocation) problems.push({ path: '/pickupLocation', message: 'a pickup order needs the pickup location' });
  if (input.tender === 'online' && input.channel === 'store' && input.fulfillment === 'carry_out') problems.push({ path: '/tender', message: 'a till sale is paid at the till' });
  if (problems.length > 0) throw new InvalidInput('The order is not coherent', problems);
}

function priceLines(ctx: Context, input: PlaceOrderInput, products: Map<string, Product>): PricedOrderLine[] {
  const mayOverride = actorAllows(ctx.actor, 'orders.override_price');
  return input.lines.map((line, index) => {
    const product = products.get(line.sku) as Product;
    const unitPrice = line.unitPrice ?? product.price;
    if (unitPrice !== product.price && !mayOverride) throw new Forbidden(`Your role (${ctx.actor.role}) may not override the price of ${line.sku}`);
    const priced = priceLine({ quantity: line.quantity, unitPrice, discount: 0, taxRate: product.taxRate });
    return { ...priced, lineNo: index + 1, product, quantity: line.quantity, unitPrice, taxRate: product.taxRate };
  });
}
