// The approval inbox: purchase orders whose pending step waits for this actor (by user, or by role; an admin
// sees every pending step), oldest first, with when the policy wants a decision by.
import { sql } from 'kysely';
import type { Actor } from '../../../kernel/actor.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { toPage } from '../../../platform/http/cursor.ts';
import { iso } from './purchase-order-view.ts';
import { cursorKey } from './cursor-key.ts';

export async function approvalInbox(db: Queryable, actor: Actor, now: Date, input: { limit: number; cursor?: string }) {
  const after = cursorKey(input.cursor, ['timestamp', 'string']);
  const rows = await sql<Record<string, any>>`SELECT o.id, o.number, o.total, o.origin, v.code AS vendor, l.code AS location, p.name AS policy,
      a.step_no, a.approver_role, u.email AS approver_user, a.assigned_at, a.due_at,
      (SELECT count(*) FROM purchase_order_line pl WHERE pl.purchase_order_id = o.id)::int AS lines
    FROM purchase_order_approval a JOIN purchase_order o ON o.id = a.purchase_order_id
    JOIN vendor v ON v.id = o.vendor_id JOIN location l ON l.id = o.location_id
    LEFT JOIN approval_policy p ON p.id = o.approval_policy_id LEFT JOIN app_user u ON u.id = a.approver_user_id
    WHERE a.status = 'pending' AND o.status = 'to_approve'
      ${actor.role === 'admin' ? sql`` : sql`AND (a.approver_user_id = ${actor.userId} OR a.approver_role = ${actor.role})`}
      ${actor.locationIds !== null ? sql`AND o.location_id = ANY(${actor.locationIds}::uuid[])` : sql``}
      ${actor.role === 'admin' ? sql`` : sql`AND NOT EXISTS (SELECT 1 FROM purchase_order_approval d WHERE d.purchase_order_id = o.id AND d.decided_by = ${actor.userId})`}
      ${after ? sql`AND (a.assigned_at, o.number) > (${String(after[0])}::timestamptz, ${String(after[1])})` : sql``}
    ORDER BY a.assigned_at, o.number LIMIT ${input.limit + 1}`.execute(db);
  return toPage(
    rows.rows,
    input.limit,
    (row) => ({
      id: row.id as string,
      number: row.number as string,
      vendor: row.vendor as string,
      location: row.location as string,
      origin: row.origin as string,
      total: Number(row.total),
      lines: row.lines as number,
      approvalPolicy: (row.policy ?? null) as string | null,
      step: row.step_no as number,
      approver: { role: (row.approver_role ?? null) as string | null, user: (row.approver_user ?? null) as string | null },
      assignedAt: iso(row.assigned_at) as string,
      dueAt: iso(row.due_at),
      overdue: row.due_at !== null && new Date(row.due_at).getTime() < now.getTime(),
    }),
    (row) => [new Date(row.assigned_at).toISOString(), row.number],
  );
}
