// Table-driven tests of tax: which rate applies, and the one rounding rule on exclusive and inclusive prices.
import { describe, expect, it } from 'vitest';
import { InvariantViolation } from '../../../kernel/assert.ts';
import { applyRate, divideRounded, prorate, splitByLargestRemainder } from '../../../kernel/money.ts';
import { taxInGross, taxOnNet, taxRateFor, type TaxRule } from './tax-rate.ts';

const rules: TaxRule[] = [
  { jurisdiction: 'FR', taxCategory: '*', rate: 2000 },
  { jurisdiction: 'FR', taxCategory: 'books', rate: 550 },
  { jurisdiction: 'DE', taxCategory: 'food', rate: 700 },
  { jurisdiction: 'US-OR', taxCategory: '*', rate: 0 },
];

describe('taxRateFor', () => {
  it.each([
    ['a category rule of the jurisdiction', 'FR', 'books', 2000, 550],
    ["the jurisdiction's standard rate for other categories", 'FR', 'apparel', 1000, 2000],
    ['the standard rate for a product without category', 'FR', null, 1000, 2000],
    ['the product rate where no rule matches', 'DE', 'apparel', 1900, 1900],
    ['a category rule without a standard rate', 'DE', 'food', 1900, 700],
    ['a zero-rate jurisdiction', 'US-OR', 'apparel', 825, 0],
    ['the product rate without a jurisdiction', null, 'books', 2000, 2000],
    ['the product rate in an unknown jurisdiction', 'XX', 'books', 1500, 1500],
  ])('takes %s', (_what, jurisdiction, taxCategory, productRate, expected) => {
    expect(taxRateFor({ jurisdiction, taxCategory, productRate }, rules)).toBe(expected);
  });
});

describe('rounding: one rule, half away from zero', () => {
  it.each([
    [1000, 2000, 200],
    [999, 2000, 200], // 199.8
    [997, 2000, 199], // 199.4
    [25, 2000, 5],
    [1, 5000, 1], // 0.5 rounds up
    [3, 1667, 1], // 0.5001
    [2, 2500, 1], // 0.5
    [1, 4999, 0],
    [12345, 825, 1018], // 1018.4625
    [0, 2000, 0],
    [7_000_000_000_000, 10_000, 7_000_000_000_000],
  ])('applyRate(%i, %i) = %i', (amount, rate, expected) => {
    expect(applyRate(amount, rate)).toBe(expected);
    expect(taxOnNet(amount, rate)).toEqual({ net: amount, tax: expected, gross: amount + expected });
  });

  it.each([
    [5, 2, 3],
    [-5, 2, -3],
    [7, 2, 4],
    [4, 3, 1],
    [5, 3, 2],
    [0, 7, 0],
  ])('divideRounded(%i, %i) = %i', (numerator, denominator, expected) => {
    expect(divideRounded(numerator, denominator)).toBe(expected);
  });

  it.each([
    [1200, 2000, 1000, 200],
    [1199, 2000, 999, 200], // 999.17
    [999, 2000, 833, 166], // 832.5 rounds up
    [105, 500, 100, 5],
    [1, 2000, 1, 0],
    [0, 2000, 0, 0],
    [1000, 0, 1000, 0],
  ])('taxInGross(%i, %i) = net %i + tax %i, always the gross exactly', (gross, rate, net, tax) => {
    expect(taxInGross(gross, rate)).toEqual({ net, tax, gross });
  });

  it('never lets inclusive tax drift: net + tax = gross for every price up to 100.00 at common rates', () => {
    const drifts: string[] = [];
    for (const rate of [0, 500, 550, 700, 825, 1000, 1900, 2000, 2100, 2500]) {
      for (let gross = 0; gross <= 10_000; gross += 7) {
        const { net, tax } = taxInGross(gross, rate);
        if (net + tax !== gross || Math.abs(applyRate(net, rate) - tax) > 1) drifts.push(`${gross} at ${rate}`);
      }
    }
    expect(drifts).toEqual([]);
  });

  it.each([
    [100, [1, 1, 1], [34, 33, 33]],
    [10, [3, 3, 4], [3, 3, 4]],
    [1, [1, 1], [1, 0]],
    [0, [5, 5], [0, 0]],
  ])('splitByLargestRemainder(%i, %j) = %j and sums exactly', (total, weights, expected) => {
    expect(splitByLargestRemainder(total, weights)).toEqual(expected);
  });

  it('prorates a line so that returning every unit, in any steps, refunds it exactly', () => {
    for (const steps of [[1, 1, 1], [2, 1], [3]]) {
      let taken = 0;
      let refunded = 0;
      for (const take of steps) {
        refunded += prorate(1000, take, taken, 3);
        taken += take;
      }
      expect(refunded).toBe(1000);
    }
  });

  it.each([-1, 10_001, 12.5])('refuses a rate of %s', (rate) => {
    expect(() => taxOnNet(100, rate)).toThrow(InvariantViolation);
  });
});
