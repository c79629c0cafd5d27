// Loads a purchase order with its lines and approval steps, by id or number, optionally locked for a change.
import { sql } from 'kysely';
import { NotFound } from '../../../kernel/errors.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import type { PurchaseOrderStatus } from '../domain/purchase-order-status.ts';

export interface PurchaseOrderLineRecord {
  lineNo: number;
  productId: string;
  sku: string;
  category: string | null;
  quantity: number;
  unitCost: number;
  leadTimeDays: number;
  expectedAt: Date;
  received: number;
  billed: number;
}

export interface ApprovalStepRecord {
  stepNo: number;
  role: string | null;
  userId: string | null;
  userEmail: string | null;
  status: 'waiting' | 'pending' | 'approved' | 'rejected' | 'cancelled';
  assignedAt: Date | null;
  dueAt: Date | null;
  decidedBy: string | null;
  decidedByEmail: string | null;
  decidedAt: Date | null;
  note: string | null;
}

export interface PurchaseOrderRecord {
  id: string;
  number: string;
  vendorId: string;
  vendorCode: string;
  locationId: string;
  locationCode: string;
  locationKind: string;
  status: PurchaseOrderStatus;
  origin: 'manual' | 'replenishment';
  total: number;
  note: string | null;
  policyName: string | null;
  expectedAt: Date;
  createdBy: string;
  dates: Record<'createdAt' | 'submittedAt' | 'approvedAt' | 'sentAt' | 'receivedAt' | 'billedAt' | 'closedAt' | 'cancelledAt', Date | null>;
  lines: PurchaseOrderLineRecord[];
  approvals: ApprovalStepRecord[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function loadPurchaseOrder(db: Queryable, idOrNumber: string, options: { forUpdate?: boolean } = {}): Promise<PurchaseOrderRecord> {
  const where = UUID.test(idOrNumber) ? sql`o.id = ${idOrNumber}` : sql`o.number = ${idOrNumber}`;
  const result = await sql<Record<string, any>>`SELECT o.*, v.code AS vendor_code, l.code AS location_code, l.kind AS location_kind,
      ap.name AS policy_name
    FROM purchase_order o JOIN vendor v ON v.id = o.vendor_id JOIN location l ON l.id = o.location_id
    LEFT JOIN approval_policy ap ON ap.id = o.approval_policy_id
    WHERE ${where} ${options.forUpdate ? sql`FOR UPDATE OF o` : sql``}`.execute(db);
  const row = result.rows[0];
  if (!row) throw new NotFound('Purchase order', idOrNumber);
  const lines = await sql<Record<string, any>>`SELECT l.*, p.sku, p.category FROM purchase_order_line l JOIN product p ON p.id = l.product_id
    WHERE l.purchase_order_id = ${row.id} ORDER BY l.line_no`.execute(db);
  const approvals = await sql<Record<string, any>>`SELECT a.*, u.email AS user_email, d.email AS decided_by_email
    FROM purchase_order_approval a LEFT JOIN app_user u ON u.id = a.approver_user_id LEFT JOIN app_user d ON d.id = a.decided_by
    WHERE a.purchase_order_id = ${row.id} ORDER BY a.step_no`.execute(db);
  return {
    id: row.id,
    number: row.number,
    vendorId: row.vendor_id,
    vendorCode: row.vendor_code,
    locationId: row.location_id,
    locationCode: row.location_code,
    locationKind: row.location_kind,
    status: row.status,
    origin: row.origin,
    total: Number(row.total),
    note: row.note ?? null,
    policyName: row.policy_name ?? null,
    expectedAt: row.expected_at,
    createdBy: row.created_by,
    dates: {
      createdAt: row.created_at,
      submittedAt: row.submitted_at ?? null,
      approvedAt: row.approved_at ?? null,
      sentAt: row.sent_at ?? null,
      receivedAt: row.received_at ?? null,
      billedAt: row.billed_at ?? null,
      closedAt: row.closed_at ?? null,
      cancelledAt: row.cancelled_at ?? null,
    },
    lines: lines.rows.map((line) => ({
      lineNo: line.line_no,
      productId: line.product_id,
      sku: line.sku,
      category: line.category ?? null,
      quantity: Number(line.quantity),
      unitCost: Number(line.unit_cost),
      leadTimeDays: line.lead_time_days,
      expectedAt: line.expected_at,
      received: Number(line.received),
      billed: Number(line.billed),
    })),
    approvals: approvals.rows.map((step) => ({
      stepNo: step.step_no,
      role: step.approver_role ?? null,
      userId: step.approver_user_id ?? null,
      userEmail: step.user_email ?? null,
      status: step.status,
      assignedAt: step.assigned_at ?? null,
      dueAt: step.due_at ?? null,
      decidedBy: step.decided_by ?? null,
      decidedByEmail: step.decided_by_email ?? null,
      decidedAt: step.decided_at ?? null,
      note: step.note ?? null,
    })),
  };
}
