import { describe, expect, it } from 'vitest';
import { lowStock } from './lowStock.ts';

const rule = (sku: string, min: number, max: number, active = true) => ({ sku, min, max, source: 'purchase', sourceLocation: null, trigger: 'auto', active });

describe('low stock', () => {
  it('keeps active rules at or below min, most short first; no level is none available', () => {
    const rows = lowStock(
      [rule('A', 5, 20), rule('B', 5, 20), rule('C', 2, 10), rule('D', 5, 20, false), rule('E', 3, 8)],
      [
        { sku: 'A', onHand: 6, reserved: 1, available: 5 },
        { sku: 'B', onHand: 9, reserved: 0, available: 9 },
        { sku: 'D', onHand: 0, reserved: 0, available: 0 },
        { sku: 'E', onHand: 1, reserved: 0, available: 1 },
      ],
    );
    expect(rows.map((row) => [row.sku, row.available, row.toMax])).toEqual([
      ['C', 0, 10],
      ['E', 1, 7],
      ['A', 5, 15],
    ]);
  });
});
