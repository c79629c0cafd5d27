// What a journal entry's source (`type:id`, as the API gives it) names, and the screen that shows it where the
// app has one. Receipts and vendor bills belong to a purchase order: their screen is the purchase order's,
// which the entry page looks up (the entry itself carries only the receipt's or bill's id).

export interface SourceDocument {
  type: string;
  id: string;
  /** What the document is called, e.g. "Order". */
  label: string;
  /** The app's screen for it, when there is one. */
  to?: string;
  /** Receipts and bills: the purchase order is found through the purchasing API. */
  lookup?: 'receipt' | 'bill';
}

const LABELS: Record<string, string> = {
  order: 'Order',
  purchase_order: 'Purchase order',
  receipt: 'Goods receipt',
  bill: 'Vendor bill',
  vendor_bill: 'Vendor bill',
  landed_cost: 'Landed cost',
  transfer: 'Transfer',
  return: 'Return',
  adjustment: 'Stock adjustment',
  count: 'Stock count',
  cash_session: 'Cash session',
  settlement: 'Settlement',
  manual: 'Manual entry',
};

export function sourceDocument(source: string): SourceDocument {
  const colon = source.indexOf(':');
  const type = colon < 0 ? source : source.slice(0, colon);
  const id = colon < 0 ? '' : source.slice(colon + 1);
  const label = LABELS[type] ?? type.replace(/_/g, ' ');
  const path = encodeURIComponent(id);
  switch (type) {
    case 'order':
      return { type, id, label, to: `/orders/${path}` };
    case 'purchase_order':
      return { type, id, label, to: `/purchasing/orders/${path}` };
    case 'transfer':
      return { type, id, label, to: '/transfers' };
    case 'return':
      return { type, id, label, to: '/returns' };
    case 'cash_session':
      return { type, id, label, to: `/finance/cash-sessions/${path}` };
    case 'receipt':
      return { type, id, label, lookup: 'receipt' };
    case 'bill':
    case 'vendor_bill':
      return { type, id, label, lookup: 'bill' };
    default:
      return { type, id, label };
  }
}
