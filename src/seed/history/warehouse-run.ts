// 06:00 at the warehouses: backorders shipped or cancelled, rebalancing for backorders, Monday replenishment.
import type { Context } from '../../platform/db/unit-of-work.ts';
import type { Random } from '../random.ts';
import { schedule } from './agenda.ts';
import { forgetBackorder, reload } from './backorders.ts';
import { BACKORDER_PATIENCE_DAYS, MAX_REPLENISHED_STORES, MAX_TRANSFER_LINES } from './parameters.ts';
import type { HistoryState } from './state.ts';
import { receiveSentTransfer, sendTransfer } from './transfers.ts';
import type { DemoLocation } from './types.ts';
import { cancel, fulfil } from './web-orders.ts';

export async function warehouseRun(s: HistoryState, ctx: Context, random: Random, weekday: number): Promise<void> {
  // Backorders: those filled by an arrival are shipped, those waiting too long are cancelled.
  for (const order of [...s.backorderedOrders]) {
    await reload(s, ctx, order);
    if (order.status === 'reserved') {
      forgetBackorder(s, order);
      await fulfil(s, ctx, order);
    } else if (s.day - order.placedDay >= BACKORDER_PATIENCE_DAYS) {
      forgetBackorder(s, order);
      await cancel(s, ctx, order, 'Backorder not filled in time; the customer cancelled');
    }
  }
  await rebalanceForBackorders(s, ctx);
  if (weekday === 1) await weeklyReplenishment(s, ctx, random);
}

/** Online backorders pull the units from a store that has them back to the North warehouse. */
export async function rebalanceForBackorders(s: HistoryState, ctx: Context): Promise<void> {
  const north = s.warehouses[0] as DemoLocation;
  for (const order of s.backorderedOrders) {
    for (const backorder of order.backorders) {
      if (s.rebalancing.has(backorder.prod)) continue;
      const donor = s.stores
        .filter((store) => !store.location.shipsToCustomers && s.available(store.index, backorder.prod) >= backorder.qty)
        .sort((a, b) => s.available(b.index, backorder.prod) - s.available(a.index, backorder.prod) || a.index - b.index)[0];
      if (!donor) continue;
      s.rebalancing.add(backorder.prod);
      const lines = [{ prod: backorder.prod, qty: backorder.qty }];
      const transfer = await sendTransfer(s, ctx, donor, north, lines, 'Rebalancing: store stock for online backorders');
      schedule(s, s.day + 1, 6, async (next) => {
        s.rebalancing.delete(backorder.prod);
        await receiveSentTransfer(s, next, transfer, north, lines, []);
      });
    }
  }
}

/** Mondays: each warehouse tops up the stores that ran lowest, for the SKUs that sold most. */
export async function weeklyReplenishment(s: HistoryState, ctx: Context, random: Random): Promise<void> {
  const candidates = s.stores
    .map((store) => {
      const low = (s.carried[store.index] as number[])
        .filter((prod) => {
          const planned = s.planned[s.at(store.index, prod)] as number;
          return s.available(store.index, prod) + (s.inTransit[s.at(store.index, prod)] as number) <= Math.floor(planned / 2);
        })
        .sort((a, b) => (s.rate[s.at(store.index, b)] as number) - (s.rate[s.at(store.index, a)] as number) || a - b);
      return { store, low };
    })
    .filter((candidate) => candidate.low.length >= 3)
    .sort((a, b) => b.low.length - a.low.length || a.store.index - b.store.index)
    .slice(0, MAX_REPLENISHED_STORES);
  for (const { store, low } of candidates) {
    const warehouse = s.locations[store.warehouse] as DemoLocation;
    const lines: Array<{ prod: number; qty: number }> = [];
    for (const prod of low) {
      if (lines.length >= MAX_TRANSFER_LINES) break;
      const index = s.at(store.index, prod);
      const wanted = (s.planned[index] as number) - (s.onHand[index] as number) - (s.inTransit[index] as number);
      const qty = Math.min(wanted, s.available(warehouse.index, prod) - 1);
      if (qty > 0) lines.push({ prod, qty });
    }
    if (lines.length === 0) continue;
    const transfer = await sendTransfer(s, ctx, warehouse, store, lines, 'Weekly replenishment');
    // A van a day for the North stores, two for the South, now and then three days late; now and then a
    // unit is damaged on the way.
    const arrives = s.day + (warehouse.index === 0 ? 1 : 2) + (random.chance(0.06) ? 3 : 0);
    const short = random.chance(0.08) ? [random.int(0, lines.length - 1)] : [];
    schedule(s, arrives, 8, (next) => receiveSentTransfer(s, next, transfer, store, lines, short));
  }
}
