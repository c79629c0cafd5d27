import { describe, expect, it } from 'vitest';
import { ownerRole, severityOf } from './exception-kind.ts';
import { beyondTolerance, DEFAULT_TOLERANCE } from './tolerance.ts';

describe('exception rules', () => {
  it('a line is beyond tolerance when its units or its value exceed it', () => {
    expect(beyondTolerance({ units: -2, value: -2_000 }, DEFAULT_TOLERANCE)).toBe(false);
    expect(beyondTolerance({ units: -3, value: -100 }, DEFAULT_TOLERANCE)).toBe(true);
    expect(beyondTolerance({ units: 1, value: 2_001 }, DEFAULT_TOLERANCE)).toBe(true);
    expect(beyondTolerance({ units: 0, value: 0 }, { units: 0, value: 0 })).toBe(false);
  });

  it('severity follows the value at risk', () => {
    expect([severityOf(0), severityOf(4_999), severityOf(5_000), severityOf(49_999), severityOf(50_000)]).toEqual(['low', 'low', 'medium', 'medium', 'high']);
  });

  it('owners follow the kind and the place', () => {
    expect(ownerRole('stock_discrepancy', 'store')).toBe('store_manager');
    expect(ownerRole('stock_discrepancy', 'warehouse')).toBe('warehouse_operator');
    expect(ownerRole('bill_mismatch', 'warehouse')).toBe('finance');
    expect(ownerRole('stockout_risk', 'warehouse')).toBe('buyer');
    expect(ownerRole('negative_margin_sale', 'store')).toBe('store_manager');
  });
});
