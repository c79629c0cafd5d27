// 08:00 at the stores: Friday damage write-offs, cycle counts on count days, and stock adjustments.
import { OPENING_REASON, postAdjustment, postCount } from '../../modules/inventory/index.ts';
import type { Context } from '../../platform/db/unit-of-work.ts';
import type { Random } from '../random.ts';
import { arrived } from './backorders.ts';
import { bump, type HistoryState } from './state.ts';
import type { DemoLocation } from './types.ts';

export async function storesOpen(s: HistoryState, ctx: Context, random: Random, weekday: number, countDay: boolean): Promise<void> {
  if (weekday === 5) {
    // Friday: what was found damaged this week is written off.
    for (let i = 0; i < 3; i++) {
      const store = s.storeBySize.draw(random);
      const candidates = (s.carried[store.index] as number[]).filter((prod) => s.available(store.index, prod) > 0);
      if (candidates.length === 0) continue;
      const picked = [...new Set([random.pick(candidates), random.pick(candidates)])];
      await adjust(s, ctx, store, 'damaged', picked.map((prod) => ({ sku: s.sku(prod), delta: -1 })));
    }
  }
  if (countDay) {
    const stores = new Set<DemoLocation>();
    while (stores.size < Math.min(3, s.stores.length)) stores.add(s.storeBySize.draw(random));
    const warehouse = s.warehouses[s.day % s.warehouses.length] as DemoLocation;
    for (const location of [...stores, warehouse]) await cycleCount(s, ctx, random, location);
  }
}

export async function cycleCount(s: HistoryState, ctx: Context, random: Random, location: DemoLocation): Promise<void> {
  const range = location.location.kind === 'store' ? (s.carried[location.index] as number[]) : s.products.map((_, prod) => prod);
  const stocked = range.filter((prod) => (s.onHand[s.at(location.index, prod)] as number) > 0);
  const sample = new Set<number>();
  for (let i = 0; i < 40 && sample.size < stocked.length; i++) sample.add(random.pick(stocked));
  const lines = [...sample].map((prod) => {
    const onHand = s.onHand[s.at(location.index, prod)] as number;
    const roll = random.next();
    const variance = roll < 0.84 ? 0 : roll < 0.94 ? -1 : roll < 0.97 ? -2 : 1;
    return { prod, counted: Math.max(s.reserved[s.at(location.index, prod)] as number, onHand + variance) };
  });
  if (lines.length === 0) return;
  await postCount(ctx, { location: location.location.code, lines: lines.map((line) => ({ sku: s.sku(line.prod), counted: line.counted })) });
  const gained: number[] = [];
  for (const line of lines) {
    if (line.counted > (s.onHand[s.at(location.index, line.prod)] as number)) gained.push(line.prod);
    s.onHand[s.at(location.index, line.prod)] = line.counted;
  }
  s.counts.counts += 1;
  await arrived(s, ctx, location, gained);
}

export async function adjust(s: HistoryState, ctx: Context, location: DemoLocation, reason: string, lines: Array<{ sku: string; delta: number }>): Promise<void> {
  await postAdjustment(ctx, { location: location.location.code, reason, lines });
  s.counts.adjustments += 1;
  if (reason === OPENING_REASON) {
    s.counts.openingLines += lines.length;
    return;
  }
  for (const line of lines) bump(s.onHand, s.at(location.index, s.productBySku.get(line.sku) as number), line.delta);
}
