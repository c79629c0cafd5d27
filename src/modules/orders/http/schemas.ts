// Request and response schemas of the order routes.
import { z } from 'zod';
import { periodBound } from '../../../platform/http/period.ts';
import { documentParams, email, listQuery, money, naturalKey, quantity } from '../../../platform/http/schemas.ts';

export const CHANNELS = ['store', 'web', 'marketplace'] as const;
export const FULFILLMENTS = ['carry_out', 'ship', 'pickup'] as const;
export const ORDER_STATUSES = ['reserved', 'backordered', 'completed', 'cancelled'] as const;
export const TENDERS = ['cash', 'card', 'store_credit', 'online'] as const;

export const placeOrderBody = z.strictObject({
  channel: z.enum(CHANNELS),
  location: naturalKey.optional(),
  fulfillment: z.enum(FULFILLMENTS),
  pickupLocation: naturalKey.optional(),
  customer: z.strictObject({ email, name: z.string().max(200).optional() }).optional(),
  lines: z.array(z.strictObject({ sku: naturalKey, quantity, unitPrice: money.optional() })).min(1, 'must have at least one line').max(500),
  tender: z.enum(TENDERS).optional(),
  allowSplit: z.boolean().optional(),
  allowBackorder: z.boolean().optional(),
});

const timelineEntry = z.object({ at: z.string(), type: z.string(), detail: z.record(z.string(), z.unknown()) });

export const orderSchema = z.object({
  id: z.uuid(),
  number: z.string(),
  channel: z.enum(CHANNELS),
  status: z.enum(ORDER_STATUSES),
  fulfillment: z.enum(FULFILLMENTS),
  location: z.string().nullable(),
  pickupLocation: z.string().nullable(),
  customer: z.object({ email: z.string(), name: z.string().nullable() }).nullable(),
  lines: z.array(z.object({ sku: z.string(), quantity: z.number(), unitPrice: z.number(), discount: z.number(), tax: z.number(), taxRate: z.number() })),
  totals: z.object({ subtotal: z.number(), discount: z.number(), tax: z.number(), total: z.number() }),
  allocations: z.array(z.object({ sku: z.string(), location: z.string(), quantity: z.number(), status: z.enum(['reserved', 'fulfilled', 'released']) })),
  backorders: z.array(z.object({ sku: z.string(), location: z.string().nullable(), quantity: z.number() })),
  payment: z.object({ method: z.enum(TENDERS), amount: z.number() }),
  placedAt: z.string(),
  completedAt: z.string().nullable(),
  cancelledAt: z.string().nullable(),
  events: z.array(timelineEntry).optional(),
});

export const quoteSchema = z.object({
  channel: z.enum(CHANNELS),
  fulfillment: z.enum(FULFILLMENTS),
  location: z.string().nullable(),
  pickupLocation: z.string().nullable(),
  lines: z.array(
    z.object({ sku: z.string(), name: z.string(), quantity: z.number(), unitPrice: z.number(), discount: z.number(), tax: z.number(), taxRate: z.number(), total: z.number() }),
  ),
  totals: z.object({ subtotal: z.number(), discount: z.number(), tax: z.number(), total: z.number() }),
});

export const orderParams = documentParams('SO');

export const cancelBody = z.strictObject({ reason: z.string().max(500).optional() }).nullish();

export const listOrdersQuery = listQuery.extend({
  channel: z.enum(CHANNELS).optional(),
  fulfillment: z.enum(FULFILLMENTS).optional(),
  status: z.enum(ORDER_STATUSES).optional(),
  location: naturalKey.optional().describe('Orders sold, shipped, picked up or allocated there; a location outside the caller’s scope is 404'),
  customer: z.string().max(254).optional(),
  from: periodBound.optional().describe('Placed at or after: an ISO date (start of that UTC day) or date-time'),
  to: periodBound.optional().describe('Placed at or before: an ISO date (the whole UTC day) or date-time'),
});
