// Reads the approval policies: all active ones for routing an order, or a page of them for the API.
import { sql } from 'kysely';
import type { Queryable } from '../../../platform/db/database.ts';
import { toPage } from '../../../platform/http/cursor.ts';
import type { ApprovalPolicy, ApprovalStep } from '../domain/approval-policy.ts';
import { cursorKey } from './cursor-key.ts';

interface PolicyRow {
  id: string;
  name: string;
  priority: number;
  category: string | null;
  min_amount: number;
  max_amount: number | null;
  steps: ApprovalStep[] | string;
  approval_hours: number | null;
  active: boolean;
}

export const toPolicy = (row: PolicyRow): ApprovalPolicy & { active: boolean } => ({
  id: row.id,
  name: row.name,
  priority: row.priority,
  category: row.category,
  minAmount: Number(row.min_amount),
  maxAmount: row.max_amount === null ? null : Number(row.max_amount),
  steps: typeof row.steps === 'string' ? JSON.parse(row.steps) : row.steps,
  approvalHours: row.approval_hours,
  active: row.active,
});

export async function activeApprovalPolicies(db: Queryable): Promise<ApprovalPolicy[]> {
  const rows = await sql<PolicyRow>`SELECT * FROM approval_policy WHERE active ORDER BY priority, name`.execute(db);
  return rows.rows.map(toPolicy);
}

/** The API shape: steps name approvers by role or by user email. */
export function toPolicyView(policy: ApprovalPolicy & { active: boolean }) {
  return {
    id: policy.id,
    name: policy.name,
    priority: policy.priority,
    category: policy.category,
    minAmount: policy.minAmount,
    maxAmount: policy.maxAmount,
    steps: policy.steps.map((step) => ('role' in step ? { role: step.role, user: null } : { role: null, user: step.email })),
    approvalHours: policy.approvalHours,
    active: policy.active,
  };
}

export async function listApprovalPolicies(db: Queryable, input: { limit: number; cursor?: string }) {
  const after = cursorKey(input.cursor, ['integer', 'string']);
  const rows = await sql<PolicyRow>`SELECT * FROM approval_policy
    WHERE true ${after ? sql`AND (priority, name) > (${Number(after[0])}, ${String(after[1])})` : sql``}
    ORDER BY priority, name LIMIT ${input.limit + 1}`.execute(db);
  return toPage(rows.rows, input.limit, (row) => toPolicyView(toPolicy(row)), (row) => [row.priority, row.name]);
}
