// Approval policies: ordered rules by category and amount that decide who approves a purchase order — nobody
// (approved automatically), a buyer, or a buyer and then a head of purchasing (multi-level).

/** One level of approval: anyone with the role, or one named user. */
export type ApprovalStep = { role: string } | { userId: string; email: string };

export interface ApprovalPolicy {
  id: string;
  name: string;
  priority: number;
  /** The policy applies when every line of the order is in this category; null: any category. */
  category: string | null;
  /** Inclusive lower bound of the order total (minor units). */
  minAmount: number;
  /** Exclusive upper bound; null: no upper bound. */
  maxAmount: number | null;
  /** Empty: approved automatically. */
  steps: ApprovalStep[];
  /** How long each step may wait before it counts as a replenishment exception. */
  approvalHours: number | null;
}

export interface OrderToApprove {
  total: number;
  /** The category of each line (null for uncategorised products). */
  categories: ReadonlyArray<string | null>;
}

/** What applies when no policy matches: one approval by a buyer. */
export const DEFAULT_STEPS: readonly ApprovalStep[] = [{ role: 'buyer' }];

export function policyMatches(policy: ApprovalPolicy, order: OrderToApprove): boolean {
  if (order.total < policy.minAmount) return false;
  if (policy.maxAmount !== null && order.total >= policy.maxAmount) return false;
  if (policy.category === null) return true;
  return order.categories.length > 0 && order.categories.every((category) => category === policy.category);
}

/** The first matching policy by priority (lower first), then name; undefined means DEFAULT_STEPS apply. */
export function choosePolicy(policies: readonly ApprovalPolicy[], order: OrderToApprove): ApprovalPolicy | undefined {
  return [...policies]
    .sort((a, b) => a.priority - b.priority || a.name.localeCompare(b.name))
    .find((policy) => policyMatches(policy, order));
}

/** Whether an actor is the approver a step waits for (admins may decide any step). */
export function isApprover(step: { role: string | null; userId: string | null }, actor: { userId: string; role: string }): boolean {
  if (actor.role === 'admin') return true;
  return step.userId !== null ? step.userId === actor.userId : step.role === actor.role;
}
