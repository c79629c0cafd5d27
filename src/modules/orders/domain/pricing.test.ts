// Table-driven tests of line pricing and order totals: tax per line on the net amount, rounded half-up once.
import { describe, expect, it } from 'vitest';
import { type LinePriceInput, priceLine, sumTotals } from './pricing.ts';

describe('priceLine', () => {
  it.each<[string, LinePriceInput, { subtotal: number; net: number; tax: number; total: number }]>([
    ['3 × 999 at 20 % (599.4 rounds down)', { quantity: 3, unitPrice: 999, discount: 0, taxRate: 2000 }, { subtotal: 2997, net: 2997, tax: 599, total: 3596 }],
    ['1 × 25 at 10 % (2.5 rounds half-up)', { quantity: 1, unitPrice: 25, discount: 0, taxRate: 1000 }, { subtotal: 25, net: 25, tax: 3, total: 28 }],
    ['1 × 15 at 10 % (1.5 rounds half-up)', { quantity: 1, unitPrice: 15, discount: 0, taxRate: 1000 }, { subtotal: 15, net: 15, tax: 2, total: 17 }],
    ['1 × 14 at 10 % (1.4 rounds down)', { quantity: 1, unitPrice: 14, discount: 0, taxRate: 1000 }, { subtotal: 14, net: 14, tax: 1, total: 15 }],
    ['2 × 1005 at 7.5 % (150.75 rounds up)', { quantity: 2, unitPrice: 1005, discount: 0, taxRate: 750 }, { subtotal: 2010, net: 2010, tax: 151, total: 2161 }],
    ['1 × 1 at 50 % (exactly half)', { quantity: 1, unitPrice: 1, discount: 0, taxRate: 5000 }, { subtotal: 1, net: 1, tax: 1, total: 2 }],
    ['1 × 1 at 49.99 % (just under half)', { quantity: 1, unitPrice: 1, discount: 0, taxRate: 4999 }, { subtotal: 1, net: 1, tax: 0, total: 1 }],
    ['tax on the line, not per unit: 3 × 5 at 10 %', { quantity: 3, unitPrice: 5, discount: 0, taxRate: 1000 }, { subtotal: 15, net: 15, tax: 2, total: 17 }],
    ['the discount comes off before tax', { quantity: 2, unitPrice: 1000, discount: 500, taxRate: 2000 }, { subtotal: 2000, net: 1500, tax: 300, total: 1800 }],
    ['a fully discounted line', { quantity: 1, unitPrice: 1, discount: 1, taxRate: 2000 }, { subtotal: 1, net: 0, tax: 0, total: 0 }],
    ['zero rate', { quantity: 4, unitPrice: 250, discount: 0, taxRate: 0 }, { subtotal: 1000, net: 1000, tax: 0, total: 1000 }],
    ['100 % rate', { quantity: 3, unitPrice: 333, discount: 0, taxRate: 10_000 }, { subtotal: 999, net: 999, tax: 999, total: 1998 }],
    ['a free line', { quantity: 5, unitPrice: 0, discount: 0, taxRate: 2000 }, { subtotal: 0, net: 0, tax: 0, total: 0 }],
    [
      'a huge line stays exact (amount × rate beyond 2^53)',
      { quantity: 1, unitPrice: 4_503_599_627_370_497, discount: 0, taxRate: 2000 },
      { subtotal: 4_503_599_627_370_497, net: 4_503_599_627_370_497, tax: 900_719_925_474_099, total: 5_404_319_552_844_596 },
    ],
    [
      'a huge line exactly at a half rounds up',
      { quantity: 1, unitPrice: 1_000_000_000_000_005, discount: 0, taxRate: 1000 },
      { subtotal: 1_000_000_000_000_005, net: 1_000_000_000_000_005, tax: 100_000_000_000_001, total: 1_100_000_000_000_006 },
    ],
  ])('%s', (_name, input, expected) => {
    const priced = priceLine(input);
    expect(priced).toEqual({ ...expected, discount: input.discount });
    expect(priced.total).toBe(priced.subtotal - priced.discount + priced.tax);
  });

  it('rounds every rate and amount half-up, like exact rational arithmetic', () => {
    for (let net = 0; net <= 400; net += 7) {
      for (const taxRate of [0, 1, 499, 500, 550, 750, 1000, 1250, 1999, 2000, 2500, 9999, 10_000]) {
        const exact = (net * taxRate) / 10_000;
        const expected = Math.floor(exact) + (net * taxRate - Math.floor(exact) * 10_000 >= 5000 ? 1 : 0);
        expect(priceLine({ quantity: 1, unitPrice: net, discount: 0, taxRate }).tax, `${net} at ${taxRate}`).toBe(expected);
      }
    }
  });
});

describe('sumTotals', () => {
  it.each<[string, LinePriceInput[], { subtotal: number; discount: number; tax: number; total: number }]>([
    ['no lines', [], { subtotal: 0, discount: 0, tax: 0, total: 0 }],
    ['one line', [{ quantity: 3, unitPrice: 999, discount: 0, taxRate: 2000 }], { subtotal: 2997, discount: 0, tax: 599, total: 3596 }],
    [
      'tax is the sum of the rounded line taxes, not the tax of the sum',
      [
        { quantity: 1, unitPrice: 25, discount: 0, taxRate: 1000 },
        { quantity: 1, unitPrice: 25, discount: 0, taxRate: 1000 },
      ],
      // 2.5 + 2.5 rounded per line = 3 + 3, where rounding the order's 5.0 would give 5.
      { subtotal: 50, discount: 0, tax: 6, total: 56 },
    ],
    [
      'mixed rates and discounts',
      [
        { quantity: 3, unitPrice: 999, discount: 0, taxRate: 2000 },
        { quantity: 1, unitPrice: 25, discount: 0, taxRate: 1000 },
        { quantity: 2, unitPrice: 1005, discount: 10, taxRate: 750 },
      ],
      // line 3: net 2000, tax 150
      { subtotal: 5032, discount: 10, tax: 752, total: 5774 },
    ],
  ])('%s', (_name, inputs, expected) => {
    const lines = inputs.map(priceLine);
    const totals = sumTotals(lines);
    expect(totals).toEqual(expected);
    expect(totals.total).toBe(totals.subtotal - totals.discount + totals.tax);
    expect(totals.total).toBe(lines.reduce((sum, line) => sum + line.total, 0));
  });
});
