// OpenAPI documentation of the order routes (see platform/http/openapi-operations.ts).
import type { OperationDocs } from '../../../platform/http/openapi-operations.ts';

export const orderOperations: OperationDocs = {
  'POST /api/v1/orders': {
    operationId: 'placeOrder',
    summary: 'Place an order',
    description:
      'An order from any channel: a till sale (`carry_out`, completed at once), a pickup or a delivery. Stock is reserved at the sourcing location, or the order is backordered. Overriding a price needs a role allowed to.',
    problems: { 409: ['insufficient_stock', 'location_not_eligible', 'period_locked'], 422: ['unknown_reference'] },
  },
  'POST /api/v1/orders/quote': {
    operationId: 'quoteOrder',
    summary: 'Quote an order',
    description:
      'What placing this order would charge — each line’s price, discount, tax and total, and the order’s totals — priced exactly as `POST /api/v1/orders` prices it, writing nothing. The till shows it before payment. Stock is not checked or reserved.',
    problems: { 422: ['unknown_reference'] },
  },
  'GET /api/v1/orders': {
    operationId: 'listOrders',
    summary: 'List orders',
    description: 'Orders the caller may see (those involving their locations), filtered by channel, fulfillment, status, location (a location outside the caller’s scope is 404), customer and `from`/`to` (when placed).',
    problems: { 404: ['not_found'] },
  },
  'GET /api/v1/orders/:id': {
    operationId: 'getOrder',
    summary: 'Get an order',
    description: 'One order by id or number, with its lines, totals, tax and its timeline in `events`.',
    problems: { 404: ['not_found'] },
  },
  'POST /api/v1/orders/:id/fulfill': {
    operationId: 'fulfillOrder',
    summary: 'Fulfil an order',
    description: 'Ships the reserved units (or hands them over at pickup): they leave stock and the sale is booked. A backordered order cannot be fulfilled yet.',
    problems: { 404: ['not_found'], 409: ['invalid_state', 'period_locked'] },
  },
  'POST /api/v1/orders/:id/cancel': {
    operationId: 'cancelOrder',
    summary: 'Cancel an order',
    description: 'Cancels a reserved or backordered order, with an optional reason; its reservations are released.',
    problems: { 404: ['not_found'], 409: ['invalid_state', 'period_locked'] },
  },
};
