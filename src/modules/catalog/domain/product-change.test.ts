// Tests of the product change: only real changes count, and the effective tax rate follows the own rate or the default.
import { describe, expect, it } from 'vitest';
import type { Product } from './product.ts';
import { applyProductChange, normalizeAttributes, productChange } from './product-change.ts';

const tshirt: Product = {
  id: '5b0c1f9e-4c1e-4c4f-9a55-0d6b1f3b2a10',
  sku: 'TEE-M-NAVY',
  name: 'Tee',
  barcode: null,
  category: 'T-shirts',
  family: 'basics',
  style: 'TEE',
  attributes: { size: 'M', colour: 'navy' },
  unitOfMeasure: 'unit',
  cost: 400,
  price: 1299,
  ownTaxRate: null,
  taxRate: 2000,
};

describe('productChange', () => {
  it('records only the fields whose value changes, before and after', () => {
    const change = productChange(tshirt, { price: 1499, cost: 400, name: 'Tee' });
    expect(change).toEqual({ fields: ['price'], before: { price: 1299 }, after: { price: 1499 } });
  });

  it('sees no change in attributes given in another key order', () => {
    expect(productChange(tshirt, { attributes: { colour: 'navy', size: 'M' } }).fields).toEqual([]);
  });

  it('sees a removed attribute as a change', () => {
    const change = productChange(tshirt, { attributes: { size: 'M' } });
    expect(change.before).toEqual({ attributes: { colour: 'navy', size: 'M' } });
    expect(change.after).toEqual({ attributes: { size: 'M' } });
  });

  it('treats null as a value (clearing a field) and undefined as "leave it"', () => {
    const change = productChange(tshirt, { category: null, family: undefined });
    expect(change.fields).toEqual(['category']);
    expect(change.after).toEqual({ category: null });
  });

  it('compares taxRate with the own rate, not the effective one', () => {
    expect(productChange(tshirt, { taxRate: 2000 }).fields).toEqual(['taxRate']);
    expect(productChange(tshirt, { taxRate: null }).fields).toEqual([]);
  });
});

describe('applyProductChange', () => {
  it('gives an own rate precedence over the company default', () => {
    const updated = applyProductChange(tshirt, productChange(tshirt, { taxRate: 900 }), 2000);
    expect(updated).toMatchObject({ ownTaxRate: 900, taxRate: 900 });
  });

  it('falls back to the company default when the own rate is cleared', () => {
    const own = { ...tshirt, ownTaxRate: 900, taxRate: 900 };
    expect(applyProductChange(own, productChange(own, { taxRate: null }), 2100)).toMatchObject({ ownTaxRate: null, taxRate: 2100 });
  });

  it('applies the other fields as given', () => {
    const updated = applyProductChange(tshirt, productChange(tshirt, { price: 999, style: null }), 2000);
    expect(updated).toMatchObject({ price: 999, style: null, cost: 400, sku: 'TEE-M-NAVY', taxRate: 2000 });
  });
});

describe('normalizeAttributes', () => {
  it('drops absent values and orders keys', () => {
    expect(Object.entries(normalizeAttributes({ size: 'L', colour: undefined }))).toEqual([['size', 'L']]);
    expect(Object.keys(normalizeAttributes({ size: 'L', colour: 'red' }))).toEqual(['colour', 'size']);
  });
});
