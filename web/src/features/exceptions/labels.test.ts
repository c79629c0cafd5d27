import { describe, expect, it } from 'vitest';
import { KIND_LABELS, subjectPath } from './labels.ts';

describe('exception labels', () => {
  it('name every kind the API knows', () => {
    expect(Object.keys(KIND_LABELS).sort()).toEqual(
      ['approval_overdue', 'bill_mismatch', 'delayed_receipt', 'integration_failed', 'negative_margin_sale', 'return_anomaly', 'settlement_unmatched', 'stock_discrepancy', 'stockout_risk', 'transfer_overdue'],
    );
  });

  it('link subjects that have a screen, and only those', () => {
    expect(subjectPath({ type: 'purchase_order', id: 'x' })).toBe('/purchasing/orders/x');
    expect(subjectPath({ type: 'order', id: 'y' })).toBe('/orders/y');
    expect(subjectPath({ type: 'product', id: 'z' })).toBeUndefined();
  });
});
