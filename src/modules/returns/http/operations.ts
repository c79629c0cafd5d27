// OpenAPI documentation of the return routes (see platform/http/openapi-operations.ts).
import type { OperationDocs } from '../../../platform/http/openapi-operations.ts';

export const returnOperations: OperationDocs = {
  'POST /api/v1/returns': {
    operationId: 'acceptReturn',
    summary: 'Accept a return',
    description: 'Takes back units of a fulfilled order at a location (restocked or written off) and refunds their share of what was paid. More than was sold and not yet returned is refused.',
    problems: { 409: ['invalid_state', 'return_exceeds_sold', 'location_holds_no_stock'], 422: ['unknown_reference'] },
  },
  'GET /api/v1/returns': {
    operationId: 'listReturns',
    summary: 'List returns',
    description: 'Returns the caller may see, newest first, filtered by order and location.',
  },
  'GET /api/v1/returns/:id': {
    operationId: 'getReturn',
    summary: 'Get a return',
    description: 'One return by id, with its lines and refund.',
    problems: { 404: ['not_found'] },
  },
};
