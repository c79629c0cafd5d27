// Table-driven tests of return refunds: each return gets its units' share of the line, and every
// sequence of partial returns adds up exactly to the line's net, tax and cost.
import { describe, expect, it } from 'vitest';
import { reasonCode, returnShare, type SoldLine } from './return-refund.ts';

/** Every way to return `quantity` units in steps of at least one unit (all compositions of the number). */
function* returnSequences(quantity: number): Generator<number[]> {
  if (quantity === 0) {
    yield [];
    return;
  }
  for (let first = 1; first <= quantity; first++) for (const rest of returnSequences(quantity - first)) yield [first, ...rest];
}

function returnInSteps(line: SoldLine, steps: readonly number[]) {
  let already = 0;
  return steps.map((units) => {
    const share = returnShare(line, units, already);
    already += units;
    return share;
  });
}

describe('returnShare', () => {
  it.each<[string, SoldLine, number, number, { net: number; tax: number; cost: number; refund: number }]>([
    ['the whole line at once', { quantity: 3, net: 2997, tax: 599, cost: 1500 }, 3, 0, { net: 2997, tax: 599, cost: 1500, refund: 3596 }],
    ['the first of three units (tax 199.67 → 200)', { quantity: 3, net: 2997, tax: 599, cost: 1500 }, 1, 0, { net: 999, tax: 200, cost: 500, refund: 1199 }],
    ['the second of three units takes what is left of two thirds', { quantity: 3, net: 2997, tax: 599, cost: 1500 }, 1, 1, { net: 999, tax: 199, cost: 500, refund: 1198 }],
    ['the last of three units', { quantity: 3, net: 2997, tax: 599, cost: 1500 }, 1, 2, { net: 999, tax: 200, cost: 500, refund: 1199 }],
    ['two of three units after none', { quantity: 3, net: 2997, tax: 599, cost: 1500 }, 2, 0, { net: 1998, tax: 399, cost: 1000, refund: 2397 }],
    ['one unit of a single-unit line', { quantity: 1, net: 25, tax: 3, cost: 10 }, 1, 0, { net: 25, tax: 3, cost: 10, refund: 28 }],
    ['a free line refunds nothing', { quantity: 4, net: 0, tax: 0, cost: 40 }, 2, 1, { net: 0, tax: 0, cost: 20, refund: 0 }],
    ['one cent over seven units', { quantity: 7, net: 1, tax: 0, cost: 0 }, 3, 0, { net: 0, tax: 0, cost: 0, refund: 0 }],
    ['returning nothing', { quantity: 5, net: 500, tax: 100, cost: 250 }, 0, 2, { net: 0, tax: 0, cost: 0, refund: 0 }],
  ])('%s', (_name, line, returning, already, expected) => {
    expect(returnShare(line, returning, already)).toEqual(expected);
  });

  it('refunds net + tax, never more than the line and never negative', () => {
    const line = { quantity: 6, net: 5995, tax: 1199, cost: 3001 };
    for (let already = 0; already < line.quantity; already++) {
      for (let returning = 1; already + returning <= line.quantity; returning++) {
        const share = returnShare(line, returning, already);
        expect(share.refund).toBe(share.net + share.tax);
        for (const key of ['net', 'tax', 'cost'] as const) {
          expect(share[key]).toBeGreaterThanOrEqual(0);
          expect(share[key]).toBeLessThanOrEqual(line[key]);
        }
      }
    }
  });

  const lines: SoldLine[] = [
    { quantity: 1, net: 999, tax: 200, cost: 500 },
    { quantity: 2, net: 1999, tax: 400, cost: 1001 },
    { quantity: 3, net: 2997, tax: 599, cost: 1500 },
    { quantity: 3, net: 1, tax: 1, cost: 2 },
    { quantity: 4, net: 1003, tax: 201, cost: 333 },
    { quantity: 5, net: 4999, tax: 375, cost: 2497 },
    { quantity: 6, net: 7, tax: 5, cost: 11 },
    { quantity: 7, net: 69_993, tax: 13_999, cost: 35_000 },
    { quantity: 8, net: 123_457, tax: 9_259, cost: 61_729 },
  ];

  it.each(lines.map((line) => [`${line.quantity} unit(s), net ${line.net}, tax ${line.tax}, cost ${line.cost}`, line] as const))(
    'every sequence of partial returns of %s sums exactly to the line',
    (_name, line) => {
      let sequences = 0;
      for (const steps of returnSequences(line.quantity)) {
        const shares = returnInSteps(line, steps);
        const sum = (key: 'net' | 'tax' | 'cost' | 'refund') => shares.reduce((total, share) => total + share[key], 0);
        expect({ net: sum('net'), tax: sum('tax'), cost: sum('cost'), refund: sum('refund') }, steps.join('+')).toEqual({
          net: line.net,
          tax: line.tax,
          cost: line.cost,
          refund: line.net + line.tax,
        });
        sequences += 1;
      }
      expect(sequences).toBe(2 ** (line.quantity - 1));
    },
  );

  it('keeps large lines exact: many units of an expensive line sum to the line', () => {
    const line = { quantity: 1_000_000, net: 99_999_999_999, tax: 19_999_999_999, cost: 55_555_555_555 };
    const shares = returnInSteps(line, [1, 333_333, 333_333, 333_332, 1]);
    expect(shares.reduce((sum, share) => sum + share.net, 0)).toBe(line.net);
    expect(shares.reduce((sum, share) => sum + share.tax, 0)).toBe(line.tax);
    expect(shares.reduce((sum, share) => sum + share.cost, 0)).toBe(line.cost);
    // One unit of 99 999.999 99 rounds to 100 000 (half-up of 99 999.999 999).
    expect(shares[0]?.net).toBe(100_000);
    // Units 2..333 334: round(99 999 999 999 × 333 334 ÷ 10^6) − 100 000, beyond 2^53 before the division.
    expect(shares[1]?.net).toBe(33_333_300_000);
    expect(shares[2]?.net).toBe(33_333_299_999);
  });

  it('refuses to return more than was sold', () => {
    expect(() => returnShare({ quantity: 2, net: 100, tax: 20, cost: 50 }, 2, 1)).toThrow();
  });
});

describe('reasonCode', () => {
  it.each([
    ['damaged', 'damaged'],
    ['wrong_size', 'wrong_size'],
    ['changed_mind', 'changed_mind'],
    ['not_as_described', 'not_as_described'],
    ['late_delivery', 'late_delivery'],
    ['The zip broke on the second day', 'other'],
    ['DAMAGED', 'other'],
  ])('%s is recorded under %s', (reason, code) => {
    expect(reasonCode(reason)).toBe(code);
  });
});
