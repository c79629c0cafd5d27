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

export const eligibilityQuery = z.strictObject({ order: naturalKey.describe('The order id or number (a till receipt carries its order number)') });

export const eligibilitySchema = z.object({
  order: z.string().describe('The order number'),
  channel: z.string(),
  status: z.string(),
  returnable: z.boolean().describe('Only completed orders take returns'),
  lines: z.array(
    z.object({
      lineNo: z.number(),
      sku: z.string(),
      sold: z.number(),
      returned: z.number(),
      left: z.number(),
      paid: z.number().describe('What the customer paid for the line, tax included'),
      unitPaid: z.number().describe('paid per unit, rounded to the cent'),
      refundLeft: z.number().describe('What returning every unit left refunds, tax included'),
    }),
  ),
});
