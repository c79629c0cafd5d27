// Request and response schemas of the exception queue.
import { z } from 'zod';
import { listQuery, money, naturalKey } from '../../../platform/http/schemas.ts';
import { EXCEPTION_KINDS, EXCEPTION_STATUSES } from '../domain/exception-kind.ts';

export const exceptionsQuery = listQuery.extend({
  status: z.enum([...EXCEPTION_STATUSES, 'unresolved']).optional().describe('`unresolved` = open or acknowledged'),
  kind: z.enum(EXCEPTION_KINDS).optional(),
  location: naturalKey.optional(),
  mine: z
    .enum(['true', 'false'])
    .optional()
    .transform((value) => value === 'true')
    .describe('only exceptions owned by the caller’s role or assigned to the caller'),
});

export const exceptionParams = z.object({ id: z.uuid('must be an exception id (UUID)') });

export const assignBody = z.strictObject({ user: z.string().min(1).max(254).describe('the assignee’s id or email') });

export const resolveBody = z.strictObject({
  note: z.string().trim().min(1, 'must say how it was resolved').max(2000),
});

export const toleranceParams = z.object({ location: naturalKey });

export const toleranceBody = z.strictObject({
  units: z.number().int().min(0).max(1_000_000_000).describe('units of difference per line that are still fine'),
  value: money.describe('value of the difference per line (minor units) that is still fine'),
});

export const toleranceSchema = z.object({ location: z.string(), units: z.number(), value: z.number(), own: z.boolean() });

export const exceptionSchema = z.object({
  id: z.uuid(),
  kind: z.enum(EXCEPTION_KINDS),
  severity: z.enum(['low', 'medium', 'high']),
  location: z.string().nullable(),
  subject: z.object({ type: z.string(), id: z.string() }),
  summary: z.string(),
  detectedAt: z.string(),
  lastDetectedAt: z.string(),
  status: z.enum(EXCEPTION_STATUSES),
  assignee: z.string().nullable().describe('the assignee’s email'),
  dueAt: z.string(),
  valueAtRisk: z.number().describe('minor units'),
  owner: z.object({ role: z.string(), location: z.string().nullable() }),
  acknowledgedAt: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  resolutionNote: z.string().nullable(),
});

export const CHECKED_KINDS = ['delayed_receipt', 'transfer_overdue', 'approval_overdue', 'stockout_risk'] as const;

export const checksBody = z.strictObject({
  kinds: z.array(z.enum(CHECKED_KINDS)).min(1).max(4).optional().describe('the checks to run; left out: all four'),
});

const checkOutcome = z.object({ open: z.number(), raised: z.number(), resolved: z.number() });

export const checkRunSchema = z.object({
  at: z.string(),
  checks: z.object({ delayed_receipt: checkOutcome.optional(), transfer_overdue: checkOutcome.optional(), approval_overdue: checkOutcome.optional(), stockout_risk: checkOutcome.optional() }),
});
