// Money arithmetic: the one rounding rule (half away from zero), largest-remainder splits that always sum to
// the total, and proration whose partial takes always add up to the whole — table-driven and randomized
// against exact BigInt arithmetic.
import { describe, expect, it } from 'vitest';
import { InvariantViolation } from './assert.ts';
import { applyRate, divideRounded, formatMinorUnits, minorUnitDigits, prorate, splitByLargestRemainder } from './money.ts';

/** A small seeded generator (mulberry32), so a failure can be replayed from the seed in its message. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = state;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4_294_967_296;
  };
  return { next, int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)) };
}

const SEED = 20261127;

/** Exact numerator / denominator rounded half away from zero. */
function exactDivideRounded(numerator: bigint, denominator: bigint): bigint {
  const sign = numerator < 0n ? -1n : 1n;
  const magnitude = numerator < 0n ? -numerator : numerator;
  const quotient = magnitude / denominator;
  const remainder = magnitude - quotient * denominator;
  return sign * (remainder * 2n >= denominator ? quotient + 1n : quotient);
}

describe('applyRate', () => {
  it.each([
    [1000, 2000, 200],
    [999, 2000, 200], // 199.8
    [2997, 2000, 599], // 599.4
    [5, 5000, 3], // 2.5: half goes up
    [15, 5000, 8], // 7.5
    [1, 4999, 0], // 0.4999
    [1, 5000, 1], // 0.5
    [3, 3333, 1], // 0.9999
    [0, 2000, 0],
    [1299, 0, 0],
    [1299, 10_000, 1299],
    [-5, 5000, -3], // half away from zero on negatives too
    [-999, 2000, -200],
  ])('applyRate(%i, %i bp) = %i', (amount, rate, expected) => {
    expect(applyRate(amount, rate)).toBe(expected);
  });

  it('stays exact at the largest safe amounts', () => {
    expect(applyRate(Number.MAX_SAFE_INTEGER, 10_000)).toBe(Number.MAX_SAFE_INTEGER);
    expect(applyRate(Number.MAX_SAFE_INTEGER, 5000)).toBe(4_503_599_627_370_496); // …495.5 rounds up
    expect(applyRate(Number.MAX_SAFE_INTEGER - 1, 5000)).toBe(4_503_599_627_370_495);
  });

  it('never answers -0', () => {
    expect(Object.is(applyRate(-1, 1), 0)).toBe(true);
    expect(Object.is(divideRounded(-1, 3), 0)).toBe(true);
    expect(Object.is(prorate(-1, 1, 0, 3), 0)).toBe(true);
  });

  it('refuses non-integers', () => {
    expect(() => applyRate(1.5, 2000)).toThrow(InvariantViolation);
    expect(() => applyRate(100, 20.5)).toThrow(InvariantViolation);
  });

  it('matches exact arithmetic for random amounts and rates, up to the largest safe amounts', () => {
    const rng = random(SEED);
    for (let i = 0; i < 20_000; i++) {
      const amount = i % 4 === 0 ? rng.int(0, Number.MAX_SAFE_INTEGER) : rng.int(0, 100_000_000_000);
      const rate = rng.int(0, 10_000);
      const expected = exactDivideRounded(BigInt(amount) * BigInt(rate), 10_000n);
      if (expected > BigInt(Number.MAX_SAFE_INTEGER)) continue;
      expect(applyRate(amount, rate), `seed ${SEED} step ${i}: applyRate(${amount}, ${rate})`).toBe(Number(expected));
    }
  });
});

describe('divideRounded', () => {
  it.each([
    [7, 2, 4],
    [5, 2, 3],
    [4, 2, 2],
    [1, 3, 0],
    [2, 3, 1],
    [-7, 2, -4],
    [-1, 3, 0],
    [-2, 3, -1],
    [0, 7, 0],
    [10, 1, 10],
  ])('divideRounded(%i, %i) = %i', (numerator, denominator, expected) => {
    expect(divideRounded(numerator, denominator)).toBe(expected);
  });

  it('refuses a zero or negative denominator', () => {
    expect(() => divideRounded(1, 0)).toThrow(InvariantViolation);
    expect(() => divideRounded(1, -2)).toThrow(InvariantViolation);
  });

  it('matches exact arithmetic for random safe integers', () => {
    const rng = random(SEED + 1);
    for (let i = 0; i < 20_000; i++) {
      const numerator = (rng.next() < 0.5 ? -1 : 1) * (i % 3 === 0 ? rng.int(0, Number.MAX_SAFE_INTEGER) : rng.int(0, 10_000_000));
      const denominator = i % 5 === 0 ? rng.int(1, Number.MAX_SAFE_INTEGER) : rng.int(1, 100_000);
      const expected = exactDivideRounded(BigInt(numerator), BigInt(denominator));
      expect(divideRounded(numerator, denominator), `seed ${SEED + 1} step ${i}: divideRounded(${numerator}, ${denominator})`).toBe(Number(expected));
    }
  });
});

