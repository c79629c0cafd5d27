// Perpetual average cost (AVCO): goods leave at the average cost of what the company holds, so the
// inventory account always equals the value of the stock, and no lot tracking is needed per location.
import { assert } from '../../../kernel/assert.ts';
import { multiplyDivideRounded } from '../../../kernel/money.ts';

export interface Valuation {
  quantity: number;
  value: number;
}

/** The cost of `quantity` units leaving a holding of `held`: the last unit out takes whatever value is left. */
export function valueLeaving(held: Valuation, quantity: number): number {
  assert(quantity > 0 && quantity <= held.quantity, `cannot take ${quantity} units out of ${held.quantity}`);
  if (quantity === held.quantity) return held.value;
  return multiplyDivideRounded(held.value, quantity, held.quantity);
}
