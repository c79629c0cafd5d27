// Request and response schemas of replenishment (runs, proposals), approval policies and purchase orders.
import { z } from 'zod';
import { documentParams, listQuery, money, naturalKey, quantity, uuid } from '../../../platform/http/schemas.ts';
import { PURCHASE_ORDER_STATUSES } from '../domain/purchase-order-status.ts';
import { text } from './vendor-schemas.ts';

/** A JSON object, possibly empty ({}); the note says why a run was started by hand (kept in the audit trail). */
export const runBody = z.strictObject({ note: text(500).optional() });

export const runSchema = z.object({
  id: z.uuid(),
  startedAt: z.string(),
  durationMs: z.number(),
  rulesEvaluated: z.number(),
  proposalsCreated: z.number(),
  purchaseOrdersDrafted: z.number(),
  purchaseOrdersAutoApproved: z.number(),
  transfersDrafted: z.number(),
});

const PROPOSAL_STATUSES = ['open', 'drafted', 'ordered', 'dismissed'] as const;
export const proposalSchema = z.object({
  id: z.uuid(),
  runId: z.uuid(),
  sku: z.string(),
  location: z.string(),
  source: z.enum(['purchase', 'transfer']),
  sourceLocation: z.string().nullable(),
  vendor: z.string().nullable(),
  trigger: z.enum(['auto', 'manual']),
  position: z.object({ onHand: z.number(), reserved: z.number(), incoming: z.number(), outgoing: z.number(), demand: z.number(), projected: z.number() }),
  min: z.number(),
  max: z.number(),
  quantity: z.number(),
  unitCost: z.number().nullable(),
  leadTimeDays: z.number(),
  status: z.enum(PROPOSAL_STATUSES),
  purchaseOrder: z.string().nullable(),
  transferDraft: z.string().nullable(),
  createdAt: z.string(),
});
export const proposalsQuery = listQuery.extend({
  status: z.enum(PROPOSAL_STATUSES).optional(),
  location: naturalKey.optional(),
  sku: naturalKey.optional(),
  vendor: naturalKey.optional(),
  run: uuid.optional(),
});
const proposalIds = z.array(uuid).min(1, 'must name at least one proposal').max(1000);
export const orderProposalsBody = z.strictObject({ proposals: proposalIds });
export const orderProposalsSchema = z.object({ purchaseOrders: z.array(z.string()), transferDrafts: z.array(z.string()) });
export const dismissProposalsBody = z.strictObject({ proposals: proposalIds, reason: text(500).optional() });

const step = z.union([z.strictObject({ role: z.string().min(1).max(64) }), z.strictObject({ user: z.string().min(1).max(254) })]);
export const approvalPolicyBody = z.strictObject({
  name: text(100),
  priority: z.number().int().min(0).max(10_000).optional().describe('Lower first; the first matching policy applies'),
  category: text(100).nullable().optional().describe('Applies when every line is in this category; left out: any'),
  minAmount: money.optional(),
  maxAmount: money.nullable().optional().describe('Exclusive upper bound of the order total'),
  steps: z.array(step).max(5).describe('Approvers in order; empty: approved automatically'),
  approvalHours: z.number().int().min(1).max(10_000).nullable().optional(),
});
export const approvalPolicySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  priority: z.number(),
  category: z.string().nullable(),
  minAmount: z.number(),
  maxAmount: z.number().nullable(),
  steps: z.array(z.object({ role: z.string().nullable(), user: z.string().nullable() })),
  approvalHours: z.number().nullable(),
  active: z.boolean(),
});

const uniqueSkus = (items: Array<{ sku: string }>, context: z.RefinementCtx) => {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.sku)) context.addIssue({ code: 'custom', path: [index, 'sku'], message: 'appears on more than one line' });
    seen.add(item.sku);
  });
};
export const lines = <T extends z.ZodType<{ sku: string }>>(line: T) => z.array(line).min(1, 'must have at least one line').max(1000).superRefine(uniqueSkus);

export const createPurchaseOrderBody = z.strictObject({
  vendor: naturalKey,
  location: naturalKey,
  lines: lines(z.strictObject({ sku: naturalKey, quantity, unitCost: money.optional().describe('Left out: the vendor’s price, else the product cost') })),
  note: text(500).optional(),
});

export const purchaseOrderSchema = z.object({
  id: z.uuid(),
  number: z.string(),
  vendor: z.string(),
  location: z.string(),
  status: z.enum(PURCHASE_ORDER_STATUSES),
  origin: z.enum(['manual', 'replenishment']),
  total: z.number(),
  note: z.string().nullable(),
  approvalPolicy: z.string().nullable(),
  expectedAt: z.string(),
  lines: z.array(
    z.object({ sku: z.string(), quantity: z.number(), unitCost: z.number(), amount: z.number(), received: z.number(), billed: z.number(), leadTimeDays: z.number(), expectedAt: z.string() }),
  ),
  approvals: z.array(
    z.object({
      step: z.number(),
      approver: z.object({ role: z.string().nullable(), user: z.string().nullable() }),
      status: z.string(),
      dueAt: z.string().nullable(),
      decidedBy: z.string().nullable(),
      decidedAt: z.string().nullable(),
      note: z.string().nullable(),
    }),
  ),
  createdAt: z.string(),
  submittedAt: z.string().nullable(),
  approvedAt: z.string().nullable(),
  sentAt: z.string().nullable(),
  receivedAt: z.string().nullable(),
  billedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  cancelledAt: z.string().nullable(),
});
export const purchaseOrdersQuery = listQuery.extend({ status: z.enum(PURCHASE_ORDER_STATUSES).optional(), vendor: naturalKey.optional(), location: naturalKey.optional() });
export const purchaseOrderParams = documentParams('PO');
export const transferDraftParams = documentParams('TD');
export const noteBody = z.strictObject({ note: text(1000).optional() }).nullish();
export const requiredNoteBody = z.strictObject({ note: text(1000).describe('Why: kept on the step and in the audit trail') });
export const reasonBody = z.strictObject({ reason: text(500).optional() }).nullish();

export const inboxItemSchema = z.object({
  id: z.uuid(),
  number: z.string(),
  vendor: z.string(),
  location: z.string(),
  origin: z.string(),
  total: z.number(),
  lines: z.number(),
  approvalPolicy: z.string().nullable(),
  step: z.number(),
  approver: z.object({ role: z.string().nullable(), user: z.string().nullable() }),
  assignedAt: z.string(),
  dueAt: z.string().nullable(),
  overdue: z.boolean(),
});

const DRAFT_STATUSES = ['draft', 'approved', 'dismissed'] as const;
export const transferDraftSchema = z.object({
  id: z.uuid(),
  number: z.string(),
  from: z.string(),
  to: z.string(),
  status: z.enum(DRAFT_STATUSES),
  lines: z.array(z.object({ sku: z.string(), quantity: z.number() })),
  transfer: z.string().nullable().describe('The inventory transfer it became, once approved'),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
  decidedBy: z.string().nullable(),
  note: z.string().nullable(),
});
export const transferDraftsQuery = listQuery.extend({ from: naturalKey.optional(), to: naturalKey.optional(), status: z.enum(DRAFT_STATUSES).optional() });
export const approveDraftBody = z
  .strictObject({
    lines: lines(z.strictObject({ sku: naturalKey, quantity })).optional().describe('Other quantities than proposed; SKUs left out are not transferred'),
    note: text(500).optional(),
  })
  .nullish();
