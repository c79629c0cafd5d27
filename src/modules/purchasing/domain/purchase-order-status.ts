// The purchase order's life: draft → to_approve → approved → sent → partially_received → received → billed →
// closed, or cancelled before anything arrived. Which actions each status allows, and the status after receipts.

export const PURCHASE_ORDER_STATUSES = [
  'draft',
  'to_approve',
  'approved',
  'sent',
  'partially_received',
  'received',
  'billed',
  'closed',
  'cancelled',
] as const;
export type PurchaseOrderStatus = (typeof PURCHASE_ORDER_STATUSES)[number];

export type PurchaseOrderAction = 'submitted' | 'approved' | 'rejected' | 'sent' | 'cancelled' | 'received' | 'billed' | 'closed';

export const ALLOWED_FROM: Record<PurchaseOrderAction, readonly PurchaseOrderStatus[]> = {
  submitted: ['draft'],
  approved: ['to_approve'],
  rejected: ['to_approve'],
  sent: ['approved'],
  cancelled: ['draft', 'to_approve', 'approved', 'sent'],
  received: ['sent', 'partially_received'],
  billed: ['sent', 'partially_received', 'received'],
  closed: ['partially_received', 'received', 'billed'],
};

/** Statuses whose remaining quantities are still expected (the run counts them as incoming). */
export const OPEN_STATUSES: readonly PurchaseOrderStatus[] = ['draft', 'to_approve', 'approved', 'sent', 'partially_received'];

export function allows(status: PurchaseOrderStatus, action: PurchaseOrderAction): boolean {
  return ALLOWED_FROM[action].includes(status);
}

export interface LineProgress {
  quantity: number;
  received: number;
  billed: number;
}

export function statusAfterReceipt(lines: readonly LineProgress[]): 'partially_received' | 'received' {
  return lines.every((line) => line.received >= line.quantity) ? 'received' : 'partially_received';
}

/** A fully received order whose received units are all billed is billed. */
export function isFullyBilled(lines: readonly LineProgress[]): boolean {
  return lines.every((line) => line.received >= line.quantity && line.billed >= line.received);
}

/** The most that may be received of an ordered quantity with the over-receipt tolerance (basis points). */
export function maxReceivable(ordered: number, toleranceBasisPoints: number): number {
  return Math.floor((ordered * (10_000 + toleranceBasisPoints)) / 10_000);
}

/** The promised date: the order date plus the lead time in whole days. */
export function expectedDate(orderedAt: Date, leadTimeDays: number): Date {
  return new Date(orderedAt.getTime() + leadTimeDays * 86_400_000);
}
