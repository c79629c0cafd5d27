// The purchase order as the API shows it: natural keys for vendor, location and SKUs, ISO dates.
import type { PurchaseOrderStatus } from '../domain/purchase-order-status.ts';
import type { PurchaseOrderRecord } from './load-purchase-order.ts';

export interface PurchaseOrderView {
  id: string;
  number: string;
  vendor: string;
  location: string;
  status: PurchaseOrderStatus;
  origin: 'manual' | 'replenishment';
  total: number;
  note: string | null;
  approvalPolicy: string | null;
  expectedAt: string;
  lines: Array<{ sku: string; quantity: number; unitCost: number; amount: number; received: number; billed: number; leadTimeDays: number; expectedAt: string }>;
  approvals: Array<{
    step: number;
    approver: { role: string | null; user: string | null };
    status: string;
    dueAt: string | null;
    decidedBy: string | null;
    decidedAt: string | null;
    note: string | null;
  }>;
  createdAt: string;
  submittedAt: string | null;
  approvedAt: string | null;
  sentAt: string | null;
  receivedAt: string | null;
  billedAt: string | null;
  closedAt: string | null;
  cancelledAt: string | null;
}

export const iso = (date: Date | string | null) => (date ? new Date(date).toISOString() : null);

export function toPurchaseOrderView(order: PurchaseOrderRecord): PurchaseOrderView {
  return {
    id: order.id,
    number: order.number,
    vendor: order.vendorCode,
    location: order.locationCode,
    status: order.status,
    origin: order.origin,
    total: order.total,
    note: order.note,
    approvalPolicy: order.policyName,
    expectedAt: iso(order.expectedAt) as string,
    lines: order.lines.map((line) => ({
      sku: line.sku,
      quantity: line.quantity,
      unitCost: line.unitCost,
      amount: line.quantity * line.unitCost,
      received: line.received,
      billed: line.billed,
      leadTimeDays: line.leadTimeDays,
      expectedAt: iso(line.expectedAt) as string,
    })),
    approvals: order.approvals.map((step) => ({
      step: step.stepNo,
      approver: { role: step.role, user: step.userEmail },
      status: step.status,
      dueAt: iso(step.dueAt),
      decidedBy: step.decidedByEmail,
      decidedAt: iso(step.decidedAt),
      note: step.note,
    })),
    createdAt: iso(order.dates.createdAt) as string,
    submittedAt: iso(order.dates.submittedAt),
    approvedAt: iso(order.dates.approvedAt),
    sentAt: iso(order.dates.sentAt),
    receivedAt: iso(order.dates.receivedAt),
    billedAt: iso(order.dates.billedAt),
    closedAt: iso(order.dates.closedAt),
    cancelledAt: iso(order.dates.cancelledAt),
  };
}
