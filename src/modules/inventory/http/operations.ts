// OpenAPI documentation of the inventory and transfer routes (see platform/http/openapi-operations.ts).
import type { OperationDocs } from '../../../platform/http/openapi-operations.ts';

export const inventoryOperations: OperationDocs = {
  'POST /api/v1/inventory/adjustments': {
    operationId: 'postAdjustment',
    summary: 'Adjust stock at a location',
    description: 'Adds (from inventory gain, at the product’s cost) or removes (to inventory loss, at the average cost) units at a stock-holding location, with a reason. Taking on-hand below zero or below what is reserved is refused. The reason `opening` (a location’s opening stock, once per location) needs `inventory.opening`.',
    problems: { 409: ['insufficient_stock', 'location_holds_no_stock', 'opening_balance_posted', 'period_locked'], 422: ['unknown_reference'] },
  },
  'GET /api/v1/inventory/levels': {
    operationId: 'listStockLevels',
    summary: 'List stock levels',
    description: 'On hand, reserved and available units by product and location, limited to the caller’s locations, filtered by SKU and location (one outside them, or unknown, is 404).',
    problems: { 404: ['not_found'] },
  },
  'GET /api/v1/inventory/availability': {
    operationId: 'getStockAvailability',
    summary: 'Availability of a product across the network',
    description:
      'Available units (on hand − reserved) of a product at every store and warehouse, whatever the caller’s locations, 0 where there is none; no costs, no documents. `sku` is a SKU or a GTIN.',
    problems: { 404: ['not_found'] },
  },
  'POST /api/v1/inventory/counts': {
    operationId: 'postCount',
    summary: 'Post a cycle count',
    description: 'Sets on-hand stock to the counted quantities and books the differences. A count below the units reserved for orders is refused.',
    problems: { 409: ['insufficient_stock', 'location_holds_no_stock', 'period_locked'], 422: ['unknown_reference'] },
  },
  'GET /api/v1/inventory/counts': {
    operationId: 'listCounts',
    summary: 'List cycle counts',
    description: 'Posted counts of the caller’s locations with their lines and variances, over `from`–`to`; line values only for roles allowed `costs.read`.',
  },
  'GET /api/v1/inventory/accuracy': {
    operationId: 'getInventoryAccuracy',
    summary: 'Inventory accuracy',
    description: 'Per location over `from`–`to`: 1 − Σ|variance| ÷ Σ counted.',
  },
  'POST /api/v1/transfers': {
    operationId: 'createTransfer',
    summary: 'Request or reserve a transfer between locations',
    description: 'Staff of the sending location create a reserved transfer (stock is reserved at once); staff of the receiving location create a request the sender approves or rejects.',
    problems: { 409: ['insufficient_stock', 'location_holds_no_stock'], 422: ['unknown_reference'] },
  },
  'GET /api/v1/transfers': {
    operationId: 'listTransfers',
    summary: 'List transfers',
    description: 'Transfers from or to the caller’s locations, filtered by `from`, `to` and `status` (`status=requested&from=W1` is a source location’s approval inbox).',
  },
  'GET /api/v1/transfers/:id': {
    operationId: 'getTransfer',
    summary: 'Get a transfer',
    description: 'One transfer by id or number, with its lines and history.',
    problems: { 404: ['not_found'] },
  },
  'POST /api/v1/transfers/:id/approve': {
    operationId: 'approveTransfer',
    summary: 'Approve a requested transfer',
    description: 'The sending location accepts the request: its stock is reserved.',
    problems: { 404: ['not_found'], 409: ['invalid_state', 'insufficient_stock'] },
  },
  'POST /api/v1/transfers/:id/reject': {
    operationId: 'rejectTransfer',
    summary: 'Reject a requested transfer',
    description: 'The sending location declines the request, with an optional reason.',
    problems: { 404: ['not_found'], 409: ['invalid_state'] },
  },
  'POST /api/v1/transfers/:id/cancel': {
    operationId: 'cancelTransfer',
    summary: 'Cancel a transfer',
    description: 'Either side cancels a requested or reserved transfer; a reservation is released.',
    problems: { 404: ['not_found'], 409: ['invalid_state'] },
  },
  'POST /api/v1/transfers/:id/ship': {
    operationId: 'shipTransfer',
    summary: 'Ship a transfer',
    description: 'The sending location ships the reserved units: they leave its stock and are in transit.',
    problems: { 404: ['not_found'], 409: ['invalid_state'] },
  },
  'POST /api/v1/transfers/:id/receive': {
    operationId: 'receiveTransfer',
    summary: 'Receive a transfer',
    description: 'Staff of the destination (with `transfers.receive`) book what arrived; without lines, everything shipped. A shortfall is a discrepancy written off to inventory loss.',
    problems: { 404: ['not_found'], 409: ['invalid_state', 'receipt_exceeds_shipped', 'period_locked'] },
  },
};
