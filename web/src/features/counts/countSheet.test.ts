import { describe, expect, it } from 'vitest';
import { countedLines, expectedVariances, formatVariance, parseSkus, summarize } from './countSheet.ts';

describe('count sheet', () => {
  it('reads typed SKUs once each, whatever separates them', () => {
    expect(parseSkus(' A-1, B-2\nA-1  C-3;')).toEqual(['A-1', 'B-2', 'C-3']);
    expect(parseSkus('   ')).toEqual([]);
  });

  it('posts only the lines that were counted', () => {
    const rows = [{ sku: 'A', onHand: 5 }, { sku: 'B', onHand: 2 }, { sku: 'C', onHand: 0 }];
    expect(countedLines(rows, { A: '4', B: ' ', C: '0' })).toEqual([{ sku: 'A', counted: 4 }, { sku: 'C', counted: 0 }]);
    expect(expectedVariances(rows, { A: '4', B: '2', C: '0' })).toEqual([{ sku: 'A', variance: -1 }]);
  });

  it('signs variances with a true minus', () => {
    expect(formatVariance(3)).toBe('+3');
    expect(formatVariance(-2)).toBe('\u22122');
    expect(formatVariance(0)).toBe('0');
  });

  it('sums a count, with a value only when every line has one', () => {
    expect(summarize([{ sku: 'A', variance: -1, value: -500 }, { sku: 'B', variance: 0, value: 0 }])).toEqual({ differing: 1, netUnits: -1, netValue: -500 });
    expect(summarize([{ sku: 'A', variance: 2 }]).netValue).toBeUndefined();
  });
});
