// The demand model's baskets: distinct SKUs drawn by weight, quantities cut to what may be sold.
import type { DemoProduct } from '../demo-catalogue.ts';
import { type Random, WeightedTable } from '../random.ts';
import type { HistoryState } from './state.ts';

/** Draws a basket: distinct SKUs, each quantity cut to what may be sold (0 drops the line: a lost sale). */
export function basket(s: HistoryState, random: Random, table: WeightedTable<number>, lineWeights: readonly number[], allowed: (prod: number, qty: number) => number): Array<{ prod: number; qty: number }> {
  const size = random.weighted(lineWeights) + 1;
  const lines: Array<{ prod: number; qty: number }> = [];
  const seen = new Set<number>();
  for (let i = 0; i < size; i++) {
    const prod = table.draw(random);
    if (seen.has(prod)) continue;
    seen.add(prod);
    const product = s.products[prod] as DemoProduct;
    const wanted = product.maxQuantity > 1 && random.chance(0.22) ? 2 + (random.chance(0.3) ? random.int(0, product.maxQuantity - 2) : 0) : 1;
    const qty = allowed(prod, wanted);
    s.counts.lostSaleUnits += wanted - Math.max(0, Math.min(qty, wanted));
    if (qty > 0) lines.push({ prod, qty });
  }
  return lines;
}
