// Returns: some lines of a completed sale brought back, restocked or scrapped, at the same place or elsewhere.
import { acceptReturn } from '../../modules/returns/index.ts';
import type { Context } from '../../platform/db/unit-of-work.ts';
import type { DemoProduct } from '../demo-catalogue.ts';
import type { Random } from '../random.ts';
import { arrived } from './backorders.ts';
import { REASONS, RETURN_RATE } from './parameters.ts';
import { bump, type HistoryState } from './state.ts';
import type { CompletedSale, DemoLocation } from './types.ts';

export async function returnGoods(s: HistoryState, ctx: Context, random: Random, sale: CompletedSale, at: DemoLocation): Promise<void> {
  const all = random.chance(0.3);
  const first = random.int(0, sale.lines.length - 1);
  const lines = sale.lines
    .filter((_, index) => all || index === first)
    .map((line) => {
      const family = (s.products[line.prod] as DemoProduct).family;
      const reasons = REASONS[family];
      const reason = (reasons[random.weighted(reasons.map(([, weight]) => weight))] as [string, number])[0];
      const quantity = line.qty > 1 && random.chance(0.5) ? random.int(1, line.qty) : line.qty;
      const disposition: 'restock' | 'scrap' = reason === 'damaged' && random.chance(0.7) ? 'scrap' : 'restock';
      return { prod: line.prod, quantity, reason, disposition };
    });
  await acceptReturn(ctx, {
    order: sale.id,
    location: at.location.code,
    lines: lines.map((line) => ({ sku: s.sku(line.prod), quantity: line.quantity, reason: line.reason, disposition: line.disposition })),
  });
  s.counts.returns += 1;
  if (at.index !== sale.from) s.counts.returnsElsewhere += 1;
  const restocked = lines.filter((line) => line.disposition === 'restock');
  for (const line of restocked) bump(s.onHand, s.at(at.index, line.prod), line.quantity);
  await arrived(s, ctx, at, restocked.map((line) => line.prod));
}

export function returnChance(s: HistoryState, lines: Array<{ prod: number; qty: number }>): number {
  return Math.max(...lines.map((line) => RETURN_RATE[(s.products[line.prod] as DemoProduct).family]));
}
