// Words for the exception queue: kinds, statuses and severities as people say them, and where a subject opens.

export const KIND_LABELS: Record<string, string> = {
  stock_discrepancy: 'Stock discrepancy',
  delayed_receipt: 'Delayed receipt',
  transfer_overdue: 'Transfer overdue',
  bill_mismatch: 'Bill mismatch',
  settlement_unmatched: 'Unmatched settlement',
  integration_failed: 'Integration failed',
  return_anomaly: 'Return anomaly',
  negative_margin_sale: 'Sale below cost',
  stockout_risk: 'Stockout risk',
  approval_overdue: 'Approval overdue',
};

export const STATUS_LABELS: Record<string, string> = { unresolved: 'Not resolved', open: 'Open', acknowledged: 'Acknowledged', resolved: 'Resolved' };

export const SEVERITY_LABELS: Record<string, string> = { high: 'High', medium: 'Medium', low: 'Low' };

/** The back-office screen of an exception's subject, when it has one. */
export function subjectPath(subject: { type: string; id: string }): string | undefined {
  switch (subject.type) {
    case 'purchase_order':
      return `/purchasing/orders/${subject.id}`;
    case 'order':
      return `/orders/${subject.id}`;
    case 'vendor_bill':
      return '/purchasing/bills';
    case 'settlement_line':
      return '/finance/reconciliation';
    default:
      return undefined;
  }
}
