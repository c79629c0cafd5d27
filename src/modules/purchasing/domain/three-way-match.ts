// Three-way match of a vendor bill line: what was ordered (quantity and price), what was received, and what is
// billed now and before. Mismatches beyond the tolerances are exceptions that hold the bill; what matches
// clears goods received not invoiced at the order's price, and the rest of the amount is price variance.
import { assert } from '../../../kernel/assert.ts';

export interface BillLineToMatch {
  ordered: number;
  received: number;
  billedBefore: number;
  orderUnitCost: number;
  quantity: number;
  unitCost: number;
}

export interface MatchTolerances {
  /** Billed units may exceed received units by this many basis points. */
  quantity: number;
  /** The billed unit cost may differ from the order's by this many basis points. */
  price: number;
}

export type MatchException = { kind: 'quantity'; expected: number; actual: number } | { kind: 'price'; expected: number; actual: number };

export interface LineMatch {
  amount: number;
  /** Units of this line that meet received, not yet billed units. */
  matchedQuantity: number;
  /** Goods received not invoiced cleared: matched units at the order's unit cost. */
  receivedValue: number;
  exceptions: MatchException[];
}

export function matchBillLine(line: BillLineToMatch, tolerances: MatchTolerances): LineMatch {
  assert(line.quantity > 0 && line.unitCost >= 0, 'a bill line bills a positive quantity at a cost');
  const exceptions: MatchException[] = [];
  const billedTotal = line.billedBefore + line.quantity;
  const allowed = Math.floor((line.received * (10_000 + tolerances.quantity)) / 10_000);
  if (billedTotal > allowed) exceptions.push({ kind: 'quantity', expected: allowed, actual: billedTotal });
  const difference = Math.abs(line.unitCost - line.orderUnitCost);
  if (difference * 10_000 > line.orderUnitCost * tolerances.price) {
    exceptions.push({ kind: 'price', expected: line.orderUnitCost, actual: line.unitCost });
  }
  const matchedQuantity = Math.max(0, Math.min(line.quantity, line.received - line.billedBefore));
  return { amount: line.quantity * line.unitCost, matchedQuantity, receivedValue: matchedQuantity * line.orderUnitCost, exceptions };
}

export interface BillTotals {
  subtotal: number;
  receivedValue: number;
  /** subtotal − receivedValue: positive when billed dearer than ordered (a debit to price variance). */
  priceVariance: number;
}

export function billTotals(matches: readonly LineMatch[]): BillTotals {
  const subtotal = matches.reduce((sum, match) => sum + match.amount, 0);
  const receivedValue = matches.reduce((sum, match) => sum + match.receivedValue, 0);
  return { subtotal, receivedValue, priceVariance: subtotal - receivedValue };
}
