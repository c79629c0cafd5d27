// Purchasing work that is late, for the daily exception checks: sent orders past their promised date with units
// still to come (one row per order), and approval steps pending past their policy's hours.
import { sql } from 'kysely';
import type { Queryable } from '../../../platform/db/database.ts';

export interface OverdueReceipt {
  purchaseOrderId: string;
  number: string;
  locationId: string;
  vendor: string;
  /** The earliest promised date among the late lines. */
  expectedAt: Date;
  outstandingUnits: number;
  /** Outstanding units at the order's unit costs (minor units). */
  outstandingValue: number;
}

export async function overdueReceipts(db: Queryable, now: Date): Promise<OverdueReceipt[]> {
  const rows = await sql<Record<string, unknown>>`SELECT o.id, o.number, o.location_id, v.code AS vendor, min(l.expected_at) AS expected_at,
      sum(l.quantity - l.received)::int8 AS units, sum((l.quantity - l.received) * l.unit_cost)::int8 AS value
    FROM purchase_order_line l JOIN purchase_order o ON o.id = l.purchase_order_id JOIN vendor v ON v.id = o.vendor_id
    WHERE o.status IN ('sent', 'partially_received') AND l.expected_at < ${now} AND l.received < l.quantity
    GROUP BY o.id, o.number, o.location_id, v.code ORDER BY o.number`.execute(db);
  return rows.rows.map((row) => ({
    purchaseOrderId: row.id as string,
    number: row.number as string,
    locationId: row.location_id as string,
    vendor: row.vendor as string,
    expectedAt: new Date(row.expected_at as string),
    outstandingUnits: Number(row.units),
    outstandingValue: Number(row.value),
  }));
}

export interface OverdueApproval {
  purchaseOrderId: string;
  number: string;
  locationId: string;
  total: number;
  stepNo: number;
  approverRole: string | null;
  approverUserId: string | null;
  dueAt: Date;
}

export async function overdueApprovals(db: Queryable, now: Date): Promise<OverdueApproval[]> {
  const rows = await sql<Record<string, unknown>>`SELECT o.id, o.number, o.location_id, o.total, a.step_no, a.approver_role, a.approver_user_id, a.due_at
    FROM purchase_order_approval a JOIN purchase_order o ON o.id = a.purchase_order_id
    WHERE a.status = 'pending' AND o.status = 'to_approve' AND a.due_at IS NOT NULL AND a.due_at < ${now}
    ORDER BY o.number`.execute(db);
  return rows.rows.map((row) => ({
    purchaseOrderId: row.id as string,
    number: row.number as string,
    locationId: row.location_id as string,
    total: Number(row.total),
    stepNo: Number(row.step_no),
    approverRole: (row.approver_role as string | null) ?? null,
    approverUserId: (row.approver_user_id as string | null) ?? null,
    dueAt: new Date(row.due_at as string),
  }));
}
