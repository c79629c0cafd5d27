// Landed cost allocation: by value or quantity, always summing to the amount.
import { describe, expect, it } from 'vitest';
import { allocateLandedCost } from './landed-cost.ts';

describe('allocateLandedCost', () => {
  const lines = [
    { quantity: 10, value: 5000 },
    { quantity: 30, value: 3000 },
  ];

  it.each([
    [800, 'value', [500, 300]],
    [800, 'quantity', [200, 600]],
    [1, 'value', [1, 0]],
    [1001, 'value', [626, 375]],
  ] as const)('%i by %s → %j', (amount, by, expected) => {
    const parts = allocateLandedCost(amount, lines, by);
    expect(parts).toEqual(expected);
    expect(parts.reduce((sum, p) => sum + p, 0)).toBe(amount);
  });

  it('falls back to quantity when every line is worth nothing', () => {
    expect(allocateLandedCost(90, [{ quantity: 1, value: 0 }, { quantity: 2, value: 0 }], 'value')).toEqual([30, 60]);
  });
});
