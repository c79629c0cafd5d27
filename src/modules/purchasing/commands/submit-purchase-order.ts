// Submits a draft purchase order to the approval policies: the first matching policy either approves it
// automatically (no steps) or opens its steps, the first one pending in its approver's inbox.
import { sql } from 'kysely';
import type { Context } from '../../../platform/db/unit-of-work.ts';
import { choosePolicy, DEFAULT_STEPS } from '../domain/approval-policy.ts';
import type { PurchaseOrderApproved } from '../events.ts';
import { activeApprovalPolicies } from '../queries/list-approval-policies.ts';
import type { PurchaseOrderRecord } from '../queries/load-purchase-order.ts';
import type { PurchaseOrderView } from '../queries/purchase-order-view.ts';
import { changePurchaseOrder } from './change-purchase-order.ts';

export function submitPurchaseOrder(ctx: Context, idOrNumber: string): Promise<PurchaseOrderView> {
  return changePurchaseOrder(ctx, idOrNumber, 'submitted', (order) => routeForApproval(ctx, order));
}

async function routeForApproval(ctx: Context, order: PurchaseOrderRecord) {
  const policy = choosePolicy(await activeApprovalPolicies(ctx.tx), { total: order.total, categories: order.lines.map((line) => line.category) });
  const steps = policy ? policy.steps : DEFAULT_STEPS;
  await sql`DELETE FROM purchase_order_approval WHERE purchase_order_id = ${order.id}`.execute(ctx.tx);
  if (steps.length === 0) {
    await sql`UPDATE purchase_order SET status = 'approved', submitted_at = ${ctx.now}, approved_at = ${ctx.now},
      approval_policy_id = ${policy?.id ?? null} WHERE id = ${order.id}`.execute(ctx.tx);
    const event: PurchaseOrderApproved = { type: 'purchasing.purchase_order_approved', payload: { purchaseOrderId: order.id, automatically: true } };
    await ctx.emit(event);
    await ctx.audit({
      action: 'purchase_order.approved',
      entity: 'purchase_order',
      entityId: order.id,
      before: { status: 'to_approve' },
      after: { status: 'approved', automatically: true, policy: policy?.name ?? null, note: `approved automatically by policy ${policy?.name}` },
    });
    return { policy: policy?.name ?? null, automatically: true };
  }
  const dueAt = policy?.approvalHours ? new Date(ctx.now.getTime() + policy.approvalHours * 3_600_000) : null;
  for (const [index, step] of steps.entries()) {
    const first = index === 0;
    await sql`INSERT INTO purchase_order_approval (purchase_order_id, step_no, approver_role, approver_user_id, status, assigned_at, due_at)
      VALUES (${order.id}, ${index + 1}, ${'role' in step ? step.role : null}, ${'userId' in step ? step.userId : null},
        ${first ? 'pending' : 'waiting'}, ${first ? ctx.now : null}, ${first ? dueAt : null})`.execute(ctx.tx);
  }
  await sql`UPDATE purchase_order SET status = 'to_approve', submitted_at = ${ctx.now}, approval_policy_id = ${policy?.id ?? null}
    WHERE id = ${order.id}`.execute(ctx.tx);
  return { policy: policy?.name ?? null, steps: steps.length };
}
