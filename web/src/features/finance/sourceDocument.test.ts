import { describe, expect, it } from 'vitest';
import { sourceDocument } from './sourceDocument.ts';

describe('sourceDocument', () => {
  it('links an order, a purchase order and a cash session to their pages', () => {
    expect(sourceDocument('order:5b1f0c2e-0000-4000-8000-000000000001')).toEqual({
      type: 'order',
      id: '5b1f0c2e-0000-4000-8000-000000000001',
      label: 'Order',
      to: '/orders/5b1f0c2e-0000-4000-8000-000000000001',
    });
    expect(sourceDocument('purchase_order:PO-000007').to).toBe('/purchasing/orders/PO-000007');
    expect(sourceDocument('cash_session:CS-000002').to).toBe('/finance/cash-sessions/CS-000002');
  });

  it('links transfers and returns to their lists', () => {
    expect(sourceDocument('transfer:abc').to).toBe('/transfers');
    expect(sourceDocument('return:abc').to).toBe('/returns');
  });

  it('looks up the purchase order of a receipt or a bill', () => {
    expect(sourceDocument('receipt:r1')).toMatchObject({ label: 'Goods receipt', lookup: 'receipt' });
    expect(sourceDocument('bill:b1')).toMatchObject({ label: 'Vendor bill', lookup: 'bill' });
  });

  it('names documents without a screen, and unknown types, without a link', () => {
    expect(sourceDocument('manual:x')).toEqual({ type: 'manual', id: 'x', label: 'Manual entry' });
    expect(sourceDocument('landed_cost:x').to).toBeUndefined();
    expect(sourceDocument('some_thing:1')).toEqual({ type: 'some_thing', id: '1', label: 'some thing' });
  });

  it('keeps everything after the first colon as the id and escapes it in the link', () => {
    expect(sourceDocument('order:a:b/c')).toMatchObject({ id: 'a:b/c', to: '/orders/a%3Ab%2Fc' });
  });
});
