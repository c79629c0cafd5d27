// Table-driven tests of sourcing: one location when any can fill the whole order (in preference order),
// else the fewest locations, else as much as there is with the rest left as a shortfall.
import { describe, expect, it } from 'vitest';
import { type Availability, planSourcing, type SourcingLine } from './sourcing.ts';

/** Stock as { location: { product: units } }. */
type Stock = Record<string, Record<string, number>>;

const availability = (stock: Stock): Availability => (location, product) => stock[location]?.[product] ?? 0;

const line = (key: number, productId: string, quantity: number): SourcingLine => ({ key, productId, quantity });

/** The plan as { location: { product: units } } plus the shortfall per line key, easy to compare. */
function plan(lines: SourcingLine[], candidates: string[], stock: Stock, allowSplit = true) {
  const result = planSourcing(lines, candidates, availability(stock), allowSplit);
  const taken: Stock = {};
  for (const allocation of result.allocations) {
    const at = (taken[allocation.locationId] ??= {});
    at[allocation.productId] = (at[allocation.productId] ?? 0) + allocation.quantity;
  }
  return { taken, shortfall: Object.fromEntries(result.shortfall) };
}

// Candidates come in preference order: warehouses by priority, then ship-from-store locations.
const CANDIDATES = ['W-high', 'W-low', 'S-ship'];

