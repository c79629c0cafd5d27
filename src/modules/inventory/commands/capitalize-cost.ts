// Adds a cost that arrived after the goods (freight, duty: landed costs) to the average-cost valuation. Only
// the share of the units still held can be capitalized; the share of units already gone is returned as
// expensed (it belongs in cost of goods sold). The valuation rows are locked so the split is exact.
import { assert } from '../../../kernel/assert.ts';
import { divideRounded } from '../../../kernel/money.ts';
import type { Context } from '../../../platform/db/unit-of-work.ts';
import { loadValuations, writeValuationDeltas } from './valuations.ts';

export interface CostToCapitalize {
  productId: string;
  /** The units the cost belongs to (e.g. the units received on the receipts it is allocated to). */
  quantity: number;
  value: number;
}

export interface CapitalizedCost {
  productId: string;
  capitalized: number;
  expensed: number;
}

/** The share of `value` for the units of `quantity` the company still holds (min(held, quantity) of quantity). */
export function capitalizableShare(value: number, quantity: number, held: number): number {
  if (held <= 0 || quantity <= 0) return 0;
  if (held >= quantity) return value;
  return divideRounded(value * held, quantity);
}

export async function capitalizeCost(ctx: Context, costs: readonly CostToCapitalize[]): Promise<CapitalizedCost[]> {
  for (const cost of costs) assert(Number.isSafeInteger(cost.value) && cost.value >= 0 && cost.quantity > 0, 'a capitalized cost is a non-negative amount on units');
  // One entry per product: two entries of one product would each see the whole holding.
  assert(new Set(costs.map((cost) => cost.productId)).size === costs.length, 'capitalize one cost per product');
  const held = await loadValuations(ctx, [...new Set(costs.map((cost) => cost.productId))], true);
  const deltas = new Map<string, { quantity: number; value: number }>();
  const results = costs.map((cost) => {
    const holding = held.get(cost.productId)?.quantity ?? 0;
    const capitalized = capitalizableShare(cost.value, cost.quantity, holding);
    if (capitalized > 0) {
      const delta = deltas.get(cost.productId) ?? { quantity: 0, value: 0 };
      delta.value += capitalized;
      deltas.set(cost.productId, delta);
    }
    return { productId: cost.productId, capitalized, expensed: cost.value - capitalized };
  });
  await writeValuationDeltas(ctx, deltas);
  // Nothing else changes: quantities, levels and moves stay as they were; only the average cost moves.
  return results;
}
