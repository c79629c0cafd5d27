// Click-and-collect: web orders reserved at a store and picked up there (or never collected).
import { placeOrder } from '../../modules/orders/index.ts';
import type { Context } from '../../platform/db/unit-of-work.ts';
import type { Random } from '../random.ts';
import { schedule } from './agenda.ts';
import { basket } from './demand.ts';
import { TRADING_SLOTS } from './parameters.ts';
import type { HistoryState } from './state.ts';
import { cancel, fulfil, track } from './web-orders.ts';

export async function clickAndCollect(s: HistoryState, ctx: Context, random: Random, hour: number): Promise<void> {
  const store = s.storeBySize.draw(random);
  const table = s.storeTables[store.index];
  if (!table || table.size === 0) return;
  const lines = basket(s, random, table, [60, 30, 10], (prod, qty) => Math.min(qty, s.available(store.index, prod)));
  if (lines.length === 0) return;
  const view = await placeOrder(ctx, {
    channel: 'web',
    fulfillment: 'pickup',
    pickupLocation: store.location.code,
    customer: random.pick(s.customers),
    lines: lines.map((line) => ({ sku: s.sku(line.prod), quantity: line.qty })),
  });
  const order = track(s, view, 'web', 'pickup', lines, store.index);
  if (random.chance(0.07)) {
    schedule(s, s.day + 6, 8, (next) => cancel(s, next, order, 'Not collected within five days'));
    return;
  }
  const day = s.day + random.int(hour >= 17 ? 1 : 0, 3);
  const slots = TRADING_SLOTS.filter((slot) => day > s.day || slot > hour + 1);
  schedule(s, slots.length > 0 ? day : day + 1, random.pick(slots.length > 0 ? slots : TRADING_SLOTS), (next) => fulfil(s, next, order));
}
