// OpenAPI documentation of the return routes (see platform/http/openapi-operations.ts).
import type { OperationDocs } from '../../../platform/http/openapi-operations.ts';

export const returnOperations: OperationDocs = {
  'POST /api/v1/returns': {
    operationId: 'acceptReturn',
    summary: 'Accept a return',
    description: 'Takes back units of any channel’s completed order at a store or warehouse (`restock` at their original cost, or `scrap`) and refunds their share of what the customer paid. More than was sold, counting earlier returns, is refused.',
    problems: { 409: ['invalid_state', 'return_exceeds_sold', 'location_holds_no_stock', 'period_locked'], 422: ['unknown_reference'] },
  },
  'GET /api/v1/returns': {
    operationId: 'listReturns',
    summary: 'List returns',
    description: 'Returns the caller may see, filtered by order and location.',
  },
  'GET /api/v1/returns/eligibility': {
    operationId: 'getReturnEligibility',
    summary: 'What an order may still return',
    description:
      'For any order of any channel, by id or number, whatever the caller’s locations: per line what was sold, returned and is left, what was paid and what returning the rest refunds. Only completed orders are `returnable`.',
    problems: { 404: ['not_found'] },
  },
  'GET /api/v1/returns/:id': {
    operationId: 'getReturn',
    summary: 'Get a return',
    description: 'One return by id, with its lines and refund.',
    problems: { 404: ['not_found'] },
  },
};