describe('planSourcing', () => {
  it.each<[string, SourcingLine[], Stock, { taken: Stock; shortfall: Record<number, number> }]>([
    [
      'the first candidate that can fill the whole order',
      [line(1, 'A', 5)],
      { 'W-high': { A: 10 }, 'W-low': { A: 10 }, 'S-ship': { A: 10 } },
      { taken: { 'W-high': { A: 5 } }, shortfall: {} },
    ],
    [
      'one location that can fill it beats a preferred one that cannot',
      [line(1, 'A', 5)],
      { 'W-high': { A: 3 }, 'W-low': { A: 10 } },
      { taken: { 'W-low': { A: 5 } }, shortfall: {} },
    ],
    [
      'a ship-from-store location when no warehouse can fill the order alone',
      [line(1, 'A', 5)],
      { 'W-high': { A: 2 }, 'W-low': { A: 2 }, 'S-ship': { A: 5 } },
      { taken: { 'S-ship': { A: 5 } }, shortfall: {} },
    ],
    [
      'all lines of the order from one location rather than each line from its preferred one',
      [line(1, 'A', 2), line(2, 'B', 2)],
      { 'W-high': { A: 5 }, 'W-low': { A: 5, B: 5 } },
      { taken: { 'W-low': { A: 2, B: 2 } }, shortfall: {} },
    ],
    [
      'the fewest locations when none can fill it: two, not the three a greedy pass in preference order would use',
      [line(1, 'A', 9)],
      { 'W-high': { A: 1 }, 'W-low': { A: 4 }, 'S-ship': { A: 5 } },
      { taken: { 'W-low': { A: 4 }, 'S-ship': { A: 5 } }, shortfall: {} },
    ],
    [
      'of two pairs that can fill it, the preferred pair',
      [line(1, 'A', 6)],
      { 'W-high': { A: 3 }, 'W-low': { A: 3 }, 'S-ship': { A: 3 } },
      { taken: { 'W-high': { A: 3 }, 'W-low': { A: 3 } }, shortfall: {} },
    ],
    [
      'three locations when it takes three',
      [line(1, 'A', 8)],
      { 'W-high': { A: 3 }, 'W-low': { A: 3 }, 'S-ship': { A: 3 } },
      { taken: { 'W-high': { A: 3 }, 'W-low': { A: 3 }, 'S-ship': { A: 2 } }, shortfall: {} },
    ],
    [
      'two lines of one product share the stock of a location',
      [line(1, 'A', 3), line(2, 'A', 3)],
      { 'W-high': { A: 4 }, 'W-low': { A: 6 } },
      { taken: { 'W-low': { A: 6 } }, shortfall: {} },
    ],
    [
      'two lines of one product split when no location has both',
      [line(1, 'A', 3), line(2, 'A', 3)],
      { 'W-high': { A: 4 }, 'W-low': { A: 2 } },
      { taken: { 'W-high': { A: 4 }, 'W-low': { A: 2 } }, shortfall: {} },
    ],
    [
      'what nobody has is a shortfall on its line, the rest is still taken',
      [line(1, 'A', 10), line(2, 'B', 1)],
      { 'W-high': { A: 3, B: 1 }, 'S-ship': { A: 4 } },
      { taken: { 'W-high': { A: 3, B: 1 }, 'S-ship': { A: 4 } }, shortfall: { 1: 3 } },
    ],
    [
      'no stock anywhere: everything is short',
      [line(1, 'A', 2), line(2, 'B', 1)],
      {},
      { taken: {}, shortfall: { 1: 2, 2: 1 } },
    ],
    [
      'stock at a location that is not a candidate is never used',
      [line(1, 'A', 5)],
      { 'S-noship': { A: 100 }, 'W-high': { A: 1 } },
      { taken: { 'W-high': { A: 1 } }, shortfall: { 1: 4 } },
    ],
  ])('%s', (_name, lines, stock, expected) => {
    expect(plan(lines, CANDIDATES, stock)).toEqual(expected);
  });

  it.each<[string, SourcingLine[], Stock, { taken: Stock; shortfall: Record<number, number> }]>([
    ['one location that can fill it is still used', [line(1, 'A', 5)], { 'W-high': { A: 3 }, 'S-ship': { A: 5 } }, { taken: { 'S-ship': { A: 5 } }, shortfall: {} }],
    ['a split is refused: every line is short and nothing is taken', [line(1, 'A', 5), line(2, 'B', 1)], { 'W-high': { A: 3, B: 1 }, 'W-low': { A: 3 } }, { taken: {}, shortfall: { 1: 5, 2: 1 } }],
  ])('without splitting: %s', (_name, lines, stock, expected) => {
    expect(plan(lines, CANDIDATES, stock, false)).toEqual(expected);
  });

  it('beyond three locations, takes from the locations that supply the most units first', () => {
    const candidates = ['L1', 'L2', 'L3', 'L4', 'L5', 'L6'];
    const stock: Stock = { L1: { A: 1 }, L2: { A: 2 }, L3: { A: 3 }, L4: { A: 4 }, L5: { A: 1 }, L6: { A: 5 } };
    // 14 units: no three locations hold more than 5 + 4 + 3 = 12, so four are needed: L6, L4, L3, then L2.
    expect(plan([line(1, 'A', 14)], candidates, stock)).toEqual({ taken: { L6: { A: 5 }, L4: { A: 4 }, L3: { A: 3 }, L2: { A: 2 } }, shortfall: {} });
  });

  it('never allocates more than a location has, nor more than a line asks for', () => {
    const candidates = ['L1', 'L2', 'L3', 'L4'];
    for (let seed = 1; seed <= 200; seed++) {
      const random = (n: number) => ((seed * 7919 + n * 104_729) % 997) % 6;
      const stock: Stock = Object.fromEntries(candidates.map((location, i) => [location, { A: random(i), B: random(i + 10) }]));
      const lines = [line(1, 'A', 1 + random(20)), line(2, 'B', 1 + random(21)), line(3, 'A', 1 + random(22))];
      for (const allowSplit of [true, false]) {
        const result = planSourcing(lines, candidates, availability(stock), allowSplit);
        const used = new Map<string, number>();
        for (const allocation of result.allocations) {
          expect(allocation.quantity).toBeGreaterThan(0);
          const key = `${allocation.locationId}|${allocation.productId}`;
          used.set(key, (used.get(key) ?? 0) + allocation.quantity);
        }
        for (const [key, units] of used) {
          const [location, product] = key.split('|') as [string, string];
          expect(units).toBeLessThanOrEqual(stock[location]?.[product] ?? 0);
        }
        for (const sourced of lines) {
          const allocated = result.allocations.filter((allocation) => allocation.key === sourced.key).reduce((sum, allocation) => sum + allocation.quantity, 0);
          expect(allocated + (result.shortfall.get(sourced.key) ?? 0)).toBe(sourced.quantity);
        }
        if (!allowSplit) expect(new Set(result.allocations.map((allocation) => allocation.locationId)).size).toBeLessThanOrEqual(1);
      }
    }
  });
});
