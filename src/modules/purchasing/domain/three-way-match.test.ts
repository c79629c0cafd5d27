// Three-way match, table-driven: quantity against received (with tolerance), price against the order's.
import { describe, expect, it } from 'vitest';
import { billTotals, matchBillLine } from './three-way-match.ts';

const tolerances = { quantity: 0, price: 200 }; // 2 % on price

describe('matchBillLine', () => {
  it.each([
    // ordered, received, billedBefore, orderUnitCost, quantity, unitCost, exception kinds, matched, receivedValue
    [10, 10, 0, 500, 10, 500, [], 10, 5000],
    [10, 6, 0, 500, 6, 500, [], 6, 3000], // bill what arrived so far
    [10, 6, 0, 500, 7, 500, ['quantity'], 6, 3000], // billing beyond received
    [10, 10, 6, 500, 4, 500, [], 4, 2000], // the rest, after an earlier bill
    [10, 10, 6, 500, 5, 500, ['quantity'], 4, 2000],
    [10, 10, 0, 500, 10, 510, [], 10, 5000], // +2 %: within tolerance
    [10, 10, 0, 500, 10, 511, ['price'], 10, 5000],
    [10, 10, 0, 500, 10, 490, [], 10, 5000], // −2 %
    [10, 10, 0, 500, 10, 489, ['price'], 10, 5000],
    [10, 0, 0, 500, 2, 600, ['quantity', 'price'], 0, 0],
    [10, 10, 0, 0, 1, 1, ['price'], 1, 0], // free on the order, charged on the bill
  ])('ordered %i, received %i, billed before %i at %i; bill %i at %i → %j', (ordered, received, billedBefore, orderUnitCost, quantity, unitCost, kinds, matched, value) => {
    const match = matchBillLine({ ordered, received, billedBefore, orderUnitCost, quantity, unitCost }, tolerances);
    expect(match.exceptions.map((e) => e.kind)).toEqual(kinds);
    expect(match.matchedQuantity).toBe(matched);
    expect(match.receivedValue).toBe(value);
    expect(match.amount).toBe(quantity * unitCost);
  });

  it('accepts billed units beyond received within the quantity tolerance', () => {
    expect(matchBillLine({ ordered: 100, received: 100, billedBefore: 0, orderUnitCost: 10, quantity: 105, unitCost: 10 }, { quantity: 500, price: 0 }).exceptions).toEqual([]);
    expect(matchBillLine({ ordered: 100, received: 100, billedBefore: 0, orderUnitCost: 10, quantity: 106, unitCost: 10 }, { quantity: 500, price: 0 }).exceptions).toEqual([
      { kind: 'quantity', expected: 105, actual: 106 },
    ]);
  });
});

describe('billTotals', () => {
  it('the price variance is what the bill costs beyond the received value cleared', () => {
    const lines = [
      matchBillLine({ ordered: 10, received: 10, billedBefore: 0, orderUnitCost: 500, quantity: 10, unitCost: 510 }, tolerances),
      matchBillLine({ ordered: 5, received: 5, billedBefore: 0, orderUnitCost: 200, quantity: 5, unitCost: 198 }, tolerances),
    ];
    expect(billTotals(lines)).toEqual({ subtotal: 5100 + 990, receivedValue: 5000 + 1000, priceVariance: 90 });
  });
});