describe('splitByLargestRemainder', () => {
  it.each([
    [100, [1, 1, 1], [34, 33, 33]],
    [100, [1, 2], [33, 67]],
    [10, [3, 3, 3, 1], [3, 3, 3, 1]],
    [1, [1, 1, 1], [1, 0, 0]],
    [2, [1, 1, 1], [1, 1, 0]],
    [0, [5, 7], [0, 0]],
    [99, [0, 1, 0], [0, 99, 0]],
    [7, [0, 0], [0, 0]],
    [5, [], []],
    [1000, [333, 333, 334], [333, 333, 334]],
  ])('splits %i over %j as %j', (total, weights, expected) => {
    expect(splitByLargestRemainder(total, weights)).toEqual(expected);
  });

  it('gives ties to the earlier weight, whatever the order of the rest', () => {
    expect(splitByLargestRemainder(1, [2, 2])).toEqual([1, 0]);
    expect(splitByLargestRemainder(2, [1, 1, 1, 1])).toEqual([1, 1, 0, 0]);
  });

  it('refuses a negative or fractional total', () => {
    expect(() => splitByLargestRemainder(-1, [1])).toThrow(InvariantViolation);
    expect(() => splitByLargestRemainder(1.5, [1])).toThrow(InvariantViolation);
  });

  it('always sums to the total, stays within one unit of the exact share, and is deterministic', () => {
    const rng = random(SEED + 2);
    for (let i = 0; i < 5_000; i++) {
      const total = i % 10 === 0 ? rng.int(0, 10_000_000_000) : rng.int(0, 100_000);
      const weights = Array.from({ length: rng.int(1, 12) }, () => (rng.next() < 0.15 ? 0 : rng.int(1, i % 7 === 0 ? 1_000_000 : 1000)));
      const parts = splitByLargestRemainder(total, weights);
      const context = `seed ${SEED + 2} step ${i}: split ${total} over ${JSON.stringify(weights)} → ${JSON.stringify(parts)}`;
      const weightSum = weights.reduce((sum, w) => sum + w, 0);
      expect(parts, context).toHaveLength(weights.length);
      expect(parts.reduce((sum, p) => sum + p, 0), context).toBe(weightSum === 0 ? 0 : total);
      parts.forEach((part, k) => {
        expect(Number.isSafeInteger(part) && part >= 0, context).toBe(true);
        if (weightSum > 0) {
          const exact = (BigInt(total) * BigInt(weights[k] as number)) / BigInt(weightSum);
          expect(BigInt(part) - exact >= 0n && BigInt(part) - exact <= 1n, context).toBe(true);
        }
      });
      expect(splitByLargestRemainder(total, [...weights]), context).toEqual(parts);
    }
  });
});

describe('prorate', () => {
  it('refunds a three-unit line at 9.99 with 20 % tax exactly, one unit at a time', () => {
    const line = 3 * 999 + applyRate(3 * 999, 2000); // 2997 + 599 = 3596
    expect(line).toBe(3596);
    const takes = [prorate(line, 1, 0, 3), prorate(line, 1, 1, 3), prorate(line, 1, 2, 3)];
    expect(takes).toEqual([1199, 1198, 1199]);
    expect(takes.reduce((sum, part) => sum + part, 0)).toBe(line);
    expect(prorate(line, 2, 0, 3) + prorate(line, 1, 2, 3)).toBe(line);
    expect(prorate(line, 3, 0, 3)).toBe(line);
  });

  it('is zero for taking nothing and refuses takes beyond the line', () => {
    expect(prorate(1000, 0, 1, 3)).toBe(0);
    expect(() => prorate(1000, 2, 2, 3)).toThrow(InvariantViolation);
    expect(() => prorate(1000, -1, 0, 3)).toThrow(InvariantViolation);
    expect(() => prorate(1000, 1, 0, 0)).toThrow(InvariantViolation);
  });

  it('sums to the total for every sequence of partial takes (random lines and sequences)', () => {
    const rng = random(SEED + 3);
    for (let i = 0; i < 5_000; i++) {
      const of = i % 10 === 0 ? rng.int(1, 1_000_000) : rng.int(1, 50);
      const unitPrice = rng.int(0, i % 13 === 0 ? 100_000_000 : 100_000);
      const subtotal = of * unitPrice;
      const discount = rng.int(0, Math.floor(subtotal / 4));
      const total = subtotal - discount + applyRate(subtotal - discount, rng.int(0, 10_000));
      let taken = 0;
      let refunded = 0;
      const steps: number[] = [];
      while (taken < of) {
        const take = rng.next() < 0.3 ? of - taken : rng.int(1, Math.max(1, Math.ceil((of - taken) / 3)));
        const part = prorate(total, take, taken, of);
        const context = `seed ${SEED + 3} step ${i}: total ${total} of ${of}, takes ${JSON.stringify([...steps, take])}`;
        // Each part is within one unit of its exact share.
        const exact = (BigInt(total) * BigInt(take)) / BigInt(of);
        expect(BigInt(part) - exact >= -1n && BigInt(part) - exact <= 1n, context).toBe(true);
        steps.push(take);
        taken += take;
        refunded += part;
      }
      expect(refunded, `seed ${SEED + 3} step ${i}: total ${total} of ${of}, takes ${JSON.stringify(steps)}`).toBe(total);
    }
  });
});

describe('formatMinorUnits and minorUnitDigits', () => {
  it.each([
    [3_725_486, 2, '37254.86'],
    [5, 2, '0.05'],
    [-5, 2, '-0.05'],
    [-123_456, 2, '-1234.56'],
    [0, 2, '0.00'],
    [1234, 0, '1234'],
    [1234, 3, '1.234'],
    [9_007_199_254_740_991, 2, '90071992547409.91'],
  ])('%i with %i digits is %s', (amount, digits, text) => {
    expect(formatMinorUnits(amount, digits)).toBe(text);
  });

  it('knows the minor unit of a currency', () => {
    expect([minorUnitDigits('EUR'), minorUnitDigits('JPY'), minorUnitDigits('KWD')]).toEqual([2, 0, 3]);
  });
});
