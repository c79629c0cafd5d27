import { describe, expect, it } from 'vitest';
import { addOne, type BasketLine, withQuantity } from './basket.ts';

const TEE = { sku: 'TEE', name: 'Tee' };
const MUG = { sku: 'MUG', name: 'Mug' };

describe('the till basket', () => {
  it('adds a scanned product as a line of one, and a second scan as one more on that line', () => {
    const once = addOne([], TEE);
    expect(once).toEqual([{ ...TEE, quantity: 1 }]);
    expect(addOne(addOne(once, MUG), TEE)).toEqual([{ ...TEE, quantity: 2 }, { ...MUG, quantity: 1 }]);
  });

  it('takes a typed quantity, removes the line at zero or below and ignores what is not a whole number', () => {
    const lines: BasketLine[] = [{ ...TEE, quantity: 2 }, { ...MUG, quantity: 1 }];
    expect(withQuantity(lines, 'MUG', 5)).toEqual([{ ...TEE, quantity: 2 }, { ...MUG, quantity: 5 }]);
    expect(withQuantity(lines, 'TEE', 0)).toEqual([{ ...MUG, quantity: 1 }]);
    expect(withQuantity(lines, 'TEE', -3)).toEqual([{ ...MUG, quantity: 1 }]);
    expect(withQuantity(lines, 'TEE', 1.5)).toEqual(lines);
    expect(withQuantity(lines, 'TEE', Number.NaN)).toEqual(lines);
  });

  it('never changes the basket it is given', () => {
    const lines: BasketLine[] = [{ ...TEE, quantity: 2 }];
    addOne(lines, TEE);
    withQuantity(lines, 'TEE', 0);
    expect(lines).toEqual([{ ...TEE, quantity: 2 }]);
  });
});
