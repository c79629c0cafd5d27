// Table-driven tests of what stock documents post: gains, losses, count variances, transfer shortfalls.
import { describe, expect, it } from 'vitest';
import { netByAccount } from './net-by-account.test-support.ts';
import { postingForStockChange, postingForTransferShortfall } from './postings-for-stock.ts';

describe('postingForStockChange', () => {
  it.each([
    ['stock found', [{ productId: 'p', change: 5, value: 2000 }], { inventory: 2000, inventory_gain: -2000 }],
    ['stock lost', [{ productId: 'p', change: -2, value: 801 }], { inventory_loss: 801, inventory: -801 }],
    ['a gain and a loss in one document', [{ productId: 'p', change: 5, value: 2000 }, { productId: 'q', change: -1, value: 300 }], { inventory: 1700, inventory_gain: -2000, inventory_loss: 300 }],
    ['a count that matched (no variance)', [{ productId: 'p', change: 0, value: 0 }], {}],
    ['units of a product without cost', [{ productId: 'p', change: 3, value: 0 }], {}],
  ] as const)('%s', (_name, lines, expected) => {
    for (const kind of ['adjustment', 'count'] as const) {
      const posting = postingForStockChange({ kind, documentId: 'd1', locationId: 'S1', lines });
      expect(netByAccount(posting)).toEqual(expected);
      expect(posting.source).toEqual({ type: kind, id: 'd1' });
      expect(posting.lines.every((line) => line.locationId === 'S1')).toBe(true);
    }
  });

  it('posts opening stock against opening balance equity, never inventory gain', () => {
    const posting = postingForStockChange({ kind: 'adjustment', documentId: 'd1', locationId: 'S1', opening: true, lines: [{ productId: 'p', change: 5, value: 2000 }] });
    expect(netByAccount(posting)).toEqual({ inventory: 2000, opening_balance: -2000 });
    expect(posting.description).toBe('Opening stock d1');
  });
});

describe('postingForTransferShortfall', () => {
  it.each([
    ['one line short', [{ productId: 'p', quantity: 2, value: 800 }], { inventory_loss: 800, inventory: -800 }],
    ['two lines short', [{ productId: 'p', quantity: 2, value: 800 }, { productId: 'q', quantity: 1, value: 1 }], { inventory_loss: 801, inventory: -801 }],
    ['nothing short', [], {}],
  ] as const)('%s', (_name, shortfall, expected) => {
    expect(netByAccount(postingForTransferShortfall({ transferId: 't1', transitLocationId: 'T', shortfall }))).toEqual(expected);
  });
});
