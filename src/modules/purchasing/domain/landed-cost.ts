// Landed costs (freight, duty): split over receipt lines by value or by quantity, to the minor unit.
import { splitByLargestRemainder } from '../../../kernel/money.ts';

export type LandedCostAllocation = 'value' | 'quantity';

export interface ReceiptLineWeight {
  quantity: number;
  value: number;
}

/** Each line's share of the amount; the shares sum to the amount. Lines all worth 0 fall back to quantity. */
export function allocateLandedCost(amount: number, lines: readonly ReceiptLineWeight[], by: LandedCostAllocation): number[] {
  const byValue = by === 'value' && lines.some((line) => line.value > 0);
  return splitByLargestRemainder(amount, lines.map((line) => (byValue ? line.value : line.quantity)));
}
