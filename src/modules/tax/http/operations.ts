// OpenAPI documentation of the sales tax routes (see platform/http/openapi-operations.ts).
import type { OperationDocs } from '../../../platform/http/openapi-operations.ts';

export const taxOperations: OperationDocs = {
  'GET /api/v1/accounting/tax/jurisdictions': {
    operationId: 'listTaxJurisdictions',
    summary: 'List tax jurisdictions',
    description: 'Tax jurisdictions with their locations and rule tables, by code.',
  },
  'POST /api/v1/accounting/tax/jurisdictions': {
    operationId: 'createTaxJurisdiction',
    summary: 'Create a tax jurisdiction',
    description: 'A jurisdiction with code, name and whether shelf prices include tax; its locations and tax rules are set afterwards.',
    problems: { 409: ['already_exists'] },
  },
  'GET /api/v1/accounting/tax/jurisdictions/:code': {
    operationId: 'getTaxJurisdiction',
    summary: 'Get a tax jurisdiction',
    description: 'One jurisdiction by code, with its locations and rules.',
    problems: { 404: ['not_found'] },
  },
  'POST /api/v1/accounting/tax/jurisdictions/:code/locations': {
    operationId: 'assignTaxJurisdiction',
    summary: 'Assign a location to a tax jurisdiction',
    description: 'Sales at the location are taxed by this jurisdiction from now on (a location belongs to one jurisdiction).',
    problems: { 404: ['not_found'], 422: ['unknown_reference'] },
  },
  'POST /api/v1/accounting/tax/rules': {
    operationId: 'setTaxRule',
    summary: 'Set a tax rule',
    description: 'Sets the rate of a tax category (a catalog category, or `*` for the jurisdiction’s standard rate) in a jurisdiction, replacing the rule there if there is one.',
    problems: { 422: ['unknown_reference'] },
  },
  'GET /api/v1/accounting/tax/rate': {
    operationId: 'getTaxRate',
    summary: 'The tax rate of a product at a location',
    description: 'The rate that applies to a sale of the SKU at the location, and the jurisdiction and rule it comes from.',
    problems: { 404: ['not_found'] },
  },
};
