// The kinds of exception, who owns each and how soon it is due: the one table docs/exceptions.md describes.
import type { Role } from '../../../kernel/actor.ts';

export const EXCEPTION_KINDS = [
  'stock_discrepancy',
  'delayed_receipt',
  'transfer_overdue',
  'bill_mismatch',
  'settlement_unmatched',
  'integration_failed',
  'return_anomaly',
  'negative_margin_sale',
  'stockout_risk',
  'approval_overdue',
] as const;

export type ExceptionKind = (typeof EXCEPTION_KINDS)[number];

export const EXCEPTION_STATUSES = ['open', 'acknowledged', 'resolved'] as const;
export type ExceptionStatus = (typeof EXCEPTION_STATUSES)[number];

export type Severity = 'low' | 'medium' | 'high';

/** Hours from detection to the due time, per kind. */
export const DUE_HOURS: Record<ExceptionKind, number> = {
  stock_discrepancy: 24,
  delayed_receipt: 24,
  transfer_overdue: 24,
  bill_mismatch: 72,
  settlement_unmatched: 72,
  integration_failed: 8,
  return_anomaly: 48,
  negative_margin_sale: 48,
  stockout_risk: 24,
  approval_overdue: 8,
};

/** The physical kind of the location an exception happens at; null when it has none (settlements). */
export type PlaceKind = 'store' | 'warehouse' | 'other' | null;

/**
 * Who owns an exception of a kind at a place: the people who can act on its cause. Stores' problems belong to
 * their manager, warehouses' to the warehouse operator, anything about vendors and supply to the buyer, money
 * matching to finance. Approval overdue is the pending step's own approver role (the caller passes it).
 */
export function ownerRole(kind: ExceptionKind, place: PlaceKind): Role {
  const site: Role = place === 'store' ? 'store_manager' : place === 'warehouse' ? 'warehouse_operator' : 'admin';
  switch (kind) {
    case 'stock_discrepancy':
    case 'transfer_overdue':
    case 'return_anomaly':
      return site;
    case 'negative_margin_sale':
    case 'stockout_risk':
      return place === 'store' ? 'store_manager' : 'buyer';
    case 'delayed_receipt':
    case 'approval_overdue':
      return 'buyer';
    case 'bill_mismatch':
    case 'settlement_unmatched':
      return 'finance';
    case 'integration_failed':
      return 'admin';
  }
}

/** Value at risk (minor units) at or above which an exception is medium, and high. */
export const SEVERITY_THRESHOLDS = { medium: 5_000, high: 50_000 } as const;

export function severityOf(valueAtRisk: number): Severity {
  if (valueAtRisk >= SEVERITY_THRESHOLDS.high) return 'high';
  if (valueAtRisk >= SEVERITY_THRESHOLDS.medium) return 'medium';
  return 'low';
}

export function dueAt(kind: ExceptionKind, detectedAt: Date): Date {
  return new Date(detectedAt.getTime() + DUE_HOURS[kind] * 3_600_000);
}
