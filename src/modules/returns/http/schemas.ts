// Request and response schemas of the return routes.
import { z } from 'zod';
import { documentParams, listQuery, naturalKey, quantity } from '../../../platform/http/schemas.ts';

export const returnBody = z.strictObject({
  order: naturalKey,
  location: naturalKey,
  lines: z
    .array(
      z.strictObject({
        sku: naturalKey,
        quantity,
        reason: z.string().min(1, 'must not be empty').max(500),
        disposition: z.enum(['restock', 'scrap']),
      }),
    )
    .min(1, 'must have at least one line')
    .max(500),
});

export const returnSchema = z.object({
  id: z.uuid(),
  number: z.string(),
  order: z.string(),
  location: z.string(),
  lines: z.array(z.object({ sku: z.string(), quantity: z.number(), reason: z.string(), disposition: z.enum(['restock', 'scrap']), refund: z.number() })),
  refund: z.object({ amount: z.number(), method: z.string() }),
  createdAt: z.string(),
});

export const returnParams = documentParams('RET');

export const listReturnsQuery = listQuery.extend({
  order: naturalKey.optional(),
  location: naturalKey.optional(),
});
