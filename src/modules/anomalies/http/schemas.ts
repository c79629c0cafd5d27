// Request and response schemas of the anomaly lists and checks.
import { z } from 'zod';
import { listQuery, naturalKey } from '../../../platform/http/schemas.ts';
import { ANOMALY_CHECKS, ANOMALY_KINDS } from '../domain/anomaly-kind.ts';

export const findingsQuery = listQuery.extend({
  kind: z.enum(ANOMALY_KINDS).optional(),
  location: naturalKey.optional().describe('a location code: findings there (vendors and families have none)'),
  status: z.enum(['open', 'resolved']).optional().describe('default `open`'),
});

export const findingParams = z.object({ id: z.uuid('must be a finding id (UUID)') });

export const findingSchema = z.object({
  id: z.uuid(),
  kind: z.enum(ANOMALY_KINDS),
  subject: z.object({ type: z.enum(['product', 'location', 'vendor', 'family']), id: z.string(), key: z.string().describe('SKU, location code, vendor code or family') }),
  location: z.string().nullable(),
  window: z.object({ from: z.string(), to: z.string() }).describe('first and last day (UTC) the finding looked at'),
  observed: z.number(),
  expected: z.number(),
  unit: z.enum(['ratio', 'days', 'weeks', 'units']).describe('of observed and expected'),
  score: z.number().describe('robust z, or the normal score as rare as the tail probability'),
  threshold: z.number().describe('the score beyond which a subject is flagged (1 % shared over the subjects tested)'),
  valueAtRisk: z.number().describe('minor units'),
  evidence: z.record(z.string(), z.union([z.number(), z.string()])).describe('the counts and sums the figures came from'),
  reason: z.string(),
  detectedAt: z.string(),
  lastDetectedAt: z.string(),
  status: z.enum(['open', 'resolved']),
  resolvedAt: z.string().nullable(),
});

export const checksBody = z.strictObject({
  checks: z.array(z.enum(ANOMALY_CHECKS)).min(1).max(ANOMALY_CHECKS.length).optional().describe('the checks to run; left out: all'),
});

const outcome = z.object({ open: z.number(), raised: z.number(), resolved: z.number() });

export const anomalyRunSchema = z.object({
  at: z.string(),
  window: z.object({ from: z.string(), to: z.string() }),
  checks: z.object(Object.fromEntries(ANOMALY_CHECKS.map((check) => [check, outcome.optional()])) as Record<(typeof ANOMALY_CHECKS)[number], z.ZodOptional<typeof outcome>>),
});
