import { describe, expect, it } from 'vitest';
import { splitLineByLocation } from './sales-split.ts';

describe('splitLineByLocation', () => {
  it('gives one location the whole line', () => {
    expect(splitLineByLocation(999, 3, [{ locationId: 'b', quantity: 3, cost: 300 }])).toEqual([{ locationId: 'b', quantity: 3, net: 999, cost: 300 }]);
  });

  it('shares the net by cumulative floors in location order, summing exactly', () => {
    const shares = splitLineByLocation(1000, 3, [
      { locationId: 'b', quantity: 2, cost: 20 },
      { locationId: 'a', quantity: 1, cost: 10 },
    ]);
    expect(shares).toEqual([
      { locationId: 'a', quantity: 1, net: 333, cost: 10 },
      { locationId: 'b', quantity: 2, net: 667, cost: 20 },
    ]);
    expect(shares.reduce((sum, share) => sum + share.net, 0)).toBe(1000);
  });
});
