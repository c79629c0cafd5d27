// Creates an approval policy: which orders it covers (category, amount band) and who approves them, in order.
// Every approver must be able to approve purchase orders (role permission purchasing.approve).
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { ROLES, type Role } from '../../../kernel/actor.ts';
import { Conflict, InvalidInput, UnknownReference } from '../../../kernel/errors.ts';
import type { Context } from '../../../platform/db/unit-of-work.ts';
import { findUserByEmail, roleAllows } from '../../identity/index.ts';
import type { ApprovalStep } from '../domain/approval-policy.ts';
import { toPolicy, toPolicyView } from '../queries/list-approval-policies.ts';

export interface CreateApprovalPolicyInput {
  name: string;
  priority?: number;
  category?: string | null;
  minAmount?: number;
  maxAmount?: number | null;
  steps: Array<{ role?: string; user?: string }>;
  approvalHours?: number | null;
}

export async function createApprovalPolicy(ctx: Context, input: CreateApprovalPolicyInput) {
  const minAmount = input.minAmount ?? 0;
  if (input.maxAmount != null && input.maxAmount <= minAmount) {
    throw new InvalidInput('maxAmount must be above minAmount', [{ path: '/maxAmount', message: 'must be above minAmount' }]);
  }
  const existing = await sql`SELECT 1 FROM approval_policy WHERE name = ${input.name}`.execute(ctx.tx);
  if (existing.rows.length > 0) throw new Conflict('already_exists', `Approval policy ${input.name} already exists`, [{ path: '/name', message: 'already exists' }]);
  const steps: ApprovalStep[] = [];
  for (const [index, step] of input.steps.entries()) {
    const path = `/steps/${index}`;
    if (step.user !== undefined) {
      const user = await findUserByEmail(ctx.tx, step.user);
      if (!user) throw new UnknownReference('user', step.user, `${path}/user`);
      assertCanApprove(user.role, `${path}/user`);
      steps.push({ userId: user.id, email: user.email });
    } else {
      if (!ROLES.includes(step.role as Role)) throw new InvalidInput(`Unknown role ${step.role}`, [{ path: `${path}/role`, message: 'unknown role' }]);
      assertCanApprove(step.role as Role, `${path}/role`);
      steps.push({ role: step.role as string });
    }
  }
  const id = randomUUID();
  await sql`INSERT INTO approval_policy (id, name, priority, category, min_amount, max_amount, steps, approval_hours, created_at)
    VALUES (${id}, ${input.name}, ${input.priority ?? 100}, ${input.category ?? null}, ${minAmount}, ${input.maxAmount ?? null},
      ${JSON.stringify(steps)}::jsonb, ${input.approvalHours ?? null}, ${ctx.now})`.execute(ctx.tx);
  const policy = toPolicyView(
    toPolicy({
      id,
      name: input.name,
      priority: input.priority ?? 100,
      category: input.category ?? null,
      min_amount: minAmount,
      max_amount: input.maxAmount ?? null,
      steps,
      approval_hours: input.approvalHours ?? null,
      active: true,
    }),
  );
  await ctx.audit({ action: 'approval_policy.created', entity: 'approval_policy', entityId: id, after: policy });
  return policy;
}

function assertCanApprove(role: Role, path: string): void {
  if (!roleAllows(role, 'purchasing.approve')) {
    throw new Conflict('approver_cannot_approve', `The role ${role} may not approve purchase orders`, [{ path, message: 'may not approve purchase orders' }]);
  }
}
