// Reorder maths, table-driven against Odoo's orderpoint semantics (below min → max − projected, rounded up to
// the multiple), plus the vendor's minimum order quantity and multiple, demand over the lead time and position.
import { describe, expect, it } from 'vitest';
import { effectiveMultiple, expectedDemand, projectedPosition, reorderQuantity } from './reorder.ts';

describe('reorderQuantity', () => {
  it.each([
    // projected, min, max, multiple, expected
    [9, 10, 50, 1, 41],
    [10, 10, 50, 1, 0], // at min: not below it
    [11, 10, 50, 1, 0],
    [0, 10, 50, 1, 50],
    [-5, 10, 50, 1, 55], // committed beyond stock: order the shortfall too
    [9, 10, 50, 12, 48], // 41 → 48
    [2, 10, 50, 12, 48], // 48 exactly a multiple
    [1, 10, 50, 12, 60], // 49 → 60
    [0, 0, 0, 1, 0], // min 0: nothing unless negative
    [-3, 0, 0, 1, 3],
    [-3, 0, 0, 5, 5],
    [4, 5, 5, 1, 1],
    [99, 100, 1000, 100, 1000], // 901 → 1000
  ])('projected %i, min %i, max %i, multiple %i → %i', (projected, min, max, multiple, expected) => {
    expect(reorderQuantity(projected, { min, max, multiple })).toBe(expected);
  });

  it.each([
    // projected, min, max, rule multiple, vendor MOQ, vendor multiple, expected
    [9, 10, 50, 1, 100, 1, 100], // raised to the minimum order quantity
    [9, 10, 50, 1, 10, 1, 41], // above the MOQ already
    [9, 10, 50, 1, 1, 6, 42], // vendor packs of 6
    [9, 10, 50, 4, 1, 6, 48], // both multiples: steps of 12
    [9, 10, 50, 12, 50, 1, 60], // MOQ 50 rounded up to the multiple
    [45, 50, 50, 1, 1, 1, 5],
    [50, 50, 50, 1, 100, 1, 0], // not below min: the MOQ does not matter
  ])('projected %i, min %i, max %i, multiple %i, MOQ %i, vendor multiple %i → %i', (projected, min, max, multiple, minOrderQuantity, orderMultiple, expected) => {
    expect(reorderQuantity(projected, { min, max, multiple }, { minOrderQuantity, orderMultiple })).toBe(expected);
  });

  it('always orders a multiple of both steps, at least the MOQ, and lifts the position to max or above', () => {
    for (let projected = -30; projected < 40; projected += 7) {
      for (const [multiple, vendorMultiple, moq] of [[1, 1, 1], [3, 4, 10], [5, 1, 7], [6, 9, 1]] as const) {
        const quantity = reorderQuantity(projected, { min: 20, max: 35, multiple }, { minOrderQuantity: moq, orderMultiple: vendorMultiple });
        if (projected >= 20) expect(quantity).toBe(0);
        else {
          expect(quantity % multiple).toBe(0);
          expect(quantity % vendorMultiple).toBe(0);
          expect(quantity).toBeGreaterThanOrEqual(moq);
          expect(projected + quantity).toBeGreaterThanOrEqual(35);
          expect(projected + quantity - effectiveMultiple(multiple, vendorMultiple)).toBeLessThan(Math.max(35, projected + moq));
        }
      }
    }
  });
});

describe('expectedDemand', () => {
  it.each([
    // net sold over the window, window days, lead time days, expected
    [56, 56, 7, 7],
    [112, 56, 7, 14],
    [10, 56, 7, 2], // 1.25 → 2
    [1, 56, 1, 1], // any expected fraction is a unit
    [0, 56, 7, 0],
    [-4, 56, 7, 0], // more returned than sold: no demand
    [56, 56, 0, 0],
  ])('%i sold over %i days, lead time %i → %i', (netSold, windowDays, leadTimeDays, expected) => {
    expect(expectedDemand(netSold, windowDays, leadTimeDays)).toBe(expected);
  });
});

describe('projectedPosition', () => {
  it('is on-hand − reserved − outgoing + incoming − demand', () => {
    expect(projectedPosition({ onHand: 40, reserved: 5, outgoing: 3, incoming: 10, demand: 12 })).toBe(30);
    expect(projectedPosition({ onHand: 0, reserved: 0, outgoing: 0, incoming: 0, demand: 4 })).toBe(-4);
  });
});

describe('effectiveMultiple', () => {
  it.each([
    [1, 1, 1],
    [4, 6, 12],
    [12, 1, 12],
    [5, 10, 10],
  ])('lcm(%i, %i) = %i', (a, b, expected) => expect(effectiveMultiple(a, b)).toBe(expected));
});
