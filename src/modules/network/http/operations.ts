// OpenAPI documentation of the network routes (see platform/http/openapi-operations.ts).
import type { OperationDocs } from '../../../platform/http/openapi-operations.ts';

export const networkOperations: OperationDocs = {
  'POST /api/v1/locations': {
    operationId: 'createLocation',
    summary: 'Create a location',
    description: 'A store, warehouse or online location under a unique code (codes starting with `@` are reserved). Defaults: warehouses ship to customers, stores are pickup points, online locations hold no stock; `priority` orders sourcing.',
    problems: { 409: ['already_exists'] },
  },
  'GET /api/v1/locations': {
    operationId: 'listLocations',
    summary: 'List locations',
    description: 'Locations by code, a page at a time, optionally filtered by kind; the virtual ledger locations are never listed.',
  },
  'GET /api/v1/locations/:code': {
    operationId: 'getLocation',
    summary: 'Get a location',
    description: 'One location by its code.',
    problems: { 404: ['not_found'] },
  },
  'GET /api/v1/company': {
    operationId: 'getCompany',
    summary: 'Get the company record',
    description: 'The retailer’s own record: name, currency and default tax rate.',
  },
  'POST /api/v1/company': {
    operationId: 'updateCompany',
    summary: 'Change the company record',
    description: 'Changes the fields given and leaves the others as they are.',
  },
};
