// Request and response schemas of the inventory and transfer routes.
import { z } from 'zod';
import { periodBound } from '../../../platform/http/period.ts';
import { documentParams, listQuery, naturalKey, quantity } from '../../../platform/http/schemas.ts';

const lines = <T extends z.ZodType>(line: T) => z.array(line).min(1, 'must have at least one line').max(1000);

const uniqueSkus = (items: Array<{ sku: string }>, context: z.RefinementCtx) => {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.sku)) context.addIssue({ code: 'custom', path: [index, 'sku'], message: 'appears on more than one line' });
    seen.add(item.sku);
  });
};

export const adjustmentBody = z.strictObject({
  location: naturalKey,
  reason: z.string().min(1).max(200),
  lines: lines(
    z.strictObject({
      sku: naturalKey,
      delta: z.number().int('must be an integer').refine((delta) => delta !== 0, 'must not be zero').refine((delta) => Math.abs(delta) <= 1_000_000_000, 'is too large'),
    }),
  ),
});

export const adjustmentSchema = z.object({
  id: z.uuid(),
  number: z.string(),
  location: z.string(),
  reason: z.string(),
  lines: z.array(z.object({ sku: z.string(), delta: z.number(), value: z.number() })),
  createdAt: z.string(),
});

export const levelsQuery = listQuery.extend({ sku: naturalKey.optional(), location: naturalKey.optional() });

export const availabilityQuery = z.strictObject({
  sku: naturalKey.describe('The SKU or a GTIN of the product'),
  location: naturalKey.optional().describe('Only this store or warehouse'),
});

export const availabilitySchema = z.object({
  sku: z.string(),
  name: z.string(),
  locations: z.array(z.object({ code: z.string(), name: z.string(), kind: z.enum(['warehouse', 'store']), available: z.number() })),
});

export const levelSchema = z.object({ sku: z.string(), location: z.string(), onHand: z.number(), reserved: z.number(), available: z.number() });

export const countBody = z.strictObject({
  location: naturalKey,
  lines: lines(z.strictObject({ sku: naturalKey, counted: z.number().int('must be an integer').min(0).max(1_000_000_000) })).superRefine(uniqueSkus),
});

const countLineSchema = z.object({
  sku: z.string(),
  counted: z.number(),
  onHandAtCount: z.number(),
  variance: z.number().describe('counted − on hand at count: negative when units are missing'),
  value: z.number().optional().describe('The variance at cost; absent for roles that may not see costs'),
});
export const countSchema = z.object({ id: z.uuid(), number: z.string(), location: z.string(), countedAt: z.string(), lines: z.array(countLineSchema) });

const period = {
  location: naturalKey.optional(),
  from: periodBound.optional(),
  to: periodBound.optional(),
};
export const countsQuery = listQuery.extend(period);
export const accuracyQuery = z.strictObject(period);
export const accuracySchema = z.object({
  from: z.string().nullable().describe('The period asked for; null when open-ended'),
  to: z.string().nullable(),
  items: z.array(
    z.object({
      location: z.string(),
      countedUnits: z.number(),
      absoluteVariance: z.number(),
      countLines: z.number(),
      accuracyBasisPoints: z.number().int().describe('1 − Σ|variance| ÷ Σ counted, in basis points (10000 = every count matched)'),
    }),
  ),
});

export const transferBody = z
  .strictObject({
    from: naturalKey,
    to: naturalKey,
    lines: lines(z.strictObject({ sku: naturalKey, quantity })),
    note: z.string().max(500).optional(),
  })
  .refine((body) => body.from !== body.to, { path: ['to'], message: 'must differ from from' });

export const receiveBody = z.strictObject({ lines: z.array(z.strictObject({ sku: naturalKey, quantity: z.number().int().min(0).max(1_000_000_000) })).max(1000).optional() }).nullish();

export const rejectBody = z.strictObject({ reason: z.string().max(500).optional() }).nullish();

export const TRANSFER_STATUSES = ['requested', 'reserved', 'in_transit', 'received', 'rejected', 'cancelled'] as const;

export const transfersQuery = listQuery.extend({ from: naturalKey.optional(), to: naturalKey.optional(), status: z.enum(TRANSFER_STATUSES).optional() });

export const transferParams = documentParams('TRF');

export const transferSchema = z.object({
  id: z.uuid(),
  number: z.string(),
  from: z.string(),
  to: z.string(),
  status: z.enum(TRANSFER_STATUSES),
  note: z.string().nullable(),
  lines: z.array(z.object({ sku: z.string(), quantity: z.number(), received: z.number().nullable() })),
  discrepancies: z.array(z.object({ sku: z.string(), quantity: z.number() })),
  createdAt: z.string(),
  approvedAt: z.string().nullable(),
  shippedAt: z.string().nullable(),
  receivedAt: z.string().nullable(),
});
