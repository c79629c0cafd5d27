// Till sales: carry-out baskets at a store, some of them brought back later.
import { placeOrder } from '../../modules/orders/index.ts';
import type { Context } from '../../platform/db/unit-of-work.ts';
import type { Random } from '../random.ts';
import { schedule } from './agenda.ts';
import { basket } from './demand.ts';
import { TRADING_SLOTS } from './parameters.ts';
import { returnChance, returnGoods } from './returns.ts';
import { bump, type HistoryState } from './state.ts';
import type { CompletedSale, DemoLocation } from './types.ts';

export async function tillSale(s: HistoryState, ctx: Context, random: Random, store: DemoLocation): Promise<void> {
  const table = s.storeTables[store.index];
  if (!table || table.size === 0) return;
  const lines = basket(s, random, table, [30, 32, 20, 11, 7], (prod, qty) => Math.min(qty, s.available(store.index, prod)));
  if (lines.length === 0) return;
  const customer = random.chance(0.35) ? random.pick(s.customers) : undefined;
  const view = await placeOrder(ctx, {
    channel: 'store',
    location: store.location.code,
    fulfillment: 'carry_out',
    tender: random.chance(0.2) ? 'cash' : 'card',
    ...(customer ? { customer } : {}),
    lines: lines.map((line) => ({ sku: s.sku(line.prod), quantity: line.qty })),
  });
  for (const line of lines) bump(s.onHand, s.at(store.index, line.prod), -line.qty);
  s.countOrder(view);
  const sale: CompletedSale = { id: view.id, channel: 'store', fulfillment: 'carry_out', lines, from: store.index };
  // Till sales come back less often, and mostly to the same store.
  if (random.chance(returnChance(s, lines) * 0.3)) {
    const elsewhere = random.chance(0.15);
    const at = elsewhere ? s.storeBySize.draw(random) : store;
    schedule(s, s.day + random.int(1, 10), random.pick(TRADING_SLOTS), (next) => returnGoods(s, next, random, sale, at));
  }
}
