// Web and marketplace orders shipped to customers: placed, tracked, fulfilled or cancelled.
import { cancelOrder, fulfillOrder, placeOrder } from '../../modules/orders/index.ts';
import type { Context } from '../../platform/db/unit-of-work.ts';
import type { Random } from '../random.ts';
import { schedule } from './agenda.ts';
import { reload } from './backorders.ts';
import { basket } from './demand.ts';
import { SLOTS, TRADING_SLOTS } from './parameters.ts';
import { returnChance, returnGoods } from './returns.ts';
import { bump, type HistoryState } from './state.ts';
import type { Allocation, CompletedSale, DemoLocation, OpenOrder, OrderView } from './types.ts';

export async function shipOrder(s: HistoryState, ctx: Context, random: Random, channel: 'web' | 'marketplace', hour: number): Promise<void> {
  const table = channel === 'web' ? s.webTable : s.marketplaceTable;
  const weights = channel === 'web' ? [40, 30, 18, 8, 4] : [75, 20, 5];
  const acceptsBackorder = channel === 'web' && random.chance(0.6);
  let backordering = false;
  const lines = basket(s, random, table, weights, (prod, qty) => {
    const available = s.shippable(prod);
    if (available >= qty) return qty;
    // A customer willing to wait orders it anyway, as long as nobody else is already waiting for this SKU.
    if (acceptsBackorder && !s.backorderedProducts.has(prod)) {
      backordering = true;
      return qty;
    }
    return available;
  });
  if (lines.length === 0) return;
  const customer = random.pick(s.customers);
  const view = await placeOrder(ctx, {
    channel,
    fulfillment: 'ship',
    customer,
    ...(backordering ? { allowBackorder: true } : {}),
    lines: lines.map((line) => ({ sku: s.sku(line.prod), quantity: line.qty })),
  });
  const order = track(s, view, channel, 'ship', lines, -1);
  if (order.status === 'backordered') return;
  if (random.chance(channel === 'web' ? 0.03 : 0.015)) {
    const later = SLOTS.find((slot) => slot > hour + 1);
    schedule(s, later ? s.day : s.day + 1, later ?? 6, (next) => cancel(s, next, order, 'Cancelled by the customer before shipping'));
    return;
  }
  schedule(s, s.day + (random.chance(0.7) ? 1 : 2), 6, (next) => fulfil(s, next, order));
}

export function track(s: HistoryState, view: OrderView, channel: 'web' | 'marketplace', fulfillment: 'ship' | 'pickup', lines: Array<{ prod: number; qty: number }>, pickup: number): OpenOrder {
  s.countOrder(view);
  const order: OpenOrder = {
    id: view.id,
    number: view.number,
    channel,
    fulfillment,
    status: view.status === 'backordered' ? 'backordered' : 'reserved',
    reserved: [],
    backorders: view.backorders.map((backorder) => ({ prod: s.prod(backorder.sku), qty: backorder.quantity })),
    backorderedProds: view.backorders.map((backorder) => s.prod(backorder.sku)),
    lines,
    placedDay: s.day,
    pickup,
  };
  for (const allocation of view.allocations) {
    if (allocation.status !== 'reserved') continue;
    const reserved = { loc: (s.locationByCode.get(allocation.location) as DemoLocation).index, prod: s.prod(allocation.sku), qty: allocation.quantity };
    order.reserved.push(reserved);
    bump(s.reserved, s.at(reserved.loc, reserved.prod), reserved.qty);
  }
  if (order.status === 'backordered') {
    s.counts.backordered += 1;
    s.backorderedOrders.push(order);
    for (const backorder of order.backorders) s.backorderedProducts.add(backorder.prod);
  }
  return order;
}

export async function fulfil(s: HistoryState, ctx: Context, order: OpenOrder): Promise<void> {
  await fulfillOrder(ctx, order.id);
  s.bumpStatus('reserved', 'completed');
  for (const allocation of order.reserved) {
    bump(s.onHand, s.at(allocation.loc, allocation.prod), -allocation.qty);
    bump(s.reserved, s.at(allocation.loc, allocation.prod), -allocation.qty);
  }
  const random = s.random.fork(`return ${order.number}`);
  const from = order.fulfillment === 'pickup' ? order.pickup : ((order.reserved[0] as Allocation | undefined)?.loc ?? 0);
  const sale: CompletedSale = { id: order.id, channel: order.channel, fulfillment: order.fulfillment, lines: order.lines, from };
  const rate = returnChance(s, order.lines) * (order.channel === 'marketplace' ? 0.7 : order.fulfillment === 'pickup' ? 0.5 : 1);
  if (!random.chance(rate)) return;
  let at: DemoLocation;
  if (order.fulfillment === 'pickup') at = s.locations[order.pickup] as DemoLocation;
  else if (order.channel === 'web' && random.chance(0.4)) at = s.storeBySize.draw(random);
  else at = s.locations[from]?.location.kind === 'warehouse' ? (s.locations[from] as DemoLocation) : (s.warehouses[0] as DemoLocation);
  const hour = at.location.kind === 'warehouse' ? 13 : random.pick(TRADING_SLOTS);
  schedule(s, s.day + random.int(3, 14), hour, (next) => returnGoods(s, next, random, sale, at));
}

export async function cancel(s: HistoryState, ctx: Context, order: OpenOrder, reason: string): Promise<void> {
  if (order.status === 'backordered') await reload(s, ctx, order);
  await cancelOrder(ctx, order.id, reason);
  s.bumpStatus(order.status, 'cancelled');
  for (const allocation of order.reserved) bump(s.reserved, s.at(allocation.loc, allocation.prod), -allocation.qty);
}
