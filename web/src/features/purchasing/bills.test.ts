import { describe, expect, it } from 'vitest';
import { exceptionReason, groupByBill } from './bills.ts';

const money = (minor: number) => `€${(minor / 100).toFixed(2)}`;

describe('three-way-match exceptions in words', () => {
  it('a price above the order', () => {
    expect(exceptionReason({ sku: 'A', kind: 'price', expected: 500, actual: 650 }, money)).toBe('Price mismatch on A: billed €6.50 a unit, above the order’s €5.00');
  });
  it('a price below the order', () => {
    expect(exceptionReason({ sku: 'A', kind: 'price', expected: 500, actual: 400 }, money)).toMatch(/below the order’s €5.00$/);
  });
  it('more billed than received', () => {
    expect(exceptionReason({ sku: 'B', kind: 'quantity', expected: 4, actual: 10 }, money)).toBe('Quantity mismatch on B: 10 billed in all, 4 received (within tolerance)');
  });
  it('groups exceptions by bill, keeping the order', () => {
    expect(groupByBill([{ billId: 'x', n: 1 }, { billId: 'y', n: 2 }, { billId: 'x', n: 3 }])).toEqual([
      { billId: 'x', items: [{ billId: 'x', n: 1 }, { billId: 'x', n: 3 }] },
      { billId: 'y', items: [{ billId: 'y', n: 2 }] },
    ]);
  });
});
