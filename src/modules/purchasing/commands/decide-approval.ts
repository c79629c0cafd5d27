// An approver's decision on the pending step of a purchase order: approve (the next step opens, or the order
// is approved after the last) or reject (the order goes back to draft, to be changed or cancelled). Only the
// step's approver decides (admins may decide any step), nobody but an admin decides two steps of one order,
// and the decision and its note are kept on the step and in the audit trail.
import { sql } from 'kysely';
import { Forbidden } from '../../../kernel/errors.ts';
import type { Context } from '../../../platform/db/unit-of-work.ts';
import { isApprover } from '../domain/approval-policy.ts';
import type { PurchaseOrderApproved } from '../events.ts';
import { activeApprovalPolicies } from '../queries/list-approval-policies.ts';
import type { PurchaseOrderRecord } from '../queries/load-purchase-order.ts';
import type { PurchaseOrderView } from '../queries/purchase-order-view.ts';
import { changePurchaseOrder } from './change-purchase-order.ts';

export function approvePurchaseOrder(ctx: Context, idOrNumber: string, note: string | undefined): Promise<PurchaseOrderView> {
  return changePurchaseOrder(ctx, idOrNumber, 'approved', async (order) => {
    const step = pendingStep(ctx, order);
    await decide(ctx, order.id, step.stepNo, 'approved', note);
    const next = order.approvals.find((s) => s.stepNo > step.stepNo && s.status === 'waiting');
    if (next) {
      const hours = (await activeApprovalPolicies(ctx.tx)).find((p) => p.name === order.policyName)?.approvalHours ?? null;
      await sql`UPDATE purchase_order_approval SET status = 'pending', assigned_at = ${ctx.now},
        due_at = ${hours ? new Date(ctx.now.getTime() + hours * 3_600_000) : null}
        WHERE purchase_order_id = ${order.id} AND step_no = ${next.stepNo}`.execute(ctx.tx);
      return { step: step.stepNo, decision: 'approved', note: note ?? null, next: next.stepNo };
    }
    await sql`UPDATE purchase_order SET status = 'approved', approved_at = ${ctx.now} WHERE id = ${order.id}`.execute(ctx.tx);
    const event: PurchaseOrderApproved = { type: 'purchasing.purchase_order_approved', payload: { purchaseOrderId: order.id, automatically: false } };
    await ctx.emit(event);
    return { step: step.stepNo, decision: 'approved', note: note ?? null };
  });
}

export function rejectPurchaseOrder(ctx: Context, idOrNumber: string, note: string): Promise<PurchaseOrderView> {
  return changePurchaseOrder(ctx, idOrNumber, 'rejected', async (order) => {
    const step = pendingStep(ctx, order);
    await decide(ctx, order.id, step.stepNo, 'rejected', note);
    await sql`UPDATE purchase_order_approval SET status = 'cancelled' WHERE purchase_order_id = ${order.id} AND status = 'waiting'`.execute(ctx.tx);
    await sql`UPDATE purchase_order SET status = 'draft', note = ${note} WHERE id = ${order.id}`.execute(ctx.tx);
    return { step: step.stepNo, decision: 'rejected', note };
  });
}

function pendingStep(ctx: Context, order: PurchaseOrderRecord) {
  const step = order.approvals.find((s) => s.status === 'pending');
  if (!step) throw new Forbidden(`Purchase order ${order.number} has no step waiting for a decision`);
  if (!isApprover(step, ctx.actor)) {
    throw new Forbidden(`Purchase order ${order.number} waits for ${step.userEmail ?? `a ${step.role}`} to decide step ${step.stepNo}`);
  }
  if (ctx.actor.role !== 'admin' && order.approvals.some((s) => s.decidedBy === ctx.actor.userId)) {
    throw new Forbidden(`You already decided a step of purchase order ${order.number}; another approver must decide this one`);
  }
  return step;
}

async function decide(ctx: Context, orderId: string, stepNo: number, status: 'approved' | 'rejected', note: string | undefined) {
  await sql`UPDATE purchase_order_approval SET status = ${status}, decided_by = ${ctx.actor.userId}, decided_at = ${ctx.now}, note = ${note ?? null}
    WHERE purchase_order_id = ${orderId} AND step_no = ${stepNo}`.execute(ctx.tx);
}
